import Foundation
import PlannerCore

/// Two copies of one generated plan edited at the same time, as two organisers would between two commits: the
/// benchmark and the scale test of `convene merge`. Both sides add 20 people under the same new ids (the merge
/// renumbers theirs) and put them on the first event's list, and change 50 different replies there; theirs moves
/// 5 items; both give one person a different job title (the one conflict). The edits go through `Book.applying`,
/// so they are what the planner would have saved.
public struct ConcurrentEdits: Sendable {
    public let base: Book
    public let ours: Book
    public let theirs: Book

    /// How many people each side adds, replies each side changes, and items theirs moves.
    public static let added = 20, replies = 50, moves = 5

    /// The edits made on `base` (a generated plan with at least 2 organisations, 2 events and 300 people).
    public init(base: Book) throws {
        self.base = base
        let at = Date(timeIntervalSince1970: 1_780_000_000)
        ours = try base.applying(.batch(Self.edits(base, side: 0), label: .verbatim("ours")), at: at)
        theirs = try base.applying(
            .batch(Self.edits(base, side: 1) + Self.moves(base), label: .verbatim("theirs")), at: at)
    }

    /// `BookGenerator.standard(people:seed:)` edited on both sides.
    public init(people: Int, seed: UInt64 = 1) throws {
        try self.init(base: BookGenerator.standard(people: people, seed: seed).make())
    }

    /// Side 0 (ours) or 1 (theirs): the additions, the replies of every other participant from the third on, and
    /// the title that conflicts.
    static func edits(_ base: Book, side: Int) -> [Edit] {
        var edits: [Edit] = []
        var ids = base.idAllocator(.person)
        let orgs = base.organisations
        for n in 0..<added {
            let id = ids.next()
            let name = (side == 0 ? "新同事" : "新成员") + String(n + 1)
            edits.append(.addPerson(Person(id: id, name: name, org: orgs[n % orgs.count].id, politics: .member)))
            edits.append(.addParticipant(event: base.events[0].id, person: id, rsvp: .confirmed))
        }
        let listed = base.events[0].participants
        for k in 0..<min(replies, listed.count / 2 - 1) {
            let p = listed[2 + 2 * k + side]
            let reply: RSVP = p.rsvp == .confirmed ? .invited : .confirmed
            edits.append(.setRSVP(event: base.events[0].id, person: p.person, rsvp: reply))
        }
        var person = base.people[0]
        person.title = side == 0 ? "办公室主任" : "办公室副主任"
        edits.append(.updatePerson(person))
        return edits
    }

    /// Theirs moves the first item of the second event and the next ones 10 minutes later, where the day allows.
    static func moves(_ base: Book) -> [Edit] {
        let event = base.events[1]
        return event.items.filter { $0.endMinutes + 10 <= 24 * 60 }.prefix(moves).compactMap { item in
            ClockTime(minutes: item.start.minutes + 10).map {
                .moveItem(event: event.id, item: item.id, to: $0, shiftFollowing: false)
            }
        }
    }
}
