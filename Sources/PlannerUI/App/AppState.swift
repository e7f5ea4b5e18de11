import Phrasebook
import PlannerCore
import TerminalKit

/// The planner's screens, one key (1–6) each.
public enum Screen: Int, CaseIterable, Sendable {
    case overview = 1, agenda, participants, organisations, venue, checks

    public var title: Phrase {
        switch self {
        case .overview: return tr("Overview")
        case .agenda: return tr("Agenda")
        case .participants: return tr("Participants")
        case .organisations: return tr("Organisations")
        case .venue: return tr("Venue")
        case .checks: return tr("Checks")
        }
    }

    /// For a narrow tab bar.
    public var shortTitle: Phrase {
        switch self {
        case .overview: return tr("Event")
        case .participants: return tr("People")
        case .organisations: return tr("Orgs")
        default: return title
        }
    }

    /// The lists the screen shows, in pane order (`Tab` moves between them).
    public var lists: [ListID] {
        switch self {
        case .overview: return []
        case .agenda: return [.agenda]
        case .participants: return [.participants]
        case .organisations: return [.organisations, .roster]
        case .venue: return [.rooms]
        case .checks: return [.checks]
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
    /// The keys of the screen, scrolled to `offset` (its first row in view).
    case help(offset: Int)
    case filter(TextField)
    case form(Form)
    case picker(Picker)
    case confirm(Confirmation)
    /// The sign-in desk on Participants: what is typed narrows the list, Enter signs the highlighted person in.
    case signIn(TextField)
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
    /// Selection and scroll of each list.
    public var lists: [ListID: ListState] = [:]
    /// How far the Overview (a page, not a list) is scrolled: its first row in view.
    public var overviewOffset = 0
    /// Which of the screen's lists has the focus (the Organisations screen: 0 organisations, 1 their people).
    public var pane = 0
    /// Type-to-filter text per screen.
    public var filters: [Screen: String] = [:]
    /// The save flow: set when the user chose "save and quit", so a successful save ends the planner.
    public var quitAfterSave = false
    /// Set when the planner should stop.
    public var isFinished = false
    /// Set when it stops because the terminal went away (SIGHUP, SIGTERM): the journal is kept for the next start.
    public var terminalWentAway = false
    /// While set, views that show the checks' results draw a placeholder instead of running the checks:
    /// the planner's first frame appears before the checks of a 10,000-person event (25 ms) are done.
    public var defersChecks = false
    /// The book as the plan file held it when it was read or last saved: what "changed on disk" is compared with.
    public var savedBook: Book
    /// This session's history steps since the last save, to reapply on a newer version of the file.
    public var unsavedSteps: [HistoryStep] = []
    /// Effects asked for while handling the current action; `Update.apply` hands them out.
    var outbox: [Effect] = []
    /// What the views derive from the current book, kept across frames.
    let cache = DerivedCache()
    /// The roster's search keys, kept while the roster is the same (across book versions).
    let rosterSearch = RosterSearch()
    /// The Participants list's order, kept while the roster, the organisations and who takes part are the same.
    let participantOrder = ParticipantOrder()
    /// Today's date where the planner runs, the date a new event starts with. The launcher sets it from the clock;
    /// the fixed default keeps tests independent of the machine's clock and zone.
    public var today = AppState.fixedToday
    /// The language of every screen, form, help page and status line (`--lang`, config, locale; see `Language`).
    public var language: Language = .en
    /// The time of day now in a time zone, what a sign-in records. The launcher reads the system clock; the fixed
    /// default keeps tests independent of it.
    public var clock = WallClock.fixed(AppState.fixedTime)
    /// The participants marked on the Participants screen, for keys that act on several at once.
    public var marks = Marks()

    /// The time of day of a state nobody set the clock on (tests, the bench): 09:05.
    public static let fixedTime = ClockTime(clamping: 9 * 60 + 5)

    /// The `today` of a state nobody set it on (tests, the bench).
    public static let fixedToday: CivilDate = {
        guard let date = CivilDate(year: 2026, month: 1, day: 1) else { preconditionFailure("2026-01-01 exists") }
        return date
    }()

    public init(book: Book, file: String, size: Size) {
        self.history = History(book: book)
        self.savedBook = book
        self.filePath = file
        self.size = size
        self.eventID = book.events.first?.id
    }

    public var book: Book { history.book }

    /// `phrase` in the planner's language.
    public func text(_ phrase: Phrase) -> String { phrase.text(language) }

    /// Works out what the first filter keystroke needs and keeps it: the roster's search keys. The planner calls it
    /// in the background after its first frames; a keystroke before it is done waits for it.
    public func prepareSearch() { _ = rosterSearch.search(of: book.people) }
    public var event: Event? { eventID.flatMap(book.event) }

    /// The list of the current screen that has the focus.
    public var focusedList: ListID? {
        let lists = screen.lists
        return lists.indices.contains(pane) ? lists[pane] : lists.first
    }

    /// The state of one list.
    public func list(_ id: ListID) -> ListState { lists[id] ?? ListState() }

    /// The selected row of the current screen's focused list (0 when the screen has no list).
    public func selected(_ screen: Screen) -> Int {
        let lists = screen.lists
        guard !lists.isEmpty else { return 0 }
        let id = screen == self.screen ? (focusedList ?? lists[0]) : lists[0]
        return list(id).selected
    }
}
