import Phrasebook

extension PlanFileError {
    /// What a refused file's message asks the reader to fix.
    enum Fix {
        /// A file that is not JSON: fix it by hand.
        case byHand
        /// One entry at the place the message names.
        case thatEntry
        /// The entries the message lists.
        case theseEntries

        var phrase: Phrase {
            switch self {
            case .byHand: tr("fix it by hand")
            case .thatEntry: tr("fix that entry")
            case .theseEntries: tr("fix these entries")
            }
        }
    }

    /// The sentence that ends a refused file's message: the file is as it was, fix it, or restore `backup` when
    /// there is one. The one home of this advice, so no message offers a backup that is not there.
    static func leftUntouched(_ fix: Fix, backup: String?) -> Phrase {
        guard let backup else { return tr("The file was left untouched; \(fix.phrase).") }
        return tr("The file was left untouched; \(fix.phrase) or restore \(backup).")
    }

    /// This error offering `backup` to restore, when it is one of a file refused for what it holds; any other as it is.
    func offering(backup: String?) -> PlanFileError {
        switch self {
        case let .notJSON(path, detail, _):
            return .notJSON(path: path, detail: detail, backup: backup)
        case let .invalid(path, location, detail, _):
            return .invalid(path: path, location: location, detail: detail, backup: backup)
        case let .unknownValue(path, location, value, accepted, _):
            return .unknownValue(path: path, location: location, value: value, accepted: accepted, backup: backup)
        case let .unknownRoom(path, location, item, itemID, room, venue, rooms, _):
            return .unknownRoom(
                path: path, location: location, item: item, itemID: itemID, room: room, venue: venue, rooms: rooms,
                backup: backup)
        case let .inconsistent(path, problems, _):
            return .inconsistent(path: path, problems: problems, backup: backup)
        case .missing, .unreadable, .newerVersion, .locked, .writeFailed, .tooLarge, .notAFile, .changedWhileReading,
            .danglingLink:
            return self
        }
    }
}
