/// Two versions of a list of records paired by key: what only the new one has (in its order), what both have
/// (old and new, in the new order) and what only the old one has (in its order). A key written twice counts once.
struct Matched<Record> {
    var added: [Record] = []
    var kept: [(before: Record, after: Record)] = []
    var removed: [Record] = []

    init<Key: Hashable>(_ old: [Record], _ new: [Record], key: (Record) -> Key) {
        var before: [Key: Record] = [:]
        for record in old where before[key(record)] == nil { before[key(record)] = record }
        var seen = Set<Key>()
        for record in new where seen.insert(key(record)).inserted {
            if let was = before[key(record)] { kept.append((was, record)) } else { added.append(record) }
        }
        for record in old where !seen.contains(key(record)) {
            seen.insert(key(record))
            removed.append(record)
        }
    }
}
