import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// Every view of the planner, drawn at 100×30: the six screens, help, each screen's forms (a, e) with their
/// pick-lists, the questions, the filter line, the event switcher, and the screens with no event.
func everyView(_ start: AppState) -> [(name: String, frame: CellBuffer)] {
    var views: [(String, CellBuffer)] = []
    func shot(_ name: String, _ state: AppState) { views.append((name, frame(state))) }
    for screen in Screen.allCases {
        var s = start
        press(.char(Character(String(screen.rawValue))), &s)
        shot("screen \(screen.rawValue)", s)
        var help = s
        press(.char("?"), &help)
        shot("help on \(screen.rawValue)", help)
        // The help page scrolls: its second page too.
        press(.pageDown, &help)
        shot("help on \(screen.rawValue), page 2", help)
        for key in ["a", "e", "p"] {
            var form = s
            press(.char(Character(key)), &form)
            shot("\(key) on \(screen.rawValue)", form)
            guard let opened = currentForm(form) else { continue }
            // Each pick field's list, and the form's error line after accepting it as it is.
            for (i, field) in opened.fields.enumerated() {
                guard case .pick = field.value else { continue }
                var pick = form
                for _ in 0..<i { press(.tab, &pick) }
                press(.enter, &pick)
                shot("\(key) on \(screen.rawValue), pick-list of field \(i)", pick)
            }
            var accepted = form
            clearField(&accepted)
            press(.ctrl("s"), &accepted)
            shot("\(key) on \(screen.rawValue), accepted with the first field empty", accepted)
        }
        var delete = s
        press(.char("d"), &delete)
        shot("d on \(screen.rawValue)", delete)
        var filter = s
        press(.char("/"), &filter)
        shot("/ on \(screen.rawValue)", filter)
        var other = s
        press(.char("x"), &other)
        press(.char("u"), &other)
        shot("u on \(screen.rawValue)", other)
    }
    var s = start
    press(.char("E"), &s)
    shot("switch event", s)
    s = start
    press(.char("3"), &s)
    press(.char(" "), &s)
    shot("Space on participants", s)
    press(.char("q"), &s)
    shot("quit with changes", s)
    for key in ["l", "C", "A", "I"] {
        var participants = start
        press(.char("3"), &participants)
        press(.char(Character(key)), &participants)
        shot("\(key) on participants", participants)
    }
    s = start
    press(.char("3"), &s)
    press(.char("m"), &s)
    press(.char("m"), &s)
    shot("marks on participants", s)
    press(.char("I"), &s)
    typeKeys("999", &s)
    press(.enter, &s)
    shot("nobody matches at the sign-in desk", s)
    s = start
    press(.char("4"), &s)
    press(.tab, &s)
    shot("roster", s)
    press(.char(" "), &s)
    shot("Space on the roster", s)
    s = start
    Update.apply(.saveFinished(.changedOnDisk(fileName: start.fileName, theirs: nil)), to: &s)
    shot("changed on disk", s)
    s = start
    Update.apply(.saveFinished(.exists(path: "/tmp/other.json")), to: &s)
    shot("save-as would replace", s)
    s = start
    press(.char("S"), &s)
    shot("save as", s)
    let offer = JournalOffer(
        path: "/tmp/.plan.json.1-a.journal", asidePath: "/tmp/plan.json.journal-20261201T000000Z",
        steps: [], since: "2026-12-01 09:00", fileChanged: true)
    s = start
    s.mode = .confirm(
        Confirmation(question: offer.question(fileName: s.fileName, s.language), purpose: .replayJournal(offer)))
    shot("journal offer", s)
    s.size = Size(width: 40, height: 10)
    shot("too small", s)
    var empty = AppState(book: Book(), file: start.filePath, size: start.size)
    empty.language = start.language
    for screen in Screen.allCases {
        var e = empty
        press(.char(Character(String(screen.rawValue))), &e)
        shot("no event, screen \(screen.rawValue)", e)
        press(.char("d"), &e)
        shot("no event, d on \(screen.rawValue)", e)
    }
    return views
}

/// Runs of three or more ASCII letters in `text`.
func latinWords(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for c in text {
        if c.isASCII && c.isLetter {
            word.append(c)
        } else {
            if word.count >= 3 { words.append(word) }
            word = ""
        }
    }
    if word.count >= 3 { words.append(word) }
    return words
}

@Suite("The planner speaks the state's language")
struct LanguageSweepTests {
    /// Latin words a Chinese screen may show, and why.
    static let allowed: Set<String> = [
        // Key names, as printed on the keys.
        "Enter", "Esc", "Tab", "Ctrl", "Shift", "PgUp", "PgDn", "Home", "End", "Space", "Delete",
        // The program's name in the title bar.
        "Convene",
        // The date pattern the date field reads (digits typed in ISO order).
        "YYYY",
    ]

    /// What the plan itself holds: names, Latin names, titles, time zones, rooms, file names; shown as typed.
    static func planWords(_ state: AppState) -> Set<String> {
        let book = state.book
        var texts = [state.filePath]
        for p in book.people { texts += [p.name, p.latin ?? "", p.title ?? "", p.email ?? "", p.phone ?? ""] }
        for o in book.organisations { texts += [o.name, o.short ?? "", o.branch ?? "", o.contact ?? ""] }
        for v in book.venues { texts += [v.name, v.address ?? "", v.notes ?? ""] + v.rooms.map(\.name) }
        for e in book.events {
            texts += [e.title, e.theme ?? "", e.tz]
            for i in e.items { texts += [i.title, i.room ?? "", i.notes ?? ""] + i.roles.compactMap(\.topic) }
        }
        // Problem codes are stable identifiers, the same in `convene check` and the README.
        texts += state.problems.map(\.code)
        texts += ["/tmp/other.json", "/tmp/plan.json.journal-20261201T000000Z"]
        return Set(texts.flatMap(latinWords))
    }

    /// A word of the plan cut short by an overlay's border: the screen's table goes on under the box drawn on it, so a
    /// Latin name ("Xu Xiaomin") can show its first letters ("Xu Xia") just left of the box's edge. That is the
    /// screen behind, whole, covered; not a column that cut a name.
    static func coveredByOverlay(_ word: String, in row: String, plan: Set<String>) -> Bool {
        plan.contains { $0.hasPrefix(word) } && ["│", "┌", "└", "├"].contains { row.contains(word + $0) }
    }

    @Test("in Chinese, no English word is left on any screen, form, list, question or help page")
    func chineseEverywhere() {
        var state = sampleState(100, 30)
        state.language = .zh
        let plan = Self.planWords(state)
        let allowed = Self.allowed.union(plan)
        var found: [String] = []
        for (name, buffer) in everyView(state) {
            for (y, row) in rows(buffer).enumerated() {
                let english = latinWords(row).filter {
                    !allowed.contains($0) && !Self.coveredByOverlay($0, in: row, plan: plan)
                }
                if !english.isEmpty { found.append("\(name), row \(y): \(english) in “\(row)”") }
            }
        }
        #expect(found.isEmpty, "English words on Chinese screens:\n\(found.joined(separator: "\n"))")
    }

    @Test("in English, on an English plan, no Chinese character is on any view, and the words are English")
    func englishEverywhere() {
        let state = englishState(100, 30)
        var found: [String] = []
        let views = everyView(state)
        for (name, buffer) in views {
            for (y, row) in rows(buffer).enumerated()
            where row.unicodeScalars.contains(where: { (0x3000...0x9FFF).contains($0.value) || $0.value >= 0xFF00 }) {
                found.append("\(name), row \(y): “\(row)”")
            }
        }
        #expect(found.isEmpty, "Chinese on English screens:\n\(found.joined(separator: "\n"))")
        let all = views.map { rows($0.frame).joined(separator: "\n") }.joined(separator: "\n")
        for text in ["1 Overview", "Participants", "Severity", "In forms", "Title / people", "q quit", "New event"] {
            #expect(all.contains(text), "no “\(text)” on any English view")
        }
    }

    @Test("Chinese screens use the paper's words, measure words and Chinese punctuation")
    func chineseWords() {
        var state = sampleState(100, 30)
        state.language = .zh
        let overview = rows(frame(state)).joined(separator: "\n")
        #expect(overview.contains("1 活动概况"))
        #expect(overview.contains("3 参加人员"))
        #expect(overview.contains("项议程"))
        #expect(overview.contains("? 帮助 · q 退出"))
        press(.char("6"), &state)
        let checks = rows(frame(state)).joined(separator: "\n")
        #expect(checks.contains("级别"))
        #expect(["错误", "警告", "提示"].contains { checks.contains($0) })
        press(.char("3"), &state)
        let people = rows(frame(state)).joined(separator: "\n")
        #expect(people.contains("参加人员"))
        #expect(people.contains("已邀请"))
    }

    @Test("English plurals: 1 note, 2 notes")
    func englishPlurals() {
        #expect(tr("\(count: 1) notes").text(.en) == "1 note")
        #expect(tr("\(count: 2) notes").text(.en) == "2 notes")
        #expect(tr("\(count: 1) participants").text(.en) == "1 participant")
        #expect(tr("\(count: 2) agenda items").text(.zh) == "2 项议程")
    }
}
