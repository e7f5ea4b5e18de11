import Phrasebook

/// The changes from one version of a book to another, in a fixed order an organiser reads top to bottom:
/// organisations with their people, then venues with their rooms, then each event (its own fields, the organisations
/// invited, the agenda with its parts, the participants). Within each list: the records added (in the new order),
/// then the changes of the records kept (in the new order), then the records removed (in the old order). Records are matched by id (a participant by its person),
/// so a rename reads as a rename; `revision`, `modified`, the identity and the issued ids are not compared.
/// (`BookChanges` is the one-sentence count the planner shows when another writer saved; this is the full list.)
public struct PlanDiff: Sendable {
    /// A heading of the diff: where its changes belong.
    public enum Section: Hashable, Sendable {
        case rosters
        case venues
        case event(id: String, title: String, date: CivilDate)
        /// The merge conflicts the plan keeps: recorded by a merge, gone when resolved.
        case conflicts

        /// The heading as the reader sees it.
        public var heading: Phrase {
            switch self {
            case .rosters: return tr("Organisations and people")
            case .venues: return tr("Venues and rooms")
            case let .event(_, title, date): return tr("Event \(title) (\(date))")
            case .conflicts: return tr("Merge conflicts")
            }
        }
    }

    public private(set) var changes: [PlanChange] = []

    /// Names of people and organisations by id, from the new book first, so a removed record still has its name.
    let people: [String: Person]
    let organisations: [String: Organisation]

    /// The changes from `old` to `new`.
    public init(from old: Book, to new: Book) {
        people = Dictionary((new.people + old.people).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        organisations = Dictionary(
            (new.organisations + old.organisations).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        compareRosters(old, new)
        compareVenues(old.venues, new.venues)
        let venues = Dictionary((new.venues + old.venues).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let events = Matched(old.events, new.events, key: \.id)
        for event in events.added {
            record(.added, .event, [event.id], tr("added event \(event.title) (\(event.date))"), in: section(event))
        }
        for (before, after) in events.kept where before != after { compareEvent(before, after, venues: venues) }
        for event in events.removed {
            record(.removed, .event, [event.id], tr("removed event \(event.title) (\(event.date))"), in: section(event))
        }
        compareConflicts(old, new)
    }

    /// The conflicts a merge recorded (in the new book only) and those resolved since (in the old book only).
    mutating func compareConflicts(_ old: Book, _ new: Book) {
        guard old.conflicts != new.conflicts else { return }
        func ids(_ c: MergeConflict) -> [String] { (c.record.parent.map { [$0] } ?? []) + [c.record.id] }
        for c in new.conflicts where !old.conflicts.contains(c) {
            record(.added, .conflict, ids(c), tr("conflict: \(new.mergeConflictText(c))"), in: .conflicts)
        }
        for c in old.conflicts where !new.conflicts.contains(c) {
            record(.removed, .conflict, ids(c), tr("resolved: \(old.mergeConflictText(c))"), in: .conflicts)
        }
    }

    public var isEmpty: Bool { changes.isEmpty }

    /// The changes under their headings, in order.
    public var sections: [(section: Section, changes: [PlanChange])] {
        var grouped: [(section: Section, changes: [PlanChange])] = []
        for change in changes {
            if grouped.last?.section == change.section {
                grouped[grouped.count - 1].changes.append(change)
            } else {
                grouped.append((change.section, [change]))
            }
        }
        return grouped
    }

    func section(_ event: Event) -> Section { .event(id: event.id, title: event.title, date: event.date) }

    /// The name a person is known by in the diff: theirs, or the id when neither book has them.
    func name(ofPerson id: String) -> String { people[id]?.name ?? id }

    /// The short name of an organisation, or the id when neither book has it.
    func name(ofOrganisation id: String) -> String { organisations[id]?.displayName ?? id }

    mutating func record(
        _ kind: PlanChange.Kind, _ record: PlanChange.Record, _ ids: [String], _ phrase: Phrase, in section: Section
    ) {
        changes.append(
            PlanChange(
                kind: kind, record: record, ids: ids, field: nil, before: nil, after: nil, phrase: phrase,
                section: section))
    }

    /// Records a change of one field when `before` and `after` differ, said as `phrase` or else as
    /// "subject: label before → after".
    mutating func field<Value: Equatable>(
        _ record: PlanChange.Record, _ ids: [String], _ name: String, _ before: Value, _ after: Value,
        in section: Section, value: FieldValue<Value>, phrase: Phrase? = nil
    ) {
        guard before != after else { return }
        let said =
            phrase ?? tr("\(value.subject): \(value.label) \(value.shown(before)) → \(value.shown(after))")
        changes.append(
            PlanChange(
                kind: .changed, record: record, ids: ids, field: name, before: value.written(before),
                after: value.written(after), phrase: said, section: section))
    }
}

/// How one field's value is named and shown in a change: whose field it is, its label, and its value as the file
/// writes it and as the reader sees it.
struct FieldValue<Value> {
    var subject: String
    var label: Phrase
    var written: (Value) -> String?
    var shown: (Value) -> Phrase
}

extension FieldValue where Value == String? {
    /// A text field: shown as it is, `(none)` when empty.
    static func text(_ subject: String, _ label: Phrase) -> FieldValue {
        FieldValue(subject: subject, label: label, written: { $0 }, shown: { $0.map(Phrase.verbatim) ?? tr("(none)") })
    }
}

extension FieldValue where Value == Int? {
    /// A number field: shown as it is, `(none)` when not set.
    static func number(_ subject: String, _ label: Phrase) -> FieldValue {
        FieldValue(
            subject: subject, label: label, written: { $0.map(String.init) },
            shown: { $0.map { .verbatim(String($0)) } ?? tr("(none)") })
    }
}

extension FieldValue where Value: CustomStringConvertible {
    /// A date, a time, a name: shown and written as its text.
    static func plain(_ subject: String, _ label: Phrase) -> FieldValue {
        FieldValue(
            subject: subject, label: label, written: { $0.description }, shown: { .verbatim($0.description) })
    }
}

extension FieldValue where Value: RawRepresentable, Value.RawValue == String {
    /// A closed set's value: written by its key, shown by its name in the reader's language.
    static func named(_ subject: String, _ label: Phrase, _ phrase: @escaping (Value) -> Phrase) -> FieldValue {
        FieldValue(subject: subject, label: label, written: { $0.rawValue }, shown: phrase)
    }
}
