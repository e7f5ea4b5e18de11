import Testing

@testable import PlannerCore

/// Issue 11: a batch of n edits costs one pass over the book and O(1) per edit, and does what the edits one by
/// one do; ids for many new records come from one scan, in `newID`'s sequence.
@Suite("Batches at scale")
struct BatchScaleTests {
    private func roster(_ n: Int) throws -> Book {
        let date = try #require(CivilDate("2026-06-01"))
        let start = try #require(ClockTime("09:00"))
        let end = try #require(ClockTime("17:00"))
        return Book(
            organisations: [Organisation(id: "o1", name: "一"), Organisation(id: "o2", name: "二")],
            people: (1...n).map { Person(id: "p\($0)", name: "人\($0)", org: "o1", politics: .member) },
            events: [
                Event(
                    id: "e1", title: "活动", date: date, start: start, end: end, participants: [Participant(person: "p1")]
                )
            ])
    }

    @Test("the allocator hands out the ids newID gives after each addition, from one scan")
    func allocatorMatchesNewID() throws {
        var book = try roster(3)
        book.people += ["p10", "p+12", "p007", "x99", "p-4", "pp5"].map {
            Person(id: $0, name: $0, org: "o1", politics: .unrecorded)
        }
        var allocator = book.idAllocator(.person)
        for _ in 0..<5 {
            let plain = book.newID(.person)
            #expect(allocator.next() == plain)
            book.people.append(Person(id: plain, name: plain, org: "o2", politics: .unrecorded))
        }
        #expect(book.newID(.person) == "p16", "p+12 is no id of the sequence: only digits (and a copy tag) count")
        #expect(Book().newID(.person) == "p1" && Book().newID(.item) == "i1")
    }

    @Test("20,000 adds and participations in one batch build each table once, and match the edits one by one")
    func batchIsOnePass() throws {
        let book = try roster(20_000)
        var allocator = book.idAllocator(.person)
        var edits: [Edit] = []
        for n in 0..<20_000 {
            edits.append(
                .addPerson(
                    Person(id: allocator.next(), name: "新\(n)", org: n % 2 == 0 ? "o1" : "o2", politics: .unrecorded)))
        }
        for n in 2...40_000 { edits.append(.addParticipant(event: "e1", person: "p\(n)", rsvp: .invited)) }
        let (batched, tables) = try book.applyingCountingTables(.batch(edits, label: .verbatim("import")))
        // People, organisations, events, and e1's participants: once each, not once per edit.
        #expect(tables == 4)
        #expect(batched.people.count == 40_000)
        #expect(batched.events[0].participants.count == 40_000)

        // The same as the plain path, on a slice small enough for it.
        let few =
            Array(edits.prefix(300))
            + [Int](2...100).map { Edit.addParticipant(event: "e1", person: "p\($0)", rsvp: .invited) }
            + [Int](20_001...20_300).map { Edit.addParticipant(event: "e1", person: "p\($0)", rsvp: .confirmed) }
        var plain = book
        for edit in few { plain = try plain.applying(edit) }
        #expect(try book.applying(.batch(few, label: .verbatim("few"))) == plain)
    }

    @Test("edits applied one by one through an InPlaceBatch give the book a .batch of them gives, and its refusals")
    func inPlaceBatchIsTheBatch() throws {
        let book = try roster(2_000)
        var allocator = book.idAllocator(.person)
        var edits: [Edit] = (0..<2_000).map {
            .addPerson(Person(id: allocator.next(), name: "新\($0)", org: $0 % 2 == 0 ? "o1" : "o2"))
        }
        edits += (2...4_000).map { .addParticipant(event: "e1", person: "p\($0)", rsvp: .invited) }
        var streamed = book
        var batch = InPlaceBatch()
        for edit in edits { try batch.apply(edit, to: &streamed) }
        #expect(batch.count == edits.count)
        #expect(streamed == (try book.applying(.batch(edits, label: .verbatim("import")))))

        var refused = book
        var again = InPlaceBatch()
        try again.apply(.addPerson(Person(id: "p2001", name: "甲", org: "o1", politics: .member)), to: &refused)
        let refusal = #expect(throws: PlanError.self) {
            try again.apply(.addPerson(Person(id: "p2001", name: "乙", org: "o1", politics: .member)), to: &refused)
        }
        #expect(refusal?.description == "there is already a person with id p2001")
    }

    @Test("a batch refuses what the edits one by one refuse, with the same message")
    func batchRefusals() throws {
        let book = try roster(10)
        let twice = Edit.batch(
            [
                .addPerson(Person(id: "p11", name: "甲", org: "o1", politics: .member)),
                .addPerson(Person(id: "p11", name: "乙", org: "o1", politics: .member)),
            ], label: .verbatim("x"))
        let refusal = #expect(throws: PlanError.self) { try book.applying(twice) }

        #expect(refusal?.description == "there is already a person with id p11")
        let again = Edit.batch(
            [
                .addParticipant(event: "e1", person: "p2", rsvp: .invited),
                .addParticipant(event: "e1", person: "p2", rsvp: .invited),
            ], label: .verbatim("x"))
        let again2 = #expect(throws: PlanError.self) { try book.applying(again) }

        #expect(again2?.description == "人2 already takes part in '活动'")
        let unknownOrg = Edit.batch(
            [
                .addOrganisation(Organisation(id: "o3", name: "三")),
                .addPerson(Person(id: "p11", name: "甲", org: "o3", politics: .member)),
                .addPerson(Person(id: "p12", name: "乙", org: "o4", politics: .member)),
            ], label: .verbatim("x"))
        #expect(throws: PlanError.notFound(kind: .organisation, reference: "o4", suggestions: [])) {
            try book.applying(unknownOrg)
        }
        // A removal in a batch drops the tables: the next edit sees the person gone.
        let removed = Edit.batch(
            [.removePerson(id: "p3"), .addParticipant(event: "e1", person: "p3", rsvp: .invited)], label: .verbatim("x")
        )
        #expect(throws: PlanError.notFound(kind: .person, reference: "p3", suggestions: [])) {
            try book.applying(removed)
        }
    }
}
