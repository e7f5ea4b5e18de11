import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import TerminalKit
import Testing
import TextCells

@testable import PlannerUI

/// The four sizes the layout is specified at, in both languages.
private let sizes = [
    Size(width: 160, height: 50), Size(width: 100, height: 30), Size(width: 80, height: 24),
    Size(width: 60, height: 16),
]
private let languages: [Language] = [.en, .zh]

/// The sample plan (Chinese names and organisations) at `size` in `language`, on `screen`.
private func state(_ size: Size, _ language: Language, _ screen: Screen = .overview) -> AppState {
    var s = AppState(book: SampleBook.make(), file: "plan.json", size: size)
    s.language = language
    Update.apply(.show(screen), to: &s)
    return s
}

/// The words of `text` as wrapping keeps them whole: runs of narrow characters between spaces, and each wide
/// (CJK) character alone, since a line may break beside one.
private func words(_ text: String) -> [String] {
    var words: [String] = []
    var word = ""
    for c in text {
        if c == " " || TextCells.width(of: c) == 2 {
            if !word.isEmpty { words.append(word) }
            word = ""
            if c != " " { words.append(String(c)) }
        } else {
            word.append(c)
        }
    }
    if !word.isEmpty { words.append(word) }
    return words
}

/// Every row of the frame fits the width, measured in cells.
private func expectFits(_ s: AppState, _ what: String) {
    let buffer = frame(s)
    for y in 0..<buffer.height {
        #expect(buffer.row(y).cellWidth <= s.size.width, "\(what) row \(y): \(buffer.row(y))")
    }
}

@Suite("Layouts that fit: 160×50, 100×30, 80×24 and 60×16, in both languages")
struct LayoutFitTests {
    @Test("no row of any screen, of help scrolled to its end, or of a picker is wider than the screen")
    func nothingPastTheWidth() {
        for size in sizes {
            for language in languages {
                for screen in Screen.allCases {
                    let s = state(size, language, screen)
                    expectFits(s, "\(screen) \(size) \(language)")
                    var help = s
                    press(.char("?"), &help)
                    press(.char("G"), &help)
                    expectFits(help, "help on \(screen) \(size) \(language)")
                }
                var picker = state(size, language, .participants)
                press(.char("a"), &picker)
                expectFits(picker, "participant picker \(size) \(language)")
                var events = state(size, language)
                press(.char("E"), &events)
                expectFits(events, "event picker \(size) \(language)")
            }
        }
    }

    @Test("the footer shows whole hints from the key table, and always ? for help")
    func footerWholeHints() {
        for size in sizes {
            for language in languages {
                for screen in Screen.allCases {
                    let s = state(size, language, screen)
                    let footer = frame(s).row(size.height - 1)
                    let hints = Set(KeyMap.hints(for: screen, language))
                    let pieces = footer.trimmingCharacters(in: .whitespaces).components(separatedBy: " · ")
                    for piece in pieces {
                        #expect(hints.contains(piece), "\(screen) \(size) \(language): '\(piece)' in \(footer)")
                    }
                    #expect(pieces.contains { $0.hasPrefix("? ") }, "\(screen) \(size) \(language): \(footer)")
                }
            }
        }
    }

    @Test("the help overlay wraps whole words and scrolls to its last key, quit included")
    func helpWrapsAndScrolls() throws {
        let quit = try #require(KeyBindings.normal.first { $0.keys.contains(.char("q")) })
        for size in sizes {
            for language in languages {
                for screen in Screen.allCases {
                    var s = state(size, language, screen)
                    press(.char("?"), &s)
                    // Page through the overlay, collecting every row it shows.
                    var seen: [String] = []
                    for _ in 0..<40 {
                        seen += rows(frame(s))
                        press(.pageDown, &s)
                    }
                    guard case .help = s.mode else {
                        Issue.record("paging closed help on \(screen) \(size) \(language)")
                        continue
                    }
                    let text = seen.joined(separator: "\n")
                    #expect(text.contains(quit.label), "\(screen) \(size) \(language): the quit key")
                    // The texts in the overlay's language; a Chinese line may break beside any wide character.
                    let shown = Set(seen.flatMap(words))
                    for (_, what) in KeyMap.help(for: screen, language) {
                        for word in words(what) {
                            #expect(shown.contains(word), "\(screen) \(size) \(language): '\(word)' cut in help")
                        }
                    }
                    press(.char("x"), &s)
                    guard case .normal = s.mode else {
                        Issue.record("help did not close")
                        continue
                    }
                }
            }
        }
    }

    @Test("at 160×50 every data cell of every screen is shown whole")
    func wholeAt160() {
        for language in languages {
            for screen in Screen.allCases where screen != .checks {
                let s = state(Size(width: 160, height: 50), language, screen)
                let buffer = frame(s)
                for y in 2..<(buffer.height - 1) {
                    #expect(!buffer.row(y).contains("…"), "\(screen) \(language) row \(y): \(buffer.row(y))")
                }
            }
            // Organisations' names, wherever they are listed, are whole.
            for screen in [Screen.overview, .participants, .organisations] {
                let text = rows(frame(state(Size(width: 160, height: 50), language, screen))).joined(separator: "\n")
                let book = SampleBook.make()
                let shown = book.organisations.filter { org in
                    screen != .overview || (book.events.first?.orgs.contains { $0.org == org.id } ?? false)
                }
                for org in shown where screen != .participants || text.contains(org.displayName) {
                    #expect(text.contains(org.displayName), "\(screen) \(language): \(org.displayName)")
                }
            }
            // Checks: every code whole, and every message that fits its column whole.
            let s = state(Size(width: 160, height: 50), language, .checks)
            let text = rows(frame(s)).joined(separator: "\n")
            for problem in s.problems { #expect(text.contains(problem.code), "\(problem.code)") }
        }
    }

    @Test("participants: a status or an organisation is never cut while another column has blank space")
    func participantsShareByContent() {
        for language in languages {
            let s = state(Size(width: 160, height: 50), language, .participants)
            let lines = rows(frame(s))
            let text = lines.joined(separator: "\n")
            let orgs = s.book.organisationsByID
            // The statuses and organisations as the screen names them, in its language.
            for row in s.participantRows.prefix(40) {
                let status = s.text(row.participant.standing(row.person))
                let org = orgs[row.person.org]?.displayName ?? row.person.org
                #expect(
                    lines.contains { $0.contains(row.person.name) && $0.contains(status) && $0.contains(org) },
                    "\(language): \(row.person.name) \(status) \(org)")
            }
            for politics in [Politics.probationary] {
                #expect(
                    text.contains(s.text(politics.phrase))
                        || !s.participantRows.contains { $0.person.politics == politics },
                    "\(language): \(politics)")
            }
            #expect(text.contains(s.text(Capacity.representative.phrase)), "\(language): representatives")
        }
    }

    @Test("at 60×16 the Participants screen keeps the RSVP column, the one Space changes")
    func rsvpKept() throws {
        for language in languages {
            var s = state(Size(width: 60, height: 16), language, .participants)
            let region = try #require(s.regions.first)
            let header = frame(s).row(region.rows.y - 1)
            #expect(header.contains(s.text(tr("RSVP"))), "\(language): \(header)")
            let before = s.participantRows[0].rsvp
            press(.char(" "), &s)
            let after = s.participantRows[0].rsvp
            #expect(before != after)
            #expect(
                frame(s).row(region.rows.y).contains(s.text(after.phrase)), "\(language): the changed RSVP is shown")
        }
    }

    @Test("the Checks screen shows the selected problem's whole message, wrapped; Enter still goes to it")
    func checksDetail() throws {
        for size in sizes {
            for language in languages {
                var s = state(size, language, .checks)
                let problems = s.problems
                try #require(!problems.isEmpty)
                for index in problems.indices.prefix(6) {
                    s.select(index, in: .checks)
                    let text = rows(frame(s)).map { $0.trimmingCharacters(in: .whitespaces) }
                    let message = s.text(problems[index].message)
                    for line in TextCells.wrapped(message, toCells: size.width - 2) {
                        let line = line.trimmingCharacters(in: .whitespaces)
                        #expect(text.contains(line), "\(size) \(language) problem \(index): '\(line)'")
                    }
                }
                s.select(0, in: .checks)
                press(.enter, &s)
                #expect(s.screen != .checks || s.message != nil, "Enter goes to the thing to fix")
            }
        }
    }

    @Test("at 60×16 the Overview scrolls: PgDn and j reveal its last row")
    func overviewScrolls() {
        for language in languages {
            var s = state(Size(width: 60, height: 16), language, .overview)
            let page = OverviewScreen.page(s, width: 60, .builtIn)
            let content = Layout.content(s.size)
            #expect(page.height > content.height, "the sample's overview is taller than 60×16")
            let last = page.row(page.height - 1).trimmingCharacters(in: .whitespaces)
            #expect(!rows(frame(s)).contains { $0.contains(last) })
            press(.pageDown, &s)
            press(.char("j"), &s)
            press(.char("j"), &s)
            #expect(rows(frame(s)).contains { $0.contains(last) }, "\(language): the last row after paging")
            press(.char("g"), &s)
            #expect(s.overviewOffset == 0)
            press(.char("G"), &s)
            #expect(rows(frame(s)).contains { $0.contains(last) })
            #expect(s.overviewOffset == page.height - content.height)
        }
    }

    @Test("pick-lists give their labels the box's width: a label that fits is not cut")
    func pickerLabels() {
        for size in sizes {
            for language in languages {
                var s = state(size, language)
                press(.char("E"), &s)
                guard case .picker(let picker) = s.mode else {
                    Issue.record("E opened no picker")
                    continue
                }
                let text = rows(frame(s)).joined(separator: "\n")
                let box = min(70, size.width - 2) - 4
                for option in picker.options where option.label.cellWidth <= box {
                    #expect(text.contains(option.label), "\(size) \(language): '\(option.label)'")
                }
            }
        }
    }

    @Test("title bar and tabs are cut with … at a word's end, never inside a word")
    func titleAndTabs() {
        var book = SampleBook.make()
        book.events[0].title = "An extraordinarily long meeting title that cannot possibly fit in sixty columns"
        for size in sizes {
            var s = AppState(book: book, file: "plan.json", size: size)
            let title = frame(s).row(0)
            let words = Set(book.events[0].title.split(separator: " ").map(String.init) + ["Convene", "·"])
            for piece in title.split(separator: " ") {
                let word = String(piece).replacingOccurrences(of: "…", with: "")
                #expect(
                    word.isEmpty || words.contains(word) || word == s.fileName || word.contains("-"),
                    "\(size): '\(piece)' in \(title)")
            }
            s.screen = .checks
            let tabs = frame(s).row(1)
            #expect(tabs.cellWidth <= size.width)
            for screen in Screen.allCases { #expect(tabs.contains("\(screen.rawValue)"), "\(size): \(tabs)") }
        }
    }

    @Test("columns share spare width by what they lack, and drop only in their stated order")
    func shareAndDrop() {
        let columns = [
            TableColumn("A", min: 4), TableColumn("B", min: 4, drop: 2), TableColumn.actedOn("C", min: 4),
            TableColumn("D", min: 4, drop: 1),
        ]
        // Everything fits: every column at its natural width, the rest to the last.
        #expect(TableView.share(50, columns: columns, natural: [10, 10, 10, 10]) == [10, 10, 10, 13])
        // Short: equal shares to the columns still short, so the narrow one is whole before the wide one grows.
        let plain = [TableColumn("A", min: 4), TableColumn("B", min: 4), TableColumn("C", min: 4)]
        #expect(TableView.share(21, columns: plain, natural: [12, 6, 4]) == [6, 6, 4])
        // Too narrow: D goes first, then B; A and the acted-on C stay.
        #expect(TableView.share(17, columns: columns, natural: [9, 9, 4, 9]) == [9, nil, 5, nil])
        #expect(TableView.share(11, columns: columns, natural: [9, 9, 4, 9]) == [4, nil, 4, nil])
        // A fixed column that cannot be whole drops the next in order; free text takes only what is left.
        let filling = [
            TableColumn("A", min: 2), TableColumn("B", min: 2, drop: 1), TableColumn("C", min: 2, fills: true),
        ]
        #expect(TableView.share(15, columns: filling, natural: [12, 8, 20]) == [10, nil, 2])
        #expect(TableView.share(31, columns: filling, natural: [12, 8, 20]) == [12, 8, 6])
    }
}
