import PlannerCore

/// The event a JSON printout is about, named by id, title and date.
struct JSONEventRef: Encodable {
    let id: String, title: String, date: String

    init(_ event: Event) {
        self.id = event.id
        self.title = event.title
        self.date = event.date.description
    }
}
