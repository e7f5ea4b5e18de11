import Phrasebook
import PlannerCore

/// What the print dialog can write: each printout of an event.
public enum PrintKind: String, CaseIterable, Sendable {
    case agenda, participants, signIn, attendance, record, brief, checks

    /// The formats this printout comes in, the default first.
    public var formats: [PrintFormat] {
        switch self {
        case .agenda: return [.html, .text, .markdown, .ics]
        case .participants: return [.html, .text, .markdown, .csv, .xlsx]
        case .signIn: return [.html, .text, .xlsx]
        case .attendance: return [.html, .text, .markdown, .csv, .xlsx]
        case .record, .brief: return [.html, .text, .markdown]
        case .checks: return [.text]
        }
    }

    /// Lists of people are personal data: their files are written 0600. The agenda and the brief are meant to be
    /// handed out and published.
    public var holdsPersonalData: Bool { self != .agenda && self != .brief }

    public var label: Phrase {
        switch self {
        case .agenda: return tr("the agenda")
        case .participants: return tr("the participant list")
        case .signIn: return tr("the sign-in sheet")
        case .attendance: return tr("the attendance")
        case .record: return tr("the meeting record")
        case .brief: return tr("the activity brief")
        case .checks: return tr("the check report")
        }
    }

    /// Added to the default file name after the date and title, so printouts of one event do not collide.
    var fileSuffix: String {
        switch self {
        case .agenda: return ""
        case .participants: return "-participants"
        case .signIn: return "-sign-in"
        case .attendance: return "-attendance"
        case .record: return "-record"
        case .brief: return "-brief"
        case .checks: return "-checks"
        }
    }
}

/// The file formats of printouts; `xlsx` is the one sheet `--format xlsx` writes.
public enum PrintFormat: String, CaseIterable, Sendable {
    case html, text, markdown, ics, csv, xlsx

    public var fileExtension: String {
        switch self {
        case .html: return "html"
        case .text: return "txt"
        case .markdown: return "md"
        case .ics: return "ics"
        case .csv: return "csv"
        case .xlsx: return "xlsx"
        }
    }

    public var label: Phrase {
        switch self {
        case .html: return tr("HTML, a printable page")
        case .text: return tr("plain text")
        case .markdown: return tr("Markdown")
        case .ics: return tr("iCalendar (.ics)")
        case .csv: return tr("CSV (a spreadsheet)")
        case .xlsx: return tr("Excel workbook (.xlsx)")
        }
    }
}

/// One printout to write: which, of which event, how, and where (as typed: `~` and a relative path are the
/// runner's to resolve, as for save-as).
public struct PrintRequest: Equatable, Sendable {
    public var kind: PrintKind
    public var format: PrintFormat
    public var language: Language
    public var eventID: String
    public var path: String
    /// The sign-in sheet's empty rows for walk-ins; nil for the printout's default.
    public var blankRows: Int?

    public init(
        kind: PrintKind, format: PrintFormat, language: Language, eventID: String, path: String, blankRows: Int? = nil
    ) {
        self.kind = kind
        self.format = format
        self.language = language
        self.eventID = eventID
        self.path = path
        self.blankRows = blankRows
    }

    /// Beside the plan file, named after the event's date and title: `<folder>/2023-06-16-Title.html`.
    public static func defaultPath(for event: Event, kind: PrintKind, format: PrintFormat, plan: String) -> String {
        let name = "\(event.date)-\(fileSafe(event.title))\(kind.fileSuffix).\(format.fileExtension)"
        guard let slash = plan.lastIndex(of: "/") else { return name }
        return plan[...slash] + name
    }

    /// A title as a file name: letters (Chinese too) and digits kept, runs of anything else one `-`, at most 60
    /// characters, `event` when nothing is left.
    public static func fileSafe(_ title: String) -> String {
        var out = ""
        var dash = false
        for c in title {
            if c.isLetter || c.isNumber || c == "_" {
                if dash, !out.isEmpty { out.append("-") }
                out.append(c)
                dash = false
            } else {
                dash = true
            }
            if out.count >= 60 { break }
        }
        return out.isEmpty ? "event" : out
    }
}

/// How writing a printout ended, as the program around the planner reports it back.
public enum PrintOutcome: Equatable, Sendable {
    /// Written to this path (resolved).
    case written(PrintKind, path: String)
    /// Not written: the file exists and the request did not say to replace it; the request, its path resolved.
    case exists(PrintRequest)
    /// Not written, for this reason.
    case failed(Phrase)
}
