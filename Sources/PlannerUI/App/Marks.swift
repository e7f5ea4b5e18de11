/// The participants marked on the Participants screen (by person id), for the keys that act on several at once;
/// marks belong to one event and are gone when another is shown.
public struct Marks: Equatable, Sendable {
    /// The event the marks were made in.
    private var event: String?
    private var people: Set<String> = []

    public init() {}

    /// The people marked in `event`.
    public func people(in event: String?) -> Set<String> { event == self.event ? people : [] }

    /// Marks `person` in `event`, or unmarks them when marked; marks of another event are dropped.
    public mutating func toggle(_ person: String, in event: String) {
        if self.event != event { self = Marks(event: event) }
        if people.remove(person) == nil { people.insert(person) }
    }

    /// Marks all of `persons` in `event` (the marks of another event are dropped).
    public mutating func mark(_ persons: some Sequence<String>, in event: String) {
        if self.event != event { self = Marks(event: event) }
        people.formUnion(persons)
    }

    /// No marks.
    public mutating func clear() { self = Marks() }

    private init(event: String) { self.event = event }
}
