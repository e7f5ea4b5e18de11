import BookGenerator
import Foundation
import PlanFile
import PlannerCore
import TerminalKit
import Testing

@testable import PlannerUI

/// A roster of 3 organisations and 300 people (Chinese names, some with a pinyin Latin name, some English names,
/// some with ü), everyone on the first event and a few on the second.
private func crowdBook() -> Book {
    var dice = SplitMix64(seed: 3)
    let orgs = (1...3).map { Organisation(id: "o\($0)", name: "组织\($0)", short: nil) }
    let surnames = Array("张王李徐赵刘陈吕"), given = Array("伟芳娜敏静丽强磊军洋勇艳杰涛明晓")
    let people: [Person] = (1...300).map { n in
        let org = "o\(1 + dice.below(3))"
        if dice.below(8) == 0 {
            let name = dice.pick(["David", "Anna", "Omar", "Kenji"]) + " " + dice.pick(["Smith", "Müller", "Lee"])
            return Person(id: "p\(n)", name: name, org: org)
        }
        let name = String(dice.pick(surnames)) + String((0..<1 + dice.below(2)).map { _ in dice.pick(given) })
        let syllables = PinyinKey(name).syllables.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let latin =
            dice.below(2) == 0 ? syllables.joined(separator: " ").replacingOccurrences(of: "Lu ", with: "Lü ") : nil
        return Person(id: "p\(n)", name: name, latin: latin, org: org, politics: .member)
    }
    let everyone = Event(
        id: "e1", title: "Assembly", date: day("2026-04-01"), start: ClockTime(clamping: 540),
        end: ClockTime(clamping: 720), tz: "Asia/Shanghai", venue: nil,
        orgs: orgs.map { EventOrganisation(org: $0.id, part: .participant) },
        participants: people.map { Participant(person: $0.id, rsvp: .invited) }, items: [])
    let few = Event(
        id: "e2", title: "Workshop", date: day("2026-04-02"), start: ClockTime(clamping: 540),
        end: ClockTime(clamping: 720), tz: "Asia/Shanghai", venue: nil,
        orgs: [EventOrganisation(org: "o1", part: .host)],
        participants: people.prefix(20).map { Participant(person: $0.id, rsvp: .confirmed) }, items: [])
    return Book(organisations: orgs, people: people, venues: [], events: [everyone, few])
}

/// A key a user types into a filter: pinyin letters, initials, characters, a space, a backspace, a caret move.
private func randomKey(_ dice: inout SplitMix64) -> Key {
    switch dice.below(10) {
    case 0, 1, 2: return .backspace
    case 3: return dice.pick([.left, .right, .home, .end, .delete])
    default: return .char(dice.pick(Array("zwxmlhangiu张王伟晓明Ü ")))
    }
}

@Suite("Typing into the filters: every keystroke shows what a plain filter would")
struct FilterTypingTests {
    @Test("/ on Participants: the sorted list, kept to the people that match, key by key")
    func participants() {
        var dice = SplitMix64(seed: 11)
        for prepared in [false, true] {
            var s = AppState(book: crowdBook(), file: "plan.json", size: Size(width: 100, height: 30))
            if prepared { s.prepareSearch() }
            press(.char("3"), &s)
            let all = s.participantRows.map(\.person)
            #expect(all.count == 300)
            press(.char("/"), &s)
            for _ in 0..<150 {
                press(randomKey(&dice), &s)
                let query = PinyinQuery(s.filters[.participants] ?? "")
                #expect(
                    s.participantRows.map(\.person.id) == all.filter { $0.matches(query) }.map(\.id), "\(query.text)")
                _ = frame(s)
            }
        }
    }

    @Test("an edit between keystrokes: the filter answers for the new book")
    func editBetweenKeys() {
        var s = AppState(book: crowdBook(), file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("3"), &s)
        press(.char("/"), &s)
        typeKeys("z", &s)
        let before = s.participantRows.map(\.person.id)
        press(.enter, &s)
        press(.char(" "), &s)  // the first row's RSVP: a new book version, the same roster
        #expect(s.participantRows.map(\.person.id) == before)
        #expect(s.participantRows.first?.rsvp == .confirmed)
        press(.char("/"), &s)
        typeKeys("w", &s)
        let query = PinyinQuery("zw")
        let expected = s.book.people.filter { $0.matches(query) }.map(\.id)
        #expect(Set(s.participantRows.map(\.person.id)) == Set(expected))
    }

    @Test("/ on Organisations: the organisation's people by pinyin, kept to those that match")
    func roster() {
        var dice = SplitMix64(seed: 12)
        var s = AppState(book: crowdBook(), file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("4"), &s)
        press(.char("j"), &s)
        let all = s.personRows.map { $0 }
        #expect(all.allSatisfy { $0.org == "o2" } && all.count > 50)
        press(.char("/"), &s)
        for _ in 0..<120 {
            press(randomKey(&dice), &s)
            let query = PinyinQuery(s.filters[.organisations] ?? "")
            #expect(s.personRows.map(\.id) == all.filter { $0.matches(query) }.map(\.id), "\(query.text)")
        }
    }

    @Test("the add-a-participant pick-list: its options, kept to the people that match")
    func picker() throws {
        var dice = SplitMix64(seed: 13)
        var s = AppState(book: crowdBook(), file: "plan.json", size: Size(width: 100, height: 30))
        s.eventID = "e2"
        press(.char("3"), &s)
        press(.char("a"), &s)
        let opened = try #require(currentPicker(s))
        #expect(opened.options.count == 280)
        let people = PersonLookup(s.book.people)
        for _ in 0..<120 {
            press(randomKey(&dice), &s)
            let picker = try #require(currentPicker(s))
            let query = PinyinQuery(picker.filter.text)
            let expected = picker.options.filter { people[$0.id]?.matches(query) ?? false }.map(\.id)
            #expect(picker.visible.map(\.id) == expected, "\(query.text)")
            _ = frame(s)
        }
    }

    @Test("a pick-list of other things (events) is searched by its labels")
    func eventPicker() throws {
        var s = AppState(book: crowdBook(), file: "plan.json", size: Size(width: 100, height: 30))
        press(.char("E"), &s)
        typeKeys("work", &s)
        #expect(try #require(currentPicker(s)).visible.map(\.label) == ["Workshop"])
    }

    @Test("after the first frames, the roster's search keys are worked out in the background")
    func prepared() {
        let book = crowdBook()
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), keys: [])
        let app = PlannerApp(
            state: AppState(book: book, file: "plan.json", size: terminal.size), theme: .builtIn, terminal: terminal,
            runner: FilterRunner())
        app.run()
        let deadline = ContinuousClock.now + .seconds(10)
        while !app.state.rosterSearch.isReady(for: book.people), ContinuousClock.now < deadline { usleep(10_000) }
        let ready = app.state.rosterSearch.isReady(for: book.people)
        #expect(ready)
    }
}

extension FilterTypingTests {
    @Test("after an edit of the roster, its search keys are worked out again in the background")
    func preparedAfterEdit() {
        let book = crowdBook()
        let keys: [Key] = [.char("4"), .tab, .char("d"), .char("y")]
        let terminal = ScriptedTerminal(size: Size(width: 100, height: 30), keys: keys)
        let app = PlannerApp(
            state: AppState(book: book, file: "plan.json", size: terminal.size), theme: .builtIn, terminal: terminal,
            runner: FilterRunner())
        app.run()
        #expect(app.state.book.people.count == book.people.count - 1, "a person was deleted")
        let deadline = ContinuousClock.now + .seconds(10)
        while !app.state.rosterSearch.isReady(for: app.state.book.people), ContinuousClock.now < deadline {
            usleep(10_000)
        }
        let ready = app.state.rosterSearch.isReady(for: app.state.book.people)
        #expect(ready)
    }
}

private final class FilterRunner: EffectRunner {
    func perform(_ effect: Effect) -> Action? { nil }
}
