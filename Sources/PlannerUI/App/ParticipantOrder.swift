import Foundation
import PlannerCore

/// The Participants list's order, kept across book versions while what it depends on is the same: the roster, the
/// event's organisations and who takes part, in that order. A reply, a sign-in or leave makes a new book version but
/// leaves the order as it was, so the sign-in desk's Enter does not sort 10,000 names again (115 ms). A class,
/// locked, so the copies of the planner's state share it.
final class ParticipantOrder: @unchecked Sendable {
    private struct Key: Equatable {
        var event: String
        var people: [Person]
        var orgs: [EventOrganisation]
        var persons: [String]
    }

    private let lock = NSLock()
    private var key: Key?
    /// For each row, the participant's index in the event's list and the person's position in the roster.
    private var order: (participants: [Int], positions: [Int32]) = ([], [])

    /// The order for `event` over `people`: the kept one when nothing it depends on changed, else `sort()`'s.
    func order(
        of event: Event, people: [Person], sort: () -> (participants: [Int], positions: [Int32])
    ) -> (participants: [Int], positions: [Int32]) {
        let wanted = Key(event: event.id, people: people, orgs: event.orgs, persons: event.participants.map(\.person))
        lock.lock()
        if key == wanted {
            defer { lock.unlock() }
            return order
        }
        lock.unlock()
        let made = sort()
        lock.lock()
        key = wanted
        order = made
        lock.unlock()
        return made
    }
}
