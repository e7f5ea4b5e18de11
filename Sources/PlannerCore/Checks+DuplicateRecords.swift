import Phrasebook

/// `duplicate-organisation`, `duplicate-venue`, `duplicate-event`: two records of one kind under the same name, as
/// the person check compares names (`NameKey`: trimmed, without case, canonically equivalent). Printouts and
/// pick-lists would show them alike, and a reference by that name is refused as ambiguous (`Resolver`).
extension Checks {
    /// The problems of the plan as a whole rather than of one event: its merge conflicts and its namesake
    /// organisations, venues and events.
    /// Every event's check lists them; a caller that checks many events works them out once and passes them on.
    public static func planProblems(in book: Book) -> [Problem] {
        mergeConflicts(in: book) + duplicateRecords(in: book)
    }

    /// The plan's repeated names, in order of each name's first record. They concern every event, so each event's
    /// check lists them. Linear in the number of organisations, venues and events.
    static func duplicateRecords(in book: Book) -> [Problem] {
        let dates = Dictionary(book.events.map { ($0.id, $0.date) }, uniquingKeysWith: { first, _ in first })
        // Each kind: its code, its records as (id, name), and the sentence for one group of namesakes.
        let kinds: [(code: String, records: [(id: String, name: String)], say: ([String], String) -> Phrase)] = [
            (
                "duplicate-organisation", book.organisations.map { ($0.id, $0.name) },
                { ids, name in
                    tr(
                        "organisations \(Phrase.series(ids)) have the same name, \(name); rename them so that references and printouts tell them apart"
                    )
                }
            ),
            (
                "duplicate-venue", book.venues.map { ($0.id, $0.name) },
                { ids, name in
                    tr(
                        "venues \(Phrase.series(ids)) have the same name, \(name); rename them so that references and printouts tell them apart"
                    )
                }
            ),
            (
                "duplicate-event", book.events.map { ($0.id, $0.title) },
                { ids, name in
                    let dated = ids.map { "\($0) (\(dates[$0].map(String.init(describing:)) ?? "?"))" }
                    return tr(
                        "events \(Phrase.series(dated)) have the same title, \(name); rename them so that references and printouts tell them apart"
                    )
                }
            ),
        ]
        return kinds.flatMap { kind in
            groups(kind.records).map { group in
                Problem(severity: .warning, code: kind.code, message: kind.say(group.ids, group.name), ids: group.ids)
            }
        }
    }

    /// The names given to more than one record, with the records' ids in order.
    private static func groups(_ records: [(id: String, name: String)]) -> [(name: String, ids: [String])] {
        var first: [NameKey: Int] = [:]
        var groups: [(first: Int, name: String, ids: [String])] = []
        var groupOf: [Int: Int] = [:]
        for (n, record) in records.enumerated() {
            let key = NameKey(record.name)
            guard let earlier = first[key] else {
                first[key] = n
                continue
            }
            if let g = groupOf[earlier] {
                groups[g].ids.append(record.id)
            } else {
                groupOf[earlier] = groups.count
                groups.append((earlier, records[earlier].name.trimmed, [records[earlier].id, record.id]))
            }
        }
        // Found at each name's second record; put in order of its first.
        return groups.sorted { $0.first < $1.first }.map { ($0.name, $0.ids) }
    }
}
