/// The bytes of Convene's own layout that the fast reader's shortcuts look for, each defined once: `PlanWriter`
/// writes these constants and the shortcuts match them, so a change to the layout changes both. Tests see through
/// `PlanFastReader.Stats` that every shortcut is taken on what the writer writes.
///
/// A field is written as its quoted name, ` : ` and the value; the writer puts each field on a line of its own,
/// two spaces in per level.
enum PlanLayout {
    /// The roster's field as written at the top level of the document: on its own line, two spaces in. The second
    /// core finds the roster by it (`PlanRosterAhead`).
    static let rosterField: StaticString = "\n  \"people\" : "

    /// A person's fields, in the order they are written (by name); the optional ones are left out when absent.
    enum Person {
        static let email: StaticString = "\"email\" : "
        static let id: StaticString = "\"id\" : "
        static let latin: StaticString = "\"latin\" : "
        static let name: StaticString = "\"name\" : "
        static let org: StaticString = "\"org\" : "
        static let phone: StaticString = "\"phone\" : "
        static let politics: StaticString = "\"politics\" : "
        static let stage: StaticString = "\"stage\" : "
        static let title: StaticString = "\"title\" : "
    }

    /// A participant's fields, in the order they are written; all but `person` and `rsvp` are left out when absent
    /// or the default. The fields inside `leave` (an object) are read the general way.
    enum Participant {
        static let at: StaticString = "\"at\" : "
        static let attendance: StaticString = "\"attendance\" : "
        static let capacity: StaticString = "\"capacity\" : "
        static let leave: StaticString = "\"leave\" : "
        static let person: StaticString = "\"person\" : "
        static let rsvp: StaticString = "\"rsvp\" : "
    }
}
