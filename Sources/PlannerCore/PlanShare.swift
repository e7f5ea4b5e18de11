import Foundation

/// What a shared copy (`Book.sharing`) records about its sharing: the event and the organisation it was made for,
/// when, and the plan exactly as it was shared, so that the copy sent back carries the base of its own three-way
/// merge (`ShareReply`).
public struct PlanShare: Hashable, Sendable {
    /// The id of the event shared.
    public var event: String
    /// The id of the organisation it was shared with: the only one whose changes the reply may bring in.
    public var org: String
    /// When it was shared (whole seconds, as the file keeps it); nil when not known.
    public var sharedAt: Date?
    /// The tag the copy puts in the ids it issues (`Book.copyTag`), drawn when it was shared; nil in a copy shared
    /// before copies had tags, whose new ids are short.
    public var copyTag: CopyTag?
    private var box: Box

    public init(event: String, org: String, sharedAt: Date?, copyTag: CopyTag?, base: Book) {
        self.event = event
        self.org = org
        self.sharedAt = sharedAt
        self.copyTag = copyTag
        box = Box(base)
    }

    /// The plan as shared, without a share of its own.
    public var base: Book {
        get { box.book }
        set { box = Box(newValue) }
    }

    /// Holds the base: a book cannot hold a book directly, a reference to one it can. Compared by the book.
    private final class Box: Hashable, Sendable {
        let book: Book

        init(_ book: Book) {
            var plain = book
            plain.share = nil
            self.book = plain
        }

        static func == (a: Box, b: Box) -> Bool { a === b || a.book == b.book }
        func hash(into hasher: inout Hasher) { hasher.combine(book) }
    }
}
