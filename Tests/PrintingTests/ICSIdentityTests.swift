import Foundation
import PlanFile
import PlannerCore
import Printing
import Synchronization
import Testing

@Suite("Calendar UIDs: the plan's identity keeps two plans' entries apart")
struct ICSIdentityTests {
    private func uids(_ book: Book) throws -> Set<String> {
        let ics = try AgendaICS(book: book, event: book.events[0], stamp: Date(timeIntervalSince1970: 0)).render()
        return Set(ics.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") })
    }

    @Test("two plans with the same ids share no UID; each UID names the event, the item and the plan")
    func twoPlansShareNoUID() throws {
        var one = SampleBook.make()
        one.identity = "3f0c2a4e-8d1b-4c55-9a7e-0b6d5e4f3a21"
        var other = SampleBook.make()
        other.identity = "b7e19c02-5a6f-4e3d-8c21-9f0a1b2c3d4e"
        let a = try uids(one), b = try uids(other)
        #expect(a.count == 4 && b.count == 4)
        #expect(a.isDisjoint(with: b))
        #expect(a.contains("UID:e1-i1.3f0c2a4e-8d1b-4c55-9a7e-0b6d5e4f3a21@convene"))
    }

    @Test("two fresh plans made from the sample get different identities, so different UIDs")
    func freshPlansDiffer() throws {
        let store = PlanStore(path: "/nonexistent/plan.json")
        let one = store.newPlan(SampleBook.make()), other = store.newPlan(SampleBook.make())
        #expect(one.identity != other.identity)
        #expect(try uids(one).isDisjoint(with: try uids(other)))
    }

    @Test(
        "an edited item's SEQUENCE grows and LAST-MODIFIED is the edit's time; its UID stays, the others' SEQUENCE too")
    func editedItemSequence() throws {
        var history = History(book: SampleBook.make(), clock: { Date(timeIntervalSince1970: 1_686_904_200) })
        func entry(_ n: Int) throws -> [String] {
            let ics = try AgendaICS(book: history.book, event: history.book.events[0], stamp: Date()).render()
            let entries = ics.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map {
                $0.components(separatedBy: "\r\n").filter {
                    $0.hasPrefix("UID:") || $0.hasPrefix("SEQUENCE:") || $0.hasPrefix("LAST-MODIFIED:")
                }
            }
            return entries[n]
        }
        let uid = "UID:e1-i3.00000000-0000-4000-8000-000000000000@convene"
        #expect(try entry(2) == [uid, "SEQUENCE:0"])
        var item = try #require(history.book.events[0].item("i3"))
        item.minutes = 75
        try history.apply(.updateItem(event: "e1", item: item))
        #expect(try entry(2) == [uid, "SEQUENCE:1", "LAST-MODIFIED:20230616T083000Z"])
        try history.apply(
            .moveItem(event: "e1", item: "i3", to: try #require(ClockTime("10:30")), shiftFollowing: false))
        #expect(try entry(2) == [uid, "SEQUENCE:2", "LAST-MODIFIED:20230616T083000Z"])
        #expect(try entry(0) == ["UID:e1-i1.00000000-0000-4000-8000-000000000000@convene", "SEQUENCE:0"])
    }

    @Test("undo and redo give a changed item a SEQUENCE above any it had; an unchanged item keeps its SEQUENCE")
    func undoRedoSequence() throws {
        var now = Date(timeIntervalSince1970: 1_686_904_200)
        let clock = Mutex(now)
        var history = History(book: SampleBook.make(), clock: { clock.withLock { $0 } })
        func entry(_ n: Int) throws -> [String] {
            let ics = try AgendaICS(book: history.book, event: history.book.events[0], stamp: Date()).render()
            let entries = ics.components(separatedBy: "BEGIN:VEVENT\r\n").dropFirst().map {
                $0.components(separatedBy: "\r\n").filter {
                    $0.hasPrefix("SEQUENCE:") || $0.hasPrefix("LAST-MODIFIED:") || $0.hasPrefix("DURATION:")
                        || $0.hasPrefix("DTEND")
                }
            }
            return entries[n]
        }
        let first = try entry(0)
        var item = try #require(history.book.events[0].item("i3"))
        item.minutes = 75
        try history.apply(.updateItem(event: "e1", item: item))
        let edited = try entry(2)
        #expect(edited.contains("SEQUENCE:1"))
        now = Date(timeIntervalSince1970: 1_686_907_800)
        clock.withLock { $0 = now }
        history.undo()
        #expect(try entry(2).contains("SEQUENCE:2") && entry(2).contains("LAST-MODIFIED:20230616T093000Z"))
        #expect(try entry(2) != edited && entry(0) == first)
        history.redo()
        #expect(try entry(2).contains("SEQUENCE:3") && entry(0) == first)
    }
}
