/// The plan file's records as `JSONDecoder` and `JSONEncoder` read and write them: the on-disk field names (the
/// coding keys), which fields may be left out and what a left-out field means. Each record mirrors the core type of
/// the same name and converts to and from it, so the core knows nothing of the file.
///
/// They carry the core's names on purpose: `JSONDecoder`'s messages, which a user with a broken file reads, name the
/// type ("Cannot initialize RSVP from invalid String value maybe") and must read as they always have.
enum PlanRecord {}
