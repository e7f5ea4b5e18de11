/// A value carried beside what a record holds without being part of it: two records that differ only in it are
/// equal and hash alike (`Book.copyTag`, which says where a book is kept, not what it holds).
struct Unheld<Value: Sendable>: Hashable, Sendable {
    var value: Value?

    static func == (_: Unheld, _: Unheld) -> Bool { true }
    func hash(into _: inout Hasher) {}
}
