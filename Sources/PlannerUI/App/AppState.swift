import PlannerCore
import TerminalKit

/// The planner's screens, one key (1–6) each.
public enum Screen: Int, CaseIterable, Sendable {
    case overview = 1, agenda, participants, organisations, venue, checks

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .agenda: return "Agenda"
        case .participants: return "Participants"
        case .organisations: return "Organisations"
        case .venue: return "Venue"
        case .checks: return "Checks"
        }
    }

    /// For a narrow tab bar.
    public var shortTitle: String {
        switch self {
        case .overview: return "Event"
        case .participants: return "People"
        case .organisations: return "Orgs"
        default: return title
        }
    }
}

/// A line for the status bar.
public struct StatusMessage: Equatable, Sendable {
    public enum Kind: Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}

/// What the keyboard is talking to right now.
public indirect enum Mode: Sendable {
    case normal
    case help
    case filter(TextField)
    case form(Form)
    case picker(Picker)
    case confirm(Confirmation)
}

/// A yes/no question with what happens on yes.
public struct Confirmation: Sendable {
    public enum Purpose: Sendable {
        case apply(Edit)
        case quit
        /// Unsaved work from an earlier session: yes puts it back (unsaved), no throws it away.
        case restore(Book)
    }
    public var question: String
    public var purpose: Purpose

    public init(question: String, purpose: Purpose) {
        self.question = question
        self.purpose = purpose
    }
}

/// Everything the planner shows; `render` draws it, `update` changes it.
public struct AppState: Sendable {
    public var history: History
    public var eventID: String?
    public var screen: Screen = .overview
    public var size: Size
    public var mode: Mode = .normal
    public var message: StatusMessage?
    /// The plan file's path; its last component is shown in the title bar.
    public var filePath: String
    public var fileName: String { filePath.split(separator: "/").last.map(String.init) ?? filePath }
    /// Selected row per screen (organisations: the organisation list).
    public var selection: [Screen: Int] = [:]
    /// First visible row per screen, kept so the selection stays in view.
    public var scroll: [Screen: Int] = [:]
    /// On the organisations screen: 0 = organisations, 1 = their people.
    public var pane = 0
    public var personSelection = 0
    public var personScroll = 0
    /// Type-to-filter text per screen.
    public var filters: [Screen: String] = [:]
    /// Set when the planner should stop.
    public var isFinished = false
    /// While set, views that show the checks' results draw a placeholder instead of running the checks:
    /// the planner's first frame appears before the checks of a 10,000-person event (25 ms) are done.
    public var defersChecks = false
    /// What the views derive from the current book, kept across frames.
    let cache = DerivedCache()

    public init(book: Book, file: String, size: Size) {
        self.history = History(book: book)
        self.filePath = file
        self.size = size
        self.eventID = book.events.first?.id
    }

    public var book: Book { history.book }
    public var event: Event? { eventID.flatMap(book.event) }

    public func selected(_ screen: Screen) -> Int { selection[screen] ?? 0 }
}
