import Foundation
import PlannerCore

/// The Participants list's `/` filter and the sign-in desk's line as a keystroke answers them (`ParticipantQuery`
/// says what they mean): names through the roster's search keys (`NameFilter`, which narrows its last answers),
/// organisations by a table of which organisation each row belongs to, and the words by each row's facets, values
/// without strings; the last answer is kept, since one frame asks for the rows several times. A class, locked, so the
/// copies of the planner's state share it.
final class ParticipantFilter: @unchecked Sendable {
    let names: NameFilter
    /// Each row's facets, and the position of its organisation in `organisations` (-1 when not on the roster).
    let facets: [ParticipantFacets]
    let orgOfRow: [Int32]
    let organisations: OrganisationSearch
    private let lock = NSLock()
    private var last: (filter: String, desk: String, picks: [Int32]?)?

    init(_ names: NameFilter, facets: [ParticipantFacets], orgOfRow: [Int32], organisations: [Organisation]) {
        self.names = names
        self.facets = facets
        self.orgOfRow = orgOfRow
        self.organisations = OrganisationSearch(organisations)
    }

    /// The rows (ascending) that `filter` keeps and whose name matches `desk`; nil when both are empty: every row.
    func rows(filter: String, desk: String) -> [Int32]? {
        lock.lock()
        if let last, last.filter == filter, last.desk == desk {
            lock.unlock()
            return last.picks
        }
        lock.unlock()
        let picks = work(filter: ParticipantQuery(filter), desk: PinyinQuery(desk))
        lock.lock()
        last = (filter, desk, picks)
        lock.unlock()
        return picks
    }

    private func work(filter: ParticipantQuery, desk: PinyinQuery) -> [Int32]? {
        var picks: [Int32]?
        if !filter.text.text.isEmpty {
            let byName = names.rows(matching: filter.text) ?? []
            if let matching = organisations.matching(filter.text) {
                var byOrg: [Int32] = []
                for (row, org) in orgOfRow.enumerated() where org >= 0 && matching[Int(org)] {
                    byOrg.append(Int32(row))
                }
                picks = Self.union(byName, byOrg)
            } else {
                picks = byName
            }
        }
        if !filter.criteria.isEmpty {
            let criteria = filter.criteria
            let keep = { (row: Int32) in criteria.allSatisfy { self.facets[Int(row)].holds($0) } }
            picks = picks.map { $0.filter(keep) } ?? (0..<Int32(facets.count)).filter(keep)
        }
        if !desk.text.isEmpty {
            let byName = names.rows(matching: desk) ?? []
            picks = picks.map { Self.intersection($0, byName) } ?? byName
        }
        return picks
    }

    /// The rows in either of two ascending lists, ascending.
    static func union(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = [], i = 0, j = 0
        out.reserveCapacity(a.count + b.count)
        while i < a.count || j < b.count {
            if j == b.count || i < a.count && a[i] < b[j] {
                out.append(a[i])
                i += 1
            } else {
                if i < a.count && a[i] == b[j] { i += 1 }
                out.append(b[j])
                j += 1
            }
        }
        return out
    }

    /// The rows in both of two ascending lists, ascending.
    static func intersection(_ a: [Int32], _ b: [Int32]) -> [Int32] {
        var out: [Int32] = [], i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] {
                i += 1
            } else if b[j] < a[i] {
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        return out
    }
}
