import Foundation
import PlanFile
import PlannerUI
import TerminalKit
import Testing

@Suite("Key bindings: one table for the keys, the help, the footer and the README")
struct KeyTableTests {
    static let readmeURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md")

    /// `CONVENE_UPDATE_README=1 swift test --filter KeyTableTests` writes the table into the README.
    @Test("the README's key table is the binding table")
    func readmeMatches() throws {
        var readme = try String(contentsOf: Self.readmeURL, encoding: .utf8)
        let begin = "<!-- keys: generated from KeyBindings.markdownTable -->\n", end = "\n<!-- keys: end -->"
        let start = try #require(readme.range(of: begin), "README has no generated key table")
        let stop = try #require(readme.range(of: end, range: start.upperBound..<readme.endIndex))
        if ProcessInfo.processInfo.environment["CONVENE_UPDATE_README"] == "1" {
            readme.replaceSubrange(start.upperBound..<stop.lowerBound, with: KeyBindings.markdownTable)
            try readme.write(to: Self.readmeURL, atomically: true, encoding: .utf8)
            return
        }
        let table = String(readme[start.upperBound..<stop.lowerBound])
        #expect(
            table == KeyBindings.markdownTable,
            "the README's key table differs from KeyBindings; CONVENE_UPDATE_README=1 swift test --filter KeyTableTests"
        )
    }

    @Test("every key the key map answers is in the table, and every binding's key does what the table says")
    func tableIsTheMap() {
        for screen in Screen.allCases {
            var state = AppState(book: .init(), file: "p.json", size: Size(width: 100, height: 30))
            state.screen = screen
            for binding in KeyBindings.bindings(on: screen) {
                for key in binding.keys {
                    let first = KeyBindings.bindings(on: screen).first { $0.keys.contains(key) }
                    #expect(first?.label == binding.label, "\(key) on \(screen) is bound twice")
                    #expect(KeyMap.action(for: key, in: state) == binding.action(for: key))
                }
            }
            // Keys outside the table do nothing.
            for key in [Key.char("~"), .char("Z"), .ctrl("t"), .function(5)] {
                #expect(KeyMap.action(for: key, in: state) == .none)
            }
        }
    }

    @Test("the help overlay lists every binding of the screen")
    func helpFromTable() {
        for screen in Screen.allCases {
            let help = KeyMap.help(for: screen).map(\.keys)
            for binding in KeyBindings.bindings(on: screen) { #expect(help.contains(binding.label)) }
        }
    }

    @Test("Enter never changes the plan by itself on any screen")
    func enterOpens() {
        for screen in Screen.allCases {
            var state = AppState(book: SampleBook.make(), file: "p.json", size: Size(width: 100, height: 30))
            press(.char(Character(String(screen.rawValue))), &state)
            let version = state.history.version
            press(.enter, &state)
            #expect(state.history.version == version, "Enter on \(screen) changed the plan")
        }
    }

    @Test("the footer shows whole hints and always ends with help and quit", arguments: [60, 80, 100, 160])
    func footerFits(width: Int) {
        for screen in Screen.allCases {
            var state = AppState(book: SampleBook.make(), file: "p.json", size: Size(width: width, height: 24))
            press(.char(Character(String(screen.rawValue))), &state)
            let footer = rows(frame(state))[23]
            #expect(
                footer.trimmingCharacters(in: .whitespaces).hasSuffix("? help · q quit"),
                "\(screen) at \(width): \(footer)")
            #expect(footer.cellWidth <= width)
        }
    }
}
