import PlannerCore

/// The venue of an event in a JSON list, named by id and name.
struct JSONVenueRef: Encodable {
    let id: String, name: String

    /// The event's venue, nil when it has none (or names one the plan lacks, which the checks report).
    init?(_ event: Event, in book: Book) {
        guard let venue = event.venue.flatMap(book.venue) else { return nil }
        self.id = venue.id
        self.name = venue.name
    }
}
