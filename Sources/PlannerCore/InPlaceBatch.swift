import Foundation

/// One batch of edits applied to a book in place as the caller makes them, instead of gathered into a `.batch`
/// first: an import of 100,000 rows then holds no list of 100,000 edits (issue 11's memory budget), while every
/// edit still costs O(1) from the lookup tables the batch keeps (`EditIndex`).
///
/// Like `Book.applyInPlace`, a throw may leave the book half-changed: for callers that discard the book when an edit
/// is refused. The edits must all go to one book.
public struct InPlaceBatch {
    private var index = EditIndex(batched: true)
    /// How many edits were applied.
    public private(set) var count = 0

    /// When the edits happen: the `modified` time of the agenda items they change.
    private let now: Date

    public init(at now: Date = Date()) { self.now = now }

    /// Applies `edit` to `book`, or throws a `PlanError` saying why it cannot be.
    public mutating func apply(_ edit: Edit, to book: inout Book) throws {
        try book.apply(edit, index: &index, at: now)
        count += 1
    }
}
