import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import TerminalKit
import Testing
import TextCells

@testable import PlannerUI

/// Merge conflicts on screen 6: listed first as errors with both values, resolved by `o` and `t`, undone by `u`.
@Suite("The Checks screen lists merge conflicts and resolves them with o and t")
struct MergeConflictsScreenTests {
    /// The sample merged with two copies that renamed 党建座谈会 differently and changed 徐晓敏's title differently.
    static func state(_ language: Language, size: Size = Size(width: 100, height: 30)) throws -> AppState {
        let base = SampleBook.make()
        var ours = base, theirs = base
        let item = try #require(base.events[0].items.firstIndex { $0.title == "党建座谈会" })
        ours.events[0].items[item].title = "甲的座谈会"
        theirs.events[0].items[item].title = "乙的座谈会"
        let person = try #require(base.people.firstIndex { $0.name == "徐晓敏" })
        ours.people[person].title = "书记"
        theirs.people[person].title = "主任"
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        var state = AppState(book: merged, file: "plan.json", size: size)
        state.language = language
        press(.char("6"), &state)
        return state
    }

    @Test("in Chinese: each conflict an error, first, with both values; t takes theirs, u brings it back")
    func chinese() throws {
        var s = try Self.state(.zh)
        var text = rows(frame(s))
        #expect(text[1].contains("6 检查 ("), "\(text[1])")
        #expect(text[4].hasPrefix(" 错误  merge-conflict  合并冲突：人员 徐晓敏（p3）的职务：我方“书记”，对方“主任”"), "\(text[4])")
        #expect(text[5].hasPrefix(" 错误  merge-conflict  合并冲突：议程“甲的座谈会”（e1 i3）的标题"), "\(text[5])")
        let detail = rows(frame(s)).suffix(6).map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(detail.contains("请选定一方的版本（检查页：o 我方，t 对方；或用 convene resolve）"), "\(detail)")
        press(.down, &s)
        press(.char("t"), &s)
        #expect(s.book.events[0].items.contains { $0.title == "乙的座谈会" })
        #expect(s.book.conflicts.count == 1)
        text = rows(frame(s))
        let status = text[text.count - 2] + text[text.count - 1]
        #expect(status.contains("已采用对方：议程“甲的座谈会”（e1 i3）的标题；"), "\(status)")
        #expect(status.contains("尚余合并冲突 1 处"), "\(status)")
        #expect(!text[5].contains("merge-conflict"))
        press(.char("u"), &s)
        #expect(s.book.conflicts.count == 2)
        #expect(s.book.events[0].items.contains { $0.title == "甲的座谈会" })
    }

    @Test("in English: o keeps ours and says none is left; o on another problem says what o is for")
    func english() throws {
        var s = try Self.state(.en)
        #expect(
            rows(frame(s))[4].hasPrefix(
                " error     merge-conflict  merge conflict: person 徐晓敏 (p3), job title: ours “书记”"))
        press(.char("o"), &s)
        press(.char("o"), &s)
        #expect(s.book.conflicts.isEmpty)
        #expect(s.book.person("p3")?.title == "书记")
        var text = rows(frame(s))
        #expect((text[text.count - 2] + text[text.count - 1]).contains("no merge conflicts left"))
        press(.char("o"), &s)
        text = rows(frame(s))
        #expect(
            (text[text.count - 2] + text[text.count - 1]).contains(
                "o and t resolve a merge conflict: move to a merge-conflict problem first"))
    }

    @Test("narrow and short screens keep the code and the start of the message; help lists o and t")
    func sizes() throws {
        for size in [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 140, height: 40)] {
            for language in [Language.zh, .en] {
                let s = try Self.state(language, size: size)
                let text = rows(frame(s))
                #expect(text.count == size.height)
                #expect(text[4].contains("merge-conflict"), "\(size) \(language): \(text[4])")
                #expect(text.allSatisfy { $0.cellWidth <= size.width })
            }
        }
        var s = try Self.state(.en)
        press(.char("?"), &s)
        let help = rows(frame(s)).joined(separator: "\n")
        #expect(help.contains("merge conflict under the cursor: keep our version"), "\(help)")
    }

    @Test("Enter on a conflict about someone who takes no part goes to them on their organisation's roster")
    func enterGoesToRoster() throws {
        let sample = SampleBook.make()
        let org = try #require(sample.organisations.last?.id)
        let outsider = Person(id: "p99", name: "韩梅", org: org)
        let base = try sample.applying(.addPerson(outsider))
        var ours = base, theirs = base
        let i = try #require(base.people.firstIndex { $0.id == outsider.id })
        ours.people[i].phone = "13800000001"
        theirs.people[i].phone = "13800000002"
        var s = AppState(
            book: try PlanMerge.merge(base: base, ours: ours, theirs: theirs), file: "plan.json",
            size: Size(width: 100, height: 30))
        s.language = .en
        press(.char("6"), &s)
        press(.enter, &s)
        #expect(s.screen == .organisations && s.pane == 1)
        #expect(s.selectedOrganisation?.id == outsider.org)
        #expect(s.selectedRosterPerson?.id == outsider.id)
    }

    @Test("a shared copy says so in the title bar, in both languages")
    func sharedCopyTitle() throws {
        let sample = SampleBook.make()
        let org = try #require(sample.events[0].orgs.last?.org)
        let name = try #require(sample.organisation(org)?.displayName)
        var s = AppState(
            book: sample.sharing(event: "e1", org: org, at: Date(timeIntervalSince1970: 0), copyTag: CopyTag("tj01")!),
            file: "share.json",
            size: Size(width: 140, height: 30))
        s.language = .en
        #expect(rows(frame(s))[0].contains("(a copy shared with \(name))"), "\(rows(frame(s))[0])")
        s.language = .zh
        #expect(rows(frame(s))[0].contains("（共享给\(name)的副本）"), "\(rows(frame(s))[0])")
    }
}
