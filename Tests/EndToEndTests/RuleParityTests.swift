import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// One planning rule: what the command line runs, what the planner is given, and the core's message both show.
struct Rule: CustomTestStringConvertible, Sendable {
    let name: String
    /// The command, run on a copy of the sample plan.
    let command: [String]
    /// In the planner: the keys that open the form, and the fields to fill (by label).
    let keys: [Key]
    let fields: [(label: String, text: String)]
    /// The core's own words, which both drivers must show.
    let message: String

    var testDescription: String { name }
}

@Suite("Each planning rule: the planner and the command line get the same answer from the core")
struct RuleParityTests {
    static let rules: [Rule] = [
        Rule(
            name: "an item's title must not be empty",
            command: ["item", "add", "--title", " ", "--start", "12:00", "--minutes", "10"],
            keys: [.char("2"), .char("a")], fields: [("Title", ""), ("Start (HH:MM)", "12:00"), ("Minutes", "10")],
            message: "must not be empty"),
        Rule(
            name: "an item lasts at least a minute",
            command: ["item", "add", "--title", "短", "--start", "11:00", "--minutes", "0"],
            keys: [.char("2"), .char("a")], fields: [("Title", "短"), ("Start (HH:MM)", "11:00"), ("Minutes", "0")],
            message: "an item lasts at least 1 minute (got 0)"),
        Rule(
            name: "an item ends by midnight",
            command: ["item", "add", "--title", "夜", "--start", "23:50", "--minutes", "30"],
            keys: [.char("2"), .char("a")], fields: [("Title", "夜"), ("Start (HH:MM)", "23:50"), ("Minutes", "30")],
            message: "'夜' would end after midnight (23:50 + 30 min)"),
        Rule(
            name: "a venue's capacity is not negative",
            command: ["venue", "edit", "--venue", "冼星海故乡纪念馆", "--capacity=-3"],
            keys: [.char("5"), .char("e")], fields: [("Capacity", "-3")],
            message: "must be 0 or more (got -3)"),
        Rule(
            name: "an e-mail address has an @",
            command: ["person", "edit", "--person", "徐晓敏", "--email", "xu.example.com"],
            keys: [.char("3"), .char("/")] + "徐晓敏".map { Key.char($0) } + [.enter, .char("e")],
            fields: [("Email", "xu.example.com")],
            message: "'xu.example.com' is not an email address (it has no @)"),
        Rule(
            name: "a person's name must not be empty",
            command: ["person", "edit", "--person", "徐晓敏", "--name", " "],
            keys: [.char("3"), .char("/")] + "徐晓敏".map { Key.char($0) } + [.enter, .char("e")],
            fields: [("Name", "")],
            message: "must not be empty"),
        Rule(
            name: "a name is at most 10,000 characters, refused at input (not when saving)",
            command: ["person", "edit", "--person", "徐晓敏", "--name", String(repeating: "长", count: 10_001)],
            keys: [.char("3"), .char("/")] + "徐晓敏".map { Key.char($0) } + [.enter, .char("e")],
            fields: [("Name", String(repeating: "长", count: 10_001))],
            message: "name: is 10,001 characters long; the limit is 10,000"),
        Rule(
            name: "an event's time zone is an IANA zone",
            command: ["event", "edit", "--tz", "Mars/Olympus"],
            keys: [.char("1"), .char("e")], fields: [("Time zone", "Mars/Olympus")],
            message: "'Mars/Olympus' is not an IANA time zone (e.g. Asia/Shanghai)"),
        Rule(
            name: "an event ends after it starts",
            command: ["event", "edit", "--start", "13:00"],
            keys: [.char("1"), .char("e")], fields: [("Start (HH:MM)", "13:00")],
            message: "the event ends (12:00) before it starts (13:00)"),
        Rule(
            name: "one person holds a part of an item once",
            command: ["item", "assign", "--item", "互动交流", "--person", "徐晓敏", "--part", "host"],
            // The recorder of 互动交流 (黄雅琪) changed to 徐晓敏 as host, through the part's form.
            keys: [.char("2"), .char("G"), .enter],
            fields: [],
            message: "徐晓敏 is already host of '互动交流'"),
    ]

    @Test("the command line refuses with the core's message, and so does the planner's form", arguments: rules)
    func sameAnswer(rule: Rule) throws {
        let convene = try Convene("rule")
        try SampleBook.make().write(to: convene.plan)
        let result = try run(
            convene.binary, rule.command + ["--file", convene.plan], environment: convene.baseEnvironment)
        #expect(result.status == 2, "\(rule.command.prefix(3)) exit \(result.status): a usage error")
        #expect(result.stderr.contains(rule.message), "command line said: \(result.stderr)")

        var state = AppState(book: SampleBook.make(), file: "plan.json", size: Size(width: 100, height: 30))
        for key in rule.keys { press(key, &state) }
        if rule.name.hasPrefix("one person holds") {
            // Pick 徐晓敏 for the person, part host.
            press(.enter, &state)
            for c in "徐晓敏" { press(.char(c), &state) }
            press(.enter, &state)
            setChoice("Part", to: "host", &state)
        }
        for (label, text) in rule.fields { fill(label, text, &state) }
        let before = state.book
        press(.ctrl("s"), &state)
        guard case .form(let form) = state.mode else {
            Issue.record("the planner accepted it: \(state.message?.text ?? "")")
            return
        }
        let error = try #require(form.error, "the form shows no error")
        let shown = "\(form.fields[error.field].label.lowercased()): \(error.message)"
        #expect(
            error.message.contains(rule.message) || shown.contains(rule.message), "planner said: \(error.message)")
        #expect(state.book == before, "nothing is half-applied")
    }

    @Test("removing a participant takes them out of their parts, and both drivers say so in the same words")
    func removeParticipant() throws {
        let convene = try Convene("remove")
        let sample = SampleBook.make()
        try sample.write(to: convene.plan)
        let xu = try #require(sample.people.first { $0.name == "徐晓敏" })
        let note = try #require(
            sample.consequences(of: .removeParticipant(event: sample.events[0].id, person: xu.id)))
        #expect(note.description == "徐晓敏 also leaves 2 parts: speaker of 党建座谈会, host of 互动交流")

        let result = try convene("participant", "remove", "--person", "徐晓敏")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            result.stderr
                == "convene: removed \(xu.name) (\(xu.id)) from \(sample.events[0].title) (\(sample.events[0].id))\n"
                + "convene: \(note)\n")
        let viaCommandLine = try PlanStore(path: convene.plan).load()

        var state = AppState(book: sample, file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("3"), &state)
        press(.char("/"), &state)
        for c in "徐晓敏" { press(.char(c), &state) }
        press(.enter, &state)
        press(.char("d"), &state)
        guard case .confirm(let question) = state.mode else {
            Issue.record("d did not ask")
            return
        }
        #expect(question.question.contains(note.description))
        press(.char("y"), &state)
        #expect(state.message?.text.contains(note.description) == true)
        // The same book either way, but for when the edit happened (each item's `modified`, from each driver's clock).
        func untimed(_ events: [Event]) -> [Event] {
            events.map { event in
                var event = event
                for i in event.items.indices { event.items[i].modified = nil }
                return event
            }
        }
        #expect(untimed(state.book.events) == untimed(viaCommandLine.events), "the same book either way")
        #expect(state.book.events[0].items.map(\.revision) == [0, 0, 1, 1])
        #expect(state.book.events[0].items.allSatisfy { $0.roles.allSatisfy { $0.person != xu.id } })
    }

    /// Moves the form's focus to the field labelled `label`, clears it and types `text`.
    func fill(_ label: String, _ text: String, _ state: inout AppState) {
        guard focus(label, &state) else { return }
        press(.ctrl("e"), &state)
        press(.ctrl("u"), &state)
        for c in text { press(.char(c), &state) }
    }

    func setChoice(_ label: String, to value: String, _ state: inout AppState) {
        guard focus(label, &state) else { return }
        for _ in 0..<10 {
            guard case .form(let form) = state.mode, form.fields[form.focus].text != value else { return }
            press(.right, &state)
        }
    }

    func focus(_ label: String, _ state: inout AppState) -> Bool {
        for _ in 0..<12 {
            guard case .form(let form) = state.mode else {
                Issue.record("no form open to fill \(label)")
                return false
            }
            if form.fields[form.focus].label == label { return true }
            press(.tab, &state)
        }
        Issue.record("the form has no field \(label)")
        return false
    }
}

/// Sends a key the way the planner does: through the key map, then update.
@discardableResult
func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    Update.apply(KeyMap.action(for: key, in: state), to: &state)
}

extension Book {
    func write(to path: String) throws { try PlanStore(path: path).save(self) }
}
