import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import TerminalKit

/// Typing into the `/` filter and into a pick-list as the planner answers it: each keystroke is `Update.apply` plus
/// the frame it draws (`Render.frame`; ncurses's refresh is not included), on a state that was just built from the
/// book, so nothing of an earlier run is cached. The first keystroke is the cold one: it finds only what showing
/// the screen (or opening the pick-list) worked out.
enum Typing {
    /// What is typed, key by key: pinyin initials, backspaces, full pinyin, Chinese characters, an English name.
    /// Every filter text but those after a backspace is new to the planner when it is typed.
    static let script: [Key] =
        chars("xxm") + backs(3) + chars("zw") + backs(2) + chars("张伟") + backs(2) + chars("zhang") + backs(5)
        + chars("wang") + backs(4) + chars("david")

    static func chars(_ text: String) -> [Key] { text.map { Key.char($0) } }
    static func backs(_ n: Int) -> [Key] { Array(repeating: .backspace, count: n) }

    struct Result {
        /// The Participants screen's first frame on a new state (`3`: sorts the event's list).
        var showScreen: Double
        /// The first keystroke of the script.
        var cold: Double
        /// The median keystroke of the rest of the script, and the slowest (each the median over runs).
        var warm: Double
        var slowest: Double
        /// Opening the pick-list (`a` on the Participants screen), when measured.
        var open: Double
    }

    /// The state on the Participants screen of `event`, as `3` leaves it (its frame drawn, untimed).
    static func participants(_ book: Book, event: Int, language: Language = .en) -> AppState {
        var state = AppState(book: book, file: "book.json", size: Measure.size)
        state.language = language
        state.eventID = book.events[event].id
        Update.apply(.show(.participants), to: &state)
        sink &+= Render.frame(state, theme: .builtIn).width
        return state
    }

    /// Types `keys` into `state` (already in the filter or the pick-list); the milliseconds of each keystroke.
    static func type(_ keys: ArraySlice<Key>, into state: inout AppState) -> [Double] {
        keys.map { key in
            let start = now()
            Update.apply(.textKey(key), to: &state)
            sink &+= Render.frame(state, theme: .builtIn).width
            return (now() - start) * 1000
        }
    }

    /// The `/` filter on the Participants screen of the first event (everyone takes part). With `prepared`, the
    /// state first does (untimed) what the planner does in the background after its first frame
    /// (`AppState.prepareSearch`); without, the first keystroke finds nothing but the sorted list.
    static func filter(_ book: Book, runs: Int, prepared: Bool, language: Language = .en) -> Result {
        var shows: [Double] = [], times: [[Double]] = []
        for _ in 0..<max(1, runs) {
            PinyinKey.removeCachedKeys()
            let start = now()
            var state = participants(book, event: 0, language: language)
            shows.append((now() - start) * 1000)
            if prepared { state.prepareSearch() }
            Update.apply(.beginFilter, to: &state)
            sink &+= Render.frame(state, theme: .builtIn).width
            times.append(type(script[...], into: &state))
        }
        return summary(times, show: shows, open: [])
    }

    /// The "add a participant" pick-list of the second event: everyone who is not on its list yet. Prepared as
    /// the planner is by the time the user presses `a`.
    static func picker(_ book: Book, runs: Int, language: Language = .en) -> Result {
        var opens: [Double] = [], times: [[Double]] = []
        for _ in 0..<max(1, runs) {
            PinyinKey.removeCachedKeys()
            var state = participants(book, event: min(1, book.events.count - 1), language: language)
            state.prepareSearch()
            let start = now()
            Update.apply(.add, to: &state)
            sink &+= Render.frame(state, theme: .builtIn).width
            opens.append((now() - start) * 1000)
            times.append(type(script[...], into: &state))
        }
        return summary(times, show: [], open: opens)
    }

    /// At the sign-in desk, key by key: initials, Enter; full pinyin, Enter; characters, a backspace, Enter. Typing
    /// on the first event's list of everyone, with the keys the planner prepares in the background.
    static let deskScript: [Key] =
        chars("zw") + [.enter] + chars("wang") + [.enter] + chars("张伟") + backs(1) + [.enter] + chars("xxm")

    /// What the desk's keystrokes take: the typing keys' median and slowest, and the Enters' median (a sign-in:
    /// a new book version, so the list is made again).
    struct DeskResult {
        var typing: Double
        var slowest: Double
        var enter: Double
    }

    /// The sign-in desk (`I`) on the Participants screen of the first event, prepared as the planner is by then.
    static func signInDesk(_ book: Book, runs: Int, language: Language = .en) -> DeskResult {
        var times: [[Double]] = []
        for _ in 0..<max(1, runs) {
            PinyinKey.removeCachedKeys()
            var state = participants(book, event: 0, language: language)
            state.prepareSearch()
            Update.apply(.beginSignIn, to: &state)
            sink &+= Render.frame(state, theme: .builtIn).width
            times.append(
                deskScript.map { key in
                    let start = now()
                    Update.apply(KeyMap.action(for: key, in: state), to: &state)
                    sink &+= Render.frame(state, theme: .builtIn).width
                    return (now() - start) * 1000
                })
        }
        let perKey = deskScript.indices.map { k in Measure.median(times.map { $0[k] }) ?? 0 }
        let typing = deskScript.indices.filter { deskScript[$0] != .enter }.map { perKey[$0] }
        let enters = deskScript.indices.filter { deskScript[$0] == .enter }.map { perKey[$0] }
        return DeskResult(
            typing: Measure.median(typing) ?? 0, slowest: typing.max() ?? 0, enter: Measure.median(enters) ?? 0)
    }

    private static func summary(_ times: [[Double]], show: [Double], open: [Double]) -> Result {
        let perKey = (0..<script.count).map { k in Measure.median(times.map { $0[k] }) ?? 0 }
        let rest = Array(perKey.dropFirst())
        return Result(
            showScreen: Measure.median(show) ?? 0, cold: perKey.first ?? 0, warm: Measure.median(rest) ?? 0,
            slowest: rest.max() ?? 0, open: Measure.median(open) ?? 0)
    }
}

/// `convene-bench typing --file F --keys N`: load a plan, show the Participants screen, press `/` (or `a` for the
/// pick-list) and type the first N keys of the script, once, for callgrind. The instructions of the keystrokes are
/// the difference between a run with N keys and one with 0.
struct TypingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "typing",
        abstract: "Load a plan and type into the / filter or a pick-list once (for profiling).")
    @Option(help: "The plan file.") var file: String
    @Option(help: "How many keys of the script to type (it has \(Typing.script.count)).") var keys = Typing.script.count
    @Flag(help: "Type into the add-a-participant pick-list of the second event instead of the / filter.")
    var picker = false
    @Flag(help: "First do what the planner does in the background after its first frame (prepareSearch).")
    var prepared = false
    @Option(help: "The planner's language: en or zh.") var lang = "en"

    func run() throws {
        let book = try PlanStore(path: file).load()
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang takes en or zh") }
        var state = Typing.participants(book, event: picker ? min(1, book.events.count - 1) : 0, language: language)
        if prepared { state.prepareSearch() }
        Update.apply(picker ? .add : .beginFilter, to: &state)
        sink &+= Render.frame(state, theme: .builtIn).width
        let times = Typing.type(Typing.script.prefix(max(0, keys)), into: &state)
        print(times.map { String(format: "%.2f", $0) }.joined(separator: " ") + " ms")
    }
}
