import Phrasebook

/// Why a plan file could not be read or written. Every message names the file; the file is never overwritten on a read error.
///
/// A file refused for what it holds (`notJSON`, `invalid`, `unknownValue`, `unknownRoom`, `inconsistent`) carries
/// `backup`: the newest backup beside it when the store read it (`PlanStore.newestBackup`), which the message offers
/// to restore; nil when there is none (or the bytes came from no file of the store's), and then it only says to fix it.
public enum PlanFileError: PhrasedError, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: Phrase)
    case notJSON(path: String, detail: Phrase, backup: String? = nil)
    case newerVersion(path: String, found: Int, supported: Int)
    case invalid(path: String, location: Phrase, detail: Phrase, backup: String? = nil)
    /// A field holds a value it does not take (a hand-edited `"politics": "maybe"`): the place, the value, and the
    /// values it takes.
    case unknownValue(path: String, location: Phrase, value: String, accepted: [String], backup: String? = nil)
    /// An item names a room its event's venue does not have (a hand-edited file): the place, the item (title and
    /// id), the room, and the venue's rooms (`venue` nil when the event has none).
    case unknownRoom(
        path: String, location: Phrase, item: String, itemID: String, room: String, venue: String?, rooms: [String],
        backup: String? = nil)
    case inconsistent(path: String, problems: [Phrase], backup: String? = nil)
    case locked(path: String, seconds: Double)
    case writeFailed(path: String, reason: Phrase)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A folder, FIFO, device or socket where the plan should be: refused before it is opened for reading.
    case notAFile(path: String, kind: Phrase)
    /// The file's size or time changed between the start and the end of reading it (someone wrote it in place).
    case changedWhileReading(path: String)
    /// The plan path is a symbolic link whose target does not exist.
    case danglingLink(path: String, target: String)

    public var description: String { text(.en) }

    /// The message in `language`, its reasons and details too (a code the system names in no phrase shows its own text).
    public func text(_ language: Language) -> String { phrase.text(language) }

    /// The message as a phrase.
    public var phrase: Phrase {
        switch self {
        case .missing(let path):
            let quoted = PlanFileError.quotedForShell(path)
            return tr(
                "\(path): no such plan file. Create it with: convene init --file \(quoted)   (--empty for an empty plan), or give the path of an existing plan."
            )
        case let .unreadable(path, reason):
            return tr("\(path): cannot be read (\(reason)). Check the path and its permissions.")
        case let .notJSON(path, detail, backup):
            let advice = Self.leftUntouched(.byHand, backup: backup)
            return tr("\(path): is not a Convene plan (not valid JSON: \(detail)). \(advice)")
        case let .newerVersion(path, found, supported):
            return tr(
                "\(path): was written by a newer Convene (format version \(found); this one reads up to \(supported)). Upgrade Convene; the file was left untouched."
            )
        case let .invalid(path, location, detail, backup):
            return tr("\(path): at \(location): \(detail). \(Self.leftUntouched(.thatEntry, backup: backup))")
        case let .unknownValue(path, location, value, accepted, backup):
            let list = Phrase.series(accepted)
            let advice = Self.leftUntouched(.thatEntry, backup: backup)
            return tr(
                "\(path): at \(location): '\(value)' is not a value this field takes; use one of: \(list). \(advice)")
        case let .unknownRoom(path, location, title, id, room, venue?, rooms, backup) where !rooms.isEmpty:
            let item = tr("'\(title)' (\(id))")
            let advice = Self.leftUntouched(.thatEntry, backup: backup)
            return tr(
                "\(path): at \(location): the item \(item) is in the room '\(room)', which \(venue) does not have (its rooms: \(Phrase.series(rooms))). Give the item one of these rooms or none, or add the room to the venue. \(advice)"
            )
        case let .unknownRoom(path, location, title, id, room, venue?, _, backup):
            let item = tr("'\(title)' (\(id))")
            let advice = Self.leftUntouched(.thatEntry, backup: backup)
            return tr(
                "\(path): at \(location): the item \(item) is in the room '\(room)', but \(venue) has no rooms. Add the room to the venue, or remove the item's room. \(advice)"
            )
        case let .unknownRoom(path, location, title, id, room, nil, _, backup):
            let item = tr("'\(title)' (\(id))")
            let advice = Self.leftUntouched(.thatEntry, backup: backup)
            return tr(
                "\(path): at \(location): the item \(item) is in the room '\(room)', but its event has no venue. Give the event the venue that has this room, or remove the item's room. \(advice)"
            )
        case let .inconsistent(path, problems, backup):
            // One line per problem, each in the reader's language.
            let lines = Array(problems.prefix(10))
            let shown = Phrase(
                key: lines.map { _ in "  {}" }.joined(separator: "\n"), arguments: lines.map { .phrase($0) })
            let more = problems.count > 10 ? tr("\n  … and \(problems.count - 10) more") : Phrase.verbatim("")
            let advice = Self.leftUntouched(.theseEntries, backup: backup)
            return tr(
                "\(path): the plan does not hold together (\(count: problems.count) problems):\n\(shown)\(more)\n\(advice)"
            )
        case let .locked(path, seconds):
            let waited = String(format: "%.0f", seconds)
            return tr(
                "\(path): another convene is changing this plan (waited \(waited) s). Try again when it has finished.")
        case let .writeFailed(path, reason):
            return tr("\(path): could not be saved (\(reason)). The previous version is intact.")
        case let .tooLarge(path, bytes, limit):
            let size = bytes / 1_048_576
            let most = limit / 1_048_576
            return tr(
                "\(path): is \(size) MB; a plan file may be at most \(most) MB. The file was left untouched; is it really a Convene plan?"
            )
        case let .notAFile(path, kind):
            return tr(
                "\(path): cannot be read (it is \(kind), not a file). Give --file the path of a plan file; to start a new plan, run 'convene init --file <new path>'."
            )
        case .changedWhileReading(let path):
            return tr(
                "\(path): changed while it was being read; try again (another program was writing it in place). Nothing was changed."
            )
        case let .danglingLink(path, target):
            return tr(
                "\(path): is a symbolic link to \(target), which does not exist. Point the link at the plan file, or remove the link."
            )
        }
    }

    /// The path as a shell reads it back: bare when it is only safe characters, else in single quotes.
    static func quotedForShell(_ path: String) -> String {
        let safe = path.unicodeScalars.allSatisfy {
            ($0.properties.isAlphabetic || $0.properties.numericType != nil || "/._-+,:@%".unicodeScalars.contains($0))
        }
        return safe && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
