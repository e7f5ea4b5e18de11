import PlannerCore
import Testing

@Suite("Merge field tables: every stored property of every record kind is a field or named as not one")
struct MergeFieldsTests {
    func labels(_ record: Any) -> Set<String> { Set(Mirror(reflecting: record).children.compactMap(\.label)) }

    func covered(_ kind: MergeRecordPath.Kind) -> Set<String> {
        Set(MergeFields.names(kind)).union(MergeFields.notFields[kind] ?? [])
    }

    @Test("a property added to a record type fails here until the merge knows it")
    func everyProperty() {
        let book = Fixture.book()
        let event = book.events[0]
        #expect(labels(book.organisations[0]) == covered(.organisation))
        #expect(labels(book.people[0]) == covered(.person))
        #expect(labels(book.venues[0]) == covered(.venue))
        #expect(labels(book.venues[0].rooms[0]) == covered(.room))
        #expect(labels(event) == covered(.event))
        #expect(labels(event.orgs[0]) == covered(.eventOrganisation))
        #expect(labels(event.participants[0]) == covered(.participant))
        #expect(labels(event.items[0]) == covered(.item))
    }
}
