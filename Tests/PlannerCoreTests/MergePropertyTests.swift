import BookGenerator
import Phrasebook
import PlannerCore
import Testing

/// Two copies of a generated plan, each edited at random from one seed: what every property is checked on.
struct MergeCase: Sendable {
    var seed: UInt64
    var base: Book
    var ours: Book
    var theirs: Book

    /// 200 cases: small generated books (5 organisations, 30 people, 3 events of 5 items) from 7 seeds, each side
    /// given 1–15 accepted edits, mostly of one kind in three cases of four. A failure names its seed; `MergeCase(seed:)` replays it.
    static let all: [MergeCase] = (1...200).map { MergeCase(seed: UInt64($0)) }

    /// The generated books the cases start from.
    static let bases = (1...7).map {
        BookGenerator(organisations: 5, people: 30, events: 3, itemsPerEvent: 5, seed: UInt64($0)).make()
    }

    /// 100 cases of two copies with tags of their own (`CopyTag`): two git clones set up by `convene setup-git`.
    static let tagged: [MergeCase] = (1...100).map { MergeCase(seed: UInt64($0), tags: tags) }

    /// Our copy's tag and theirs, in `tagged`.
    static let tags = (
        ours: Fixture.known(CopyTag("aaaa"), "tag aaaa"), theirs: Fixture.known(CopyTag("bbbb"), "tag bbbb")
    )

    /// The case of `seed`; with `tags`, each side issues its ids with its tag.
    init(seed: UInt64, tags: (ours: CopyTag, theirs: CopyTag)? = nil) {
        self.seed = seed
        base = Self.bases[Int(seed % 7)]
        var rng = SplitMix64(seed: seed &* 0x9E37_79B9)
        // Three cases in four focus both sides on one kind of edit (people, participants, items, ...).
        let focus = seed % 4 == 0 ? nil : rng.below(9)
        var (ourCopy, theirCopy) = (base, base)
        ourCopy.copyTag = tags?.ours
        theirCopy.copyTag = tags?.theirs
        ours = RandomEdits.applying(rng.within(1...15), to: ourCopy, focus: focus, &rng)
        theirs = RandomEdits.applying(rng.within(1...15), to: theirCopy, focus: focus, &rng)
    }

    func merged() throws -> Book { try PlanMerge.merge(base: base, ours: ours, theirs: theirs) }
}

@Suite("Three-way merge: properties over random edits of both copies (issue 15)")
struct MergePropertyTests {
    @Test("the cases are not vacuous: both sides change things, some clash on a field, some renumber additions")
    func casesCoverTheMerge() throws {
        let cases = MergeCase.all
        // An accepted edit may change nothing (a reply set to what it was), or a later one undo it: rarely all of them.
        let changedBoth = cases.filter { $0.ours != $0.base && $0.theirs != $0.base }.count
        #expect(changedBoth >= cases.count * 9 / 10, "only \(changedBoth) of \(cases.count) cases change both sides")
        let withConflicts = try cases.filter { try !$0.merged().conflicts.isEmpty }.count
        #expect(withConflicts >= 20, "only \(withConflicts) of \(cases.count) cases have a conflict")
        let renumbering = cases.filter {
            MergeOracle.renumbered($0.theirs, against: $0.ours, base: $0.base) != $0.theirs
        }
        #expect(renumbering.count >= 10, "only \(renumbering.count) cases renumber their additions")
        #expect(cases.allSatisfy { $0.base.consistencyProblems().isEmpty })
    }

    @Test("a side with nothing new gives the other side; both sides the same gives that side")
    func identities() throws {
        for c in MergeCase.all {
            #expect(try PlanMerge.merge(base: c.base, ours: c.ours, theirs: c.base) == c.ours, "seed \(c.seed)")
            #expect(try PlanMerge.merge(base: c.base, ours: c.base, theirs: c.theirs) == c.theirs, "seed \(c.seed)")
            #expect(try PlanMerge.merge(base: c.base, ours: c.ours, theirs: c.ours) == c.ours, "seed \(c.seed)")
        }
    }

    @Test("the merged plan always holds together, so it can be saved and loaded")
    func consistent() throws {
        for c in MergeCase.all {
            let problems = try c.merged().consistencyProblems()
            #expect(problems.isEmpty, "seed \(c.seed): \(problems.prefix(3).map(\.description))")
        }
    }

    @Test("every change only one side made is in the result; a conflict keeps ours; records come and go as they should")
    func holdsEveryEdit() throws {
        for c in MergeCase.all {
            let check = try MergeCheck(c)
            #expect(check.recordProblems.isEmpty, "seed \(c.seed): \(check.recordProblems.prefix(4))")
        }
    }

    @Test("conflicts exactly where both sides changed one field differently, or one deleted what the other changed")
    func conflictsExactly() throws {
        for c in MergeCase.all {
            let check = try MergeCheck(c)
            #expect(check.conflictProblems.isEmpty, "seed \(c.seed): \(check.conflictProblems.prefix(4))")
        }
    }

    @Test("an item's revision (its calendar SEQUENCE) is at least each side's, and above a side whose item differs")
    func revisionsGrow() throws {
        for c in MergeCase.all {
            let result = try c.merged()
            let theirs = MergeOracle.renumbered(c.theirs, against: c.ours, base: c.base)
            for event in result.events {
                for item in event.items {
                    for side in [c.ours, theirs] {
                        guard let was = side.event(event.id)?.item(item.id) else { continue }
                        let same = MergeFields.item.allSatisfy { $0.same(item, was) }
                        #expect(
                            item.revision >= was.revision + (same ? 0 : 1),
                            "seed \(c.seed): \(event.id) \(item.id) revision \(item.revision), a side's \(was.revision)"
                        )
                    }
                }
            }
        }
    }

    @Test("copies with tags of their own issue ids that never collide: nothing is renumbered, every edit is kept")
    func taggedCopiesNeverCollide() throws {
        var added = 0
        for c in MergeCase.tagged {
            #expect(MergeOracle.renumbered(c.theirs, against: c.ours, base: c.base) == c.theirs, "seed \(c.seed)")
            let check = try MergeCheck(c)
            #expect(check.recordProblems.isEmpty, "seed \(c.seed): \(check.recordProblems.prefix(4))")
            #expect(check.conflictProblems.isEmpty, "seed \(c.seed): \(check.conflictProblems.prefix(4))")
            let baseIDs = Set(MergeOracle.flat(c.base).keys.map(\.id))
            let result = MergeOracle.flat(try c.merged())
            for (side, tag) in [(c.ours, MergeCase.tags.ours), (c.theirs, MergeCase.tags.theirs)] {
                for path in MergeOracle.flat(side).keys where !baseIDs.contains(path.id) {
                    added += 1
                    #expect(path.id.hasSuffix("_" + tag.text), "seed \(c.seed): \(path.id) issued without \(tag)")
                    #expect(result[path] != nil, "seed \(c.seed): \(path.id) lost")
                }
            }
        }
        #expect(added >= 100, "only \(added) records added in the tagged cases")
    }

    @Test("merging twice gives the same plan")
    func deterministic() throws {
        for c in MergeCase.all { #expect(try c.merged() == c.merged(), "seed \(c.seed)") }
    }

    @Test(
        "resolving every conflict to one side applies, or is refused and the other side applies; none is left and the plan holds together",
        arguments: MergeSide.allCases)
    func resolvesEveryConflict(side: MergeSide) throws {
        let other: MergeSide = side == .ours ? .theirs : .ours
        var refused = 0
        for c in MergeCase.all {
            var book = try c.merged()
            for conflict in book.conflicts {
                do {
                    book = try book.applying(book.resolution(of: conflict, taking: side), at: RandomEdits.now)
                } catch is PlanError {
                    // Refused (their record is gone, their value does not fit any more, a deleted record is still
                    // used): the other side's version closes it.
                    refused += 1
                    do {
                        book = try book.applying(book.resolution(of: conflict, taking: other), at: RandomEdits.now)
                    } catch {
                        Issue.record(
                            "seed \(c.seed): neither side resolves \(book.mergeConflictText(conflict).text(.en)): \(error)"
                        )
                    }
                }
            }
            #expect(book.conflicts.isEmpty, "seed \(c.seed)")
            let problems = book.consistencyProblems()
            #expect(problems.isEmpty, "seed \(c.seed): \(problems.prefix(3).map(\.description))")
        }
        let total = try MergeCase.all.reduce(0) { try $0 + $1.merged().conflicts.count }
        #expect(refused * 4 < total, "\(refused) of \(total) resolutions to \(side) refused")
    }
}

/// The result of merging one case compared with `MergeOracle`, with the merge's repairs accounted for:
///
/// - a record the oracle says is gone may be in the result only when the result refers to it (a person theirs
///   assigned, ours deleted) or it is a room of such a venue; it is one side's version, and a deleted-versus-changed
///   conflict says so (`MergeReferences`);
/// - an item whose room is not a room of its event's venue in the result has no room, with a conflict on its room.
struct MergeCheck {
    var recordProblems: [String] = []
    var conflictProblems: [String] = []

    init(_ c: MergeCase) throws {
        let result = try c.merged()
        let theirs = MergeOracle.renumbered(c.theirs, against: c.ours, base: c.base)
        let oracle = MergeOracle(base: c.base, ours: c.ours, theirs: theirs)
        let (b, o, t, r) = (
            MergeOracle.flat(c.base), MergeOracle.flat(c.ours), MergeOracle.flat(theirs), MergeOracle.flat(result)
        )
        let got = Set(result.conflicts.map { ConflictKey(record: $0.record, field: $0.field) })
        let referenced = Self.referenced(result)
        let restored = Set(oracle.absent.filter { r[$0] != nil })
        func sameFields(_ x: MergeRecordValue?, _ y: MergeRecordValue) -> Bool {
            x.map { x in MergeFields.names(y.kind).allSatisfy { MergeOracle.same($0, x, y) } } ?? false
        }
        for path in restored {
            let parentRestored = MergeOracle.parent(of: path).map(restored.contains) ?? false
            // A person the merge brought back (a conflict on them) comes back whole, with their rows
            // (`MergeKeptRecords`); the person's conflict covers them.
            let personKept =
                path.kind == .participant
                && got.contains(ConflictKey(record: MergeRecordPath(.person, id: path.id), field: nil))
            guard let record = r[path], referenced.contains(path) || parentRestored || personKept else {
                recordProblems.append("\(ConflictKey(record: path, field: nil)) should be gone")
                continue
            }
            if !sameFields(o[path], record) && !sameFields(t[path], record) {
                recordProblems.append("\(ConflictKey(record: path, field: nil)) brought back as neither side's")
            }
            if !parentRestored && !personKept && !got.contains(ConflictKey(record: path, field: nil)) {
                conflictProblems.append("\(ConflictKey(record: path, field: nil)) brought back without a conflict")
            }
        }
        var roomsCleared = Set<ConflictKey>()
        for (path, expected) in oracle.records {
            guard let actual = r[path] else {
                recordProblems.append("\(ConflictKey(record: path, field: nil)) is missing")
                continue
            }
            if case .item(let item) = expected, let room = item.room, case .item(let now) = actual, now.room == nil,
                Self.venueRooms(result, event: path.parent)?.contains(room) != true
            {
                roomsCleared.insert(ConflictKey(record: path, field: "room"))
            }
            for field in MergeFields.names(path.kind) where !MergeOracle.same(field, actual, expected) {
                let key = ConflictKey(record: path, field: field)
                if roomsCleared.contains(key) { continue }
                let show = { (v: MergeRecordValue?) in v.map { MergeOracle.show(field, $0) } ?? "-" }
                recordProblems.append(
                    "\(key): result “\(show(actual))”, expected “\(show(expected))” (base “\(show(b[path]))”, ours "
                        + "“\(show(o[path]))”, theirs “\(show(t[path]))”)")
            }
        }
        for path in r.keys where oracle.records[path] == nil && !oracle.absent.contains(path) {
            recordProblems.append("\(ConflictKey(record: path, field: nil)) is in the result from nowhere")
        }
        for key in oracle.conflicts.union(roomsCleared).subtracting(got) {
            conflictProblems.append("\(key): no conflict")
        }
        let repairs = Set(restored.map { ConflictKey(record: $0, field: nil) }).union(roomsCleared)
        for key in got.subtracting(oracle.conflicts).subtracting(repairs) {
            conflictProblems.append("\(key): a conflict where there is none")
        }
        if Set(result.conflicts).count != result.conflicts.count { conflictProblems.append("a conflict listed twice") }
    }

    /// The paths of the records that records of `book` refer to.
    static func referenced(_ book: Book) -> Set<MergeRecordPath> {
        var paths = Set<MergeRecordPath>()
        for p in book.people { paths.insert(MergeRecordPath(.organisation, id: p.org)) }
        for e in book.events {
            for o in e.orgs { paths.insert(MergeRecordPath(.organisation, id: o.org)) }
            if let v = e.venue { paths.insert(MergeRecordPath(.venue, id: v)) }
            for p in e.participants {
                paths.insert(MergeRecordPath(.person, id: p.person))
                if let approver = p.leave?.approvedBy { paths.insert(MergeRecordPath(.person, id: approver)) }
            }
            for i in e.items {
                for role in i.roles { paths.insert(MergeRecordPath(.person, id: role.person)) }
                if let room = i.room, let v = e.venue { paths.insert(MergeRecordPath(.room, parent: v, id: room)) }
            }
        }
        return paths
    }

    /// The room ids of the venue of event `event` in `book`; nil when it has no venue.
    static func venueRooms(_ book: Book, event: String?) -> Set<String>? {
        guard let v = book.events.first(where: { $0.id == event })?.venue.flatMap(book.venue) else { return nil }
        return Set(v.rooms.map(\.id))
    }
}

extension MergeRecordValue {
    /// The kind of record this is.
    var kind: MergeRecordPath.Kind {
        switch self {
        case .organisation: return .organisation
        case .person: return .person
        case .venue: return .venue
        case .room: return .room
        case .event: return .event
        case .eventOrganisation: return .eventOrganisation
        case .participant: return .participant
        case .item: return .item
        }
    }
}
