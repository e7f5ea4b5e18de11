/// The plan file's records as `JSONDecoder` and `JSONEncoder` read and write them: the on-disk field names (the
/// coding keys), which fields may be left out and what a left-out field means. Each record mirrors the core type of
/// the same name and converts to and from it, so the core knows nothing of the file.
///
/// A user with a broken file reads their messages: they name the place and the values a field takes ("'maybe' is not
/// one of the values this field takes: invited, confirmed, declined, attended"), never a type of the code.
enum PlanRecord {}
