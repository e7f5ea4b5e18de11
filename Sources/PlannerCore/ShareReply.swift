import Phrasebook

/// A shared copy come back (`Book.sharing`), split against the base it records into what it may bring in — changes to
/// the organisation's own record, roster and participant rows (`ShareScope`) — and what it may not: every other change
/// is undone in `accepted` and listed in `refusals`. `accepted` is then merged into the host's plan against `base`.
public struct ShareReply: Sendable {
    /// Why a file cannot be taken as a reply.
    public enum Problem: Error, Hashable, Sendable {
        /// The file records no share: it is not a copy made by `convene share`.
        case notShared

        public var message: Phrase {
            tr(
                "this plan is not a shared copy (it was not written by convene share); to merge two copies of one plan use convene merge BASE OURS THEIRS"
            )
        }
    }

    /// The plan as it was shared.
    public let base: Book
    /// The reply with every change outside the organisation undone and without its share record.
    public let accepted: Book
    /// The changes outside the organisation, in the order of the plan's lists.
    public let refusals: [ShareRefusal]

    public init(_ reply: Book) throws(Problem) {
        guard let share = reply.share else { throw .notShared }
        let scope = ShareScope(base: share.base, reply: reply, org: share.org)
        base = share.base
        accepted = scope.accepted
        refusals = scope.refusals
    }
}
