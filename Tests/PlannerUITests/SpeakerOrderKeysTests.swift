import Foundation
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// `K`/`J` on a part's row: its person moves among the holders of that part, the order printouts list them in.
@Suite("Agenda: reordering speakers with K and J")
struct SpeakerOrderKeysTests {
    /// The sample on the Agenda screen with the selection on the symposium's speaker `person`.
    private func onSpeaker(_ person: String) -> AppState {
        var s = sampleState()
        press(.char("2"), &s)
        let row = s.agendaRows.firstIndex {
            if case .role(let item, _, let role) = $0 { return item.id == "i3" && role.person == person }
            return false
        }
        s.select(row ?? 0, in: .agenda)
        return s
    }

    /// The symposium's rows on screen, from its title down to its recorder.
    private func symposiumRows(_ s: AppState) -> [String] {
        let text = rows(frame(s))
        guard let top = text.firstIndex(where: { $0.contains("党建座谈会") }) else { return [] }
        return Array(text[(top + 1)...].prefix(4))
    }

    private var speakers: [String] { ["程智鹏 Cheng Zhipeng", "徐晓敏 Xu Xiaomin"] }

    @Test("K moves the second speaker up; the screen, the status line and the selection follow; u undoes it")
    func moveUp() {
        var s = onSpeaker("p3")
        #expect(symposiumRows(s)[1].contains(speakers[0]) && symposiumRows(s)[2].contains(speakers[1]))
        press(.char("K"), &s)
        let after = symposiumRows(s)
        #expect(after[0].contains("host") && after[0].contains("陈思远"))
        #expect(after[1].contains("speaker") && after[1].contains(speakers[1]))
        #expect(after[2].contains("speaker") && after[2].contains(speakers[0]))
        #expect(after[3].contains("recorder"))
        #expect(s.message?.text == "徐晓敏 is now speaker 1 of '党建座谈会'")
        #expect(s.event?.item("i3")?.roles(.speaker).map(\.person) == ["p3", "p1"])
        guard case .role(_, _, let selected)? = s.selectedAgendaRow else {
            Issue.record("the selection left the part rows")
            return
        }
        #expect(selected.person == "p3")
        #expect(s.history.isModified)

        // Already first: nothing changes, and the status line says why.
        press(.char("K"), &s)
        #expect(s.message?.text == "徐晓敏 is already the first speaker of '党建座谈会'")
        #expect(s.event?.item("i3")?.roles(.speaker).map(\.person) == ["p3", "p1"])

        press(.char("u"), &s)
        #expect(s.event?.item("i3")?.roles(.speaker).map(\.person) == ["p1", "p3"])
    }

    @Test("J moves the first speaker down; on the only recorder it says there is nowhere to go")
    func moveDown() {
        var s = onSpeaker("p1")
        press(.char("J"), &s)
        #expect(s.event?.item("i3")?.roles(.speaker).map(\.person) == ["p3", "p1"])
        #expect(symposiumRows(s)[2].contains(speakers[0]))
        s = onSpeaker("p5")
        press(.char("J"), &s)
        #expect(s.message?.text == "黄雅琪 is already the last recorder of '党建座谈会'")
        #expect(!s.history.isModified)
    }

    @Test("in Chinese, and the help page says what K and J do on a part")
    func chineseAndHelp() {
        var s = onSpeaker("p3")
        s.language = .zh
        press(.char("K"), &s)
        #expect(s.message?.text == "徐晓敏现为“党建座谈会”的第 1 位发言人")
        s.language = .en
        press(.char("?"), &s)
        // The help text wraps: read it as words.
        let help = rows(frame(s)).joined(separator: " ").split(whereSeparator: { " │".contains($0) }).joined(
            separator: " ")
        #expect(
            help.contains(
                "K move the item earlier (swaps with the one before); on a speaker or other part, move that person up"))
        #expect(help.contains("on a speaker or other part, move that person down"))
    }
}
