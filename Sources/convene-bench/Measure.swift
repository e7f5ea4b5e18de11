import ArgumentParser
import BookGenerator
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import Printing
import TerminalKit

/// Everything measured for one book size (milliseconds unless named otherwise; nil = not measured / not available).
struct SizeResult: Codable {
    var people: Int
    var organisations: Int
    var events: Int
    var items: Int
    var participants: Int
    var fileMegabytes: Double
    var runs: Int
    var load: Double
    var save: Double
    var checksAllEvents: Double
    var checksOneEvent: Double
    /// How many problems the checks of e1 report (duplicate names grow faster than the roster).
    var problemsOneEvent: Int
    var agendaText: Double
    var agendaICS: Double?
    var pinyinFilterCold: Double
    var pinyinFilterWarm: Double
    var pinyinMatches: Int
    var frameParticipants: Double
    var frameOrganisations: Double
    /// Load + AppState + first frame (Overview), in process, as the planner draws it (checks deferred).
    var firstFrame: Double
    /// Load + AppState + the frame with the checks' results (the planner's second frame).
    var firstFrameWithChecks: Double
    var keystroke: Double
    /// `3` on a new state: the Participants screen's first frame (sorts the first event's list of everyone).
    var showParticipants: Double
    /// Typing `Typing.script` into the `/` filter on that screen: the first keystroke, the median of the others and
    /// the slowest of them (update + frame each). `filterKeyCold` finds only the sorted list (the user typed before
    /// the planner's background work was done); `filterKeyFirst` finds what that work prepares.
    var filterKeyFirst: Double
    var filterKeyCold: Double
    var filterKeyWarm: Double
    var filterKeySlowest: Double
    /// `a` on the second event's Participants screen: the pick-list of everyone not on its list, then the script.
    var pickerOpen: Double
    var pickerKeyCold: Double
    var pickerKeyWarm: Double
    var pickerKeySlowest: Double
    /// The same in Chinese (`--lang zh`): the first frame, and the / filter's and the pick-list's first and slowest
    /// keystrokes.
    var firstFrameZh: Double
    var filterKeyFirstZh: Double
    var filterKeySlowestZh: Double
    var pickerKeyFirstZh: Double
    var pickerKeySlowestZh: Double
    /// The sign-in desk (`I`) on the first event: its typing keystrokes' median and slowest (update + frame), in
    /// English and Chinese, and an Enter that signs someone in.
    var deskKeyWarm: Double
    var deskKeySlowest: Double
    var deskKeySlowestZh: Double
    var deskEnter: Double
    /// Whole `convene agenda --event e1` process (load, consistency check, print).
    var conveneAgendaProcess: Double?
    var conveneAgendaMegabytes: Double?
    /// Whole `convene check --event e1` process.
    var conveneCheckProcess: Double?
    var benchPeakMegabytes: Double
}

enum Measure {
    static let query = "xxm"
    static let size = Size(width: 100, height: 30)

    static func run(people: Int, runs requested: Int, convene: String?, folder: String) throws -> SizeResult {
        let runs = people >= 100_000 ? max(1, min(requested, 3)) : requested
        let book = BookGenerator.standard(people: people, seed: 1).make()
        let path = "\(folder)/book-\(people).json"
        let store = PlanStore(path: path)
        try store.save(book)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0

        let load = try medianMilliseconds(runs) { sink &+= try store.load().people.count }
        let save = try medianMilliseconds(runs) { try store.save(book) }
        let event = book.events[0]
        let checksAll = try medianMilliseconds(runs) {
            // One lookup and one set of plan-wide problems for all events, as `check --all-events` works them out.
            let people = book.peopleByID, plan = Checks.planProblems(in: book)
            for e in book.events { sink &+= Checks.problems(in: e, book: book, people: people, plan: plan).count }
        }
        let checksOne = try medianMilliseconds(runs) { sink &+= Checks.problems(in: event, book: book).count }
        let agenda = try medianMilliseconds(runs) { sink &+= AgendaText(book: book, event: event).render().utf8.count }
        let ics = ICSProbe.measure(book: book, event: event, runs: runs)

        // The roster filtered as the planner's lists are: cold, the search keys worked out from nothing (no pinyin
        // cached) and searched; warm, the keys kept and searched again.
        var matches = 0
        var search = NameSearch([])
        let cold = try medianMilliseconds(runs, prepare: { PinyinKey.removeCachedKeys() }) {
            search = NameSearch(book.people)
            matches = search.entries(matching: PinyinQuery(query)).count
        }
        let warm = try medianMilliseconds(runs) { matches = search.entries(matching: PinyinQuery(query)).count }
        let expected = book.people.filter { $0.matches(PinyinQuery(query)) }.count
        guard matches == expected else {
            throw ValidationError("the filter found \(matches) people, Person.matches \(expected)")
        }

        // The TUI: the planner opens on the first event, the one with everybody on its list.
        PinyinKey.removeCachedKeys()
        var participants = AppState(book: book, file: "book.json", size: size)
        participants.screen = .participants
        var organisations = participants
        organisations.screen = .organisations
        organisations.pane = 1
        let frameParticipants = try medianMilliseconds(runs) {
            sink &+= Render.frame(participants, theme: .builtIn).width
        }
        let frameOrganisations = try medianMilliseconds(runs) {
            sink &+= Render.frame(organisations, theme: .builtIn).width
        }
        let firstFrame = try medianMilliseconds(runs, prepare: { PinyinKey.removeCachedKeys() }) {
            var state = AppState(book: try store.load(), file: "book.json", size: size)
            state.defersChecks = true
            sink &+= Render.frame(state, theme: .builtIn).width
        }
        let firstFrameZh = try medianMilliseconds(runs, prepare: { PinyinKey.removeCachedKeys() }) {
            var state = AppState(book: try store.load(), file: "book.json", size: size)
            state.language = .zh
            state.defersChecks = true
            sink &+= Render.frame(state, theme: .builtIn).width
        }
        let firstFrameWithChecks = try medianMilliseconds(runs, prepare: { PinyinKey.removeCachedKeys() }) {
            let state = AppState(book: try store.load(), file: "book.json", size: size)
            sink &+= Render.frame(state, theme: .builtIn).width
        }
        var keyState = participants
        let keystroke = try medianMilliseconds(max(runs, 15)) {
            Update.apply(.moveDown, to: &keyState)
            sink &+= Render.frame(keyState, theme: .builtIn).width
        }

        let typingFilter = Typing.filter(book, runs: runs, prepared: false)
        let typingPrepared = Typing.filter(book, runs: runs, prepared: true)
        let typingPicker = Typing.picker(book, runs: runs)
        let typingZh = Typing.filter(book, runs: runs, prepared: true, language: .zh)
        let pickerZh = Typing.picker(book, runs: runs, language: .zh)
        let desk = Typing.signInDesk(book, runs: runs)
        let deskZh = Typing.signInDesk(book, runs: runs, language: .zh)

        var agendaProcess: Double?, agendaMegabytes: Double?, checkProcess: Double?
        if let convene {
            var times: [Double] = [], memory: [Double] = [], checks: [Double] = []
            for _ in 0..<runs {
                if let r = runProcess(convene, ["agenda", "--file", path, "--event", "e1"]), r.status == 0 {
                    times.append(r.milliseconds)
                    memory.append(r.megabytes)
                }
                if let r = runProcess(convene, ["check", "--file", path, "--event", "e1"]), r.status <= 1 {
                    checks.append(r.milliseconds)
                }
            }
            agendaProcess = median(times)
            agendaMegabytes = memory.max()
            checkProcess = median(checks)
        }

        return SizeResult(
            people: people, organisations: book.organisations.count, events: book.events.count,
            items: book.events.reduce(0) { $0 + $1.items.count },
            participants: book.events.reduce(0) { $0 + $1.participants.count },
            fileMegabytes: Double(bytes) / 1_048_576, runs: runs, load: load, save: save,
            checksAllEvents: checksAll, checksOneEvent: checksOne,
            problemsOneEvent: Checks.problems(in: event, book: book).count, agendaText: agenda, agendaICS: ics,
            pinyinFilterCold: cold, pinyinFilterWarm: warm, pinyinMatches: matches,
            frameParticipants: frameParticipants, frameOrganisations: frameOrganisations,
            firstFrame: firstFrame, firstFrameWithChecks: firstFrameWithChecks, keystroke: keystroke,
            showParticipants: typingFilter.showScreen, filterKeyFirst: typingPrepared.cold,
            filterKeyCold: typingFilter.cold, filterKeyWarm: typingPrepared.warm,
            filterKeySlowest: max(typingPrepared.slowest, typingFilter.slowest), pickerOpen: typingPicker.open,
            pickerKeyCold: typingPicker.cold, pickerKeyWarm: typingPicker.warm, pickerKeySlowest: typingPicker.slowest,
            firstFrameZh: firstFrameZh, filterKeyFirstZh: typingZh.cold, filterKeySlowestZh: typingZh.slowest,
            pickerKeyFirstZh: pickerZh.cold, pickerKeySlowestZh: pickerZh.slowest,
            deskKeyWarm: desk.typing, deskKeySlowest: desk.slowest, deskKeySlowestZh: deskZh.slowest,
            deskEnter: desk.enter,
            conveneAgendaProcess: agendaProcess,
            conveneAgendaMegabytes: agendaMegabytes, conveneCheckProcess: checkProcess,
            benchPeakMegabytes: peakMegabytes())
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
}
