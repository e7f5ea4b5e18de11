import Phrasebook

/// Turns what a user typed (an id, a name, a short name or a unique part of a name) into an id.
public struct Resolver: Sendable {
    /// How much of a reference must match.
    public enum Matching: Sendable {
        /// An id, a name, a short name, a unique part of a name, or pinyin initials: for finding and changing.
        case loose
        /// Only an id or a whole name (trimmed; letters compared case-insensitively; as `NameKey` compares): for removing, where a guess
        /// must not delete the wrong record. Anything else is refused with the records it could have meant.
        case exact
    }

    public let book: Book
    public let matching: Matching

    public init(book: Book, matching: Matching = .loose) {
        self.book = book
        self.matching = matching
    }

    public func organisation(_ reference: String) throws -> String {
        // The short name is a part of the name, not the whole: an exact reference names the organisation in full.
        try resolve(
            reference, kind: .organisation,
            records: book.organisations.map {
                Candidate(
                    id: $0.id, names: [$0.name] + ($0.short.map { [$0] } ?? []), label: $0.name, fullNames: 1)
            })
    }

    public func person(_ reference: String) throws -> String {
        let orgs = book.organisationsByID
        return try resolve(
            reference, kind: .person,
            records: book.people.map {
                Candidate(
                    id: $0.id, names: [$0.name] + ($0.latin.map { [$0] } ?? []),
                    label: "\($0.name) (\(orgs[$0.org]?.displayName ?? $0.org))")
            })
    }

    public func venue(_ reference: String) throws -> String {
        try resolve(
            reference, kind: .venue,
            records: book.venues.map { Candidate(id: $0.id, names: [$0.name], label: $0.name) })
    }

    /// A room of `venue` by its id or name (rooms are named within their venue).
    public func room(_ reference: String, in venue: Venue) throws -> String {
        try resolve(
            reference, kind: .room,
            records: venue.rooms.map { Candidate(id: $0.id, names: [$0.name], label: "\($0.name) (\(venue.name))") })
    }

    /// An event by reference; with nil, the only event in the book (never when matching exactly).
    public func event(_ reference: String?) throws -> String {
        guard let reference else {
            if matching == .exact {
                guard !book.events.isEmpty else {
                    throw PlanError.refused(tr("the plan has no events yet; add one with 'convene event add'"))
                }
                throw PlanError.inexact(kind: .event, reference: nil, candidates: book.events.map(Self.eventLabel))
            }
            switch book.events.count {
            case 1: return book.events[0].id
            case 0: throw PlanError.refused(tr("the plan has no events yet; add one with 'convene event add'"))
            default:
                throw PlanError.eventNeeded(candidates: book.events.map { "\($0.id)  \($0.date)  \($0.title)" })
            }
        }
        return try resolve(
            reference, kind: .event,
            records: book.events.map { Candidate(id: $0.id, names: [$0.title], label: "\($0.date)  \($0.title)") })
    }

    public func item(_ reference: String, inEvent event: String) throws -> String {
        guard let e = book.event(event) else {
            throw PlanError.notFound(kind: .event, reference: event, suggestions: [])
        }
        return try resolve(
            reference, kind: .item,
            records: e.items.map {
                Candidate(id: $0.id, names: [$0.title], label: "\($0.start)  \($0.title)")
            })
    }

    /// True when `query` (lowercased) begins the name or one of its words.
    private static func startsAWord(of name: String, with query: String) -> Bool {
        let lower = name.lowercased()
        if lower.hasPrefix(query) { return true }
        return lower.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains { $0.hasPrefix(query) }
    }

    private static func eventLabel(_ event: Event) -> String { "\(event.id)  \(event.date)  \(event.title)" }

    private struct Candidate {
        let id: String
        let names: [String]
        let label: String
        /// How many of `names`, from the first, are whole names (the rest are short names).
        var fullNames: Int? = nil

        var wholeNames: ArraySlice<String> { names.prefix(fullNames ?? names.count) }
        /// The id and the label, as candidates are listed (a name stored with outer spaces shown without them).
        var listed: String { "\(id)  \(label.trimmed)" }
    }

    private func resolve(_ reference: String, kind: RecordKind, records: [Candidate]) throws -> String {
        let ref = reference.trimmed
        guard !ref.isEmpty else {
            throw PlanError.invalid(field: kind.noun, message: tr("is empty; give an id or a name"))
        }
        if let hit = records.first(where: { $0.id == ref }) { return hit.id }
        let folded = ref.lowercased()
        // A whole name is compared as the duplicate checks compare names (trimmed, without case, canonically
        // equivalent), so records the checks call namesakes are always ambiguous here, never one picked silently.
        let key = NameKey(ref)
        if matching == .exact {
            let whole = records.filter { $0.wholeNames.contains { NameKey($0) == key } }
            if whole.count == 1 { return whole[0].id }
            if whole.count > 1 {
                throw PlanError.ambiguous(kind: kind, reference: ref, candidates: whole.map(\.listed))
            }
            // Not exact: say which records the loose reading would have taken, and how to name them exactly.
            let meant: [String]
            do {
                let id = try Resolver(book: book).resolve(reference, kind: kind, records: records)
                meant = records.filter { $0.id == id }.map(\.listed)
            } catch PlanError.ambiguous(_, _, let candidates) {
                meant = candidates
            } catch {
                throw PlanError.notFound(kind: kind, reference: ref, suggestions: [])
            }
            throw PlanError.inexact(kind: kind, reference: ref, candidates: meant)
        }
        let exact = records.filter { $0.names.contains { NameKey($0) == key } }
        if exact.count == 1 { return exact[0].id }
        if exact.count > 1 {
            throw PlanError.ambiguous(kind: kind, reference: ref, candidates: exact.map(\.listed))
        }
        let partial = records.filter { $0.names.contains { $0.lowercased().containsText(folded) } }
        if partial.count == 1 { return partial[0].id }
        if partial.count > 1 {
            // "xu" is part of both "Xu Xiaomin" and "Zhou Mingxuan"; the one where it starts a word is meant.
            let atWordStart = partial.filter { $0.names.contains { Self.startsAWord(of: $0, with: folded) } }
            if atWordStart.count == 1 { return atWordStart[0].id }
            throw PlanError.ambiguous(kind: kind, reference: ref, candidates: partial.map(\.listed))
        }
        let pinyin = records.filter { $0.names.contains { PinyinKey($0).matches(ref) } }
        if pinyin.count == 1 { return pinyin[0].id }
        if pinyin.count > 1 {
            // Prefer the name the pinyin begins (xu: 徐晓敏), then the one name where it begins a syllable.
            let atStart = pinyin.filter { $0.names.contains { PinyinKey($0).matchesAtStart(ref) } }
            if atStart.count == 1 { return atStart[0].id }
            let atSyllable = pinyin.filter { $0.names.contains { PinyinKey($0).matchesAtSyllableStart(ref) } }
            if atSyllable.count == 1 { return atSyllable[0].id }
            throw PlanError.ambiguous(kind: kind, reference: ref, candidates: pinyin.map(\.listed))
        }
        throw PlanError.notFound(kind: kind, reference: ref, suggestions: [])
    }
}
