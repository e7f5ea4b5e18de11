/// Why a plan file could not be read or written. Every message names the file; the file is never overwritten on a read error.
public enum PlanFileError: Error, Equatable, Sendable, CustomStringConvertible {
    case missing(path: String)
    case unreadable(path: String, reason: String)
    case notJSON(path: String, detail: String)
    case newerVersion(path: String, found: Int, supported: Int)
    case invalid(path: String, location: String, detail: String)
    case inconsistent(path: String, problems: [String])
    case locked(path: String, seconds: Double)
    case writeFailed(path: String, reason: String)
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// A folder, FIFO, device or socket where the plan should be: refused before it is opened for reading.
    case notAFile(path: String, kind: String)
    /// The file's size or time changed between the start and the end of reading it (someone wrote it in place).
    case changedWhileReading(path: String)
    /// The plan path is a symbolic link whose target does not exist.
    case danglingLink(path: String, target: String)

    public var description: String {
        switch self {
        case .missing(let path):
            return
                "\(path): no such plan file. Create it with: convene init --file \(PlanFileError.quotedForShell(path))   (--empty for an empty plan), or give the path of an existing plan."
        case let .unreadable(path, reason):
            return "\(path): cannot be read (\(reason)). Check the path and its permissions."
        case let .notJSON(path, detail):
            return
                "\(path): is not a Convene plan (not valid JSON: \(detail)). The file was left untouched; fix it by hand or restore \(path).bak."
        case let .newerVersion(path, found, supported):
            return
                "\(path): was written by a newer Convene (format version \(found); this one reads up to \(supported)). Upgrade Convene; the file was left untouched."
        case let .invalid(path, location, detail):
            return
                "\(path): at \(location): \(detail). The file was left untouched; fix that entry or restore \(path).bak."
        case let .inconsistent(path, problems):
            let shown = problems.prefix(10).map { "  " + $0 }.joined(separator: "\n")
            let more = problems.count > 10 ? "\n  … and \(problems.count - 10) more" : ""
            return
                "\(path): the plan does not hold together (\(problems.count) problem\(problems.count == 1 ? "" : "s")):\n\(shown)\(more)\nThe file was left untouched; fix these entries or restore \(path).bak."
        case let .locked(path, seconds):
            return
                "\(path): another convene is changing this plan (waited \(String(format: "%.0f", seconds)) s). Try again when it has finished."
        case let .writeFailed(path, reason):
            return "\(path): could not be saved (\(reason)). The previous version is intact."
        case let .tooLarge(path, bytes, limit):
            return
                "\(path): is \(bytes / 1_048_576) MB; a plan file may be at most \(limit / 1_048_576) MB. The file was left untouched; is it really a Convene plan?"
        case let .notAFile(path, kind):
            return
                "\(path): cannot be read (it is \(kind), not a file). Give --file the path of a plan file; to start a new plan, run 'convene init --file <new path>'."
        case .changedWhileReading(let path):
            return
                "\(path): changed while it was being read; try again (another program was writing it in place). Nothing was changed."
        case let .danglingLink(path, target):
            return
                "\(path): is a symbolic link to \(target), which does not exist. Point the link at the plan file, or remove the link."
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
