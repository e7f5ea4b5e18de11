import Phrasebook
import TerminalKit

/// Every key the planner knows, once: `KeyMap` dispatches from this table, and the help overlay, the footer hints
/// and the README's key table are drawn from it (a test compares the README with `markdownTable`).
public enum KeyBindings {
    static let digits: [Key] = Screen.allCases.map { .char(Character(String($0.rawValue))) }

    public static let all: [KeyBinding] = normal + forms + others

    /// Normal mode, in the order help lists them.
    public static let normal: [KeyBinding] = [
        KeyBinding(
            digits, "1–6", .screens([]),
            tr("switch screen (Overview, Agenda, Participants, Organisations, Venue, Checks)"),
            action: { key in
                guard case .char(let c) = key, let n = Int(String(c)), let screen = Screen(rawValue: n) else {
                    return .none
                }
                return .show(screen)
            }),
        KeyBinding([.up, .char("k")], "↑ k", .screens([]), tr("move up"), .moveUp),
        KeyBinding([.down, .char("j")], "↓ j", .screens([]), tr("move down"), .moveDown),
        KeyBinding([.pageUp, .ctrl("b")], "PgUp Ctrl-B", .screens([]), tr("page up"), .pageUp),
        KeyBinding([.pageDown, .ctrl("f")], "PgDn Ctrl-F", .screens([]), tr("page down"), .pageDown),
        KeyBinding([.home, .char("g")], "Home g", .screens([]), tr("first row"), .top),
        KeyBinding([.end, .char("G")], "End G", .screens([]), tr("last row"), .bottom),
        KeyBinding(
            [.tab, .backTab], "Tab", .screens([.organisations]), tr("switch between organisations and their people"),
            hint: tr("pane"), .nextPane),
        // Screen commands: the same keys mean the same kind of thing on every screen.
        KeyBinding(
            [.char("e")], "e", .screens([.overview]), tr("edit the event's title, date, times, venue"),
            hint: tr("edit event"),
            .edit),
        KeyBinding([.enter], "Enter", .screens([.overview]), tr("edit the event"), .open),
        KeyBinding(
            [.char("a")], "a", .screens([.overview]), tr("new event (standard parts or blank)"), hint: tr("new event"),
            .add),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.overview]), tr("delete the event (asks first)"), .delete),
        KeyBinding([.char("a")], "a", .screens([.agenda]), tr("add an agenda item"), hint: tr("add"), .add),
        KeyBinding(
            [.enter, .char("e")], "Enter e", .screens([.agenda]), tr("edit the item (or the part) under the cursor"),
            hint: tr("edit"), .edit),
        KeyBinding(
            [.char("p")], "p", .screens([.agenda]), tr("assign a person to a part of the item"), hint: tr("part"),
            .addPart),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.agenda]), tr("delete the item or the part (asks first)"),
            hint: tr("delete"), .delete),
        KeyBinding(
            [.char("K")], "K", .screens([.agenda]),
            tr("move the item earlier (swaps with the one before); on a speaker or other part, move that person up"),
            hint: tr("earlier"),
            .moveItemEarlier),
        KeyBinding(
            [.char("J")], "J", .screens([.agenda]),
            tr("move the item later (swaps with the one after); on a speaker or other part, move that person down"),
            hint: tr("later"),
            .moveItemLater),
        KeyBinding(
            [.char("a")], "a", .screens([.participants]),
            tr("add a participant (pick-list: type a name, pinyin or initials)"),
            hint: tr("add"), .add),
        KeyBinding(
            [.enter, .char("e")], "Enter e", .screens([.participants]), tr("edit the person under the cursor"),
            hint: tr("edit"),
            .edit),
        KeyBinding(
            [.char(" ")], "Space", .screens([.participants]),
            tr("change the RSVP: invited → confirmed → declined (says what it did)"), hint: tr("RSVP"),
            .toggle),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.participants]),
            tr("remove from the event, and from their parts (asks first)"), hint: tr("remove"), .delete),
        // Replies, leave and sign-in: on the marked participants when there are marks, else on the one under the cursor.
        KeyBinding(
            [.char("c")], "c", .screens([.participants]),
            tr("confirm: the marked participants, or the one under the cursor, reply yes"), hint: tr("confirm"),
            .reply(.confirmed)),
        KeyBinding(
            [.char("x")], "x", .screens([.participants]),
            tr("decline: the marked participants, or the one under the cursor, reply no"), .reply(.declined)),
        KeyBinding(
            [.char("l")], "l", .screens([.participants]),
            tr("leave for the one under the cursor: reason, note, approved by"), .beginLeave),
        KeyBinding(
            [.char("i")], "i", .screens([.participants]),
            tr("sign in now: the marked participants, or the one under the cursor"), hint: tr("sign in"), .signIn),
        KeyBinding(
            [.char("o")], "o", .screens([.participants]),
            tr("absent: mark the marked participants, or the one under the cursor, absent"), .markAbsent),
        KeyBinding(
            [.char("C")], "C", .screens([.participants]),
            tr(
                "capacity (attendee, representative, observer, guest, staff) of the marked participants, or of the one under the cursor"
            ),
            .beginCapacity),
        KeyBinding(
            [.char("m")], "m", .screens([.participants]),
            tr("mark or unmark the one under the cursor, and move down (c x i o C then act on the marked)"),
            hint: tr("mark"), .mark),
        KeyBinding(
            [.char("M")], "M", .screens([.participants]),
            tr("mark everyone shown (the filter's rows); when they all are, clear the marks"), .markAllShown),
        KeyBinding(
            [.char("A")], "A", .screens([.participants]),
            tr("invite a whole organisation: it and everyone on its roster not yet on the list (one undo)"),
            .addEveryone),
        KeyBinding(
            [.char("I")], "I", .screens([.participants]),
            tr("sign-in desk: type a name, pinyin or initials; Enter signs the highlighted person in now"),
            hint: tr("sign-in desk"), .beginSignIn),
        KeyBinding(
            [.char("a")], "a", .screens([.organisations]), tr("add an organisation, or a person to the selected one"),
            hint: tr("add"), .add),
        KeyBinding(
            [.enter], "Enter", .screens([.organisations]), tr("open the organisation's people; on a person, edit them"),
            .open),
        KeyBinding(
            [.char("e")], "e", .screens([.organisations]), tr("edit the organisation or person"), hint: tr("edit"),
            .edit),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.organisations]),
            tr("delete the organisation or person (asks first)"),
            hint: tr("delete"), .delete),
        KeyBinding(
            [.char(" ")], "Space", .screens([.organisations]),
            tr(
                "organisation: invite as participant → host → guiding body → not invited; person: add to or remove from the event"
            ),
            hint: tr("invite"), .toggle),
        KeyBinding(
            [.char("e")], "e", .screens([.venue]), tr("edit the venue (or add one)"), hint: tr("edit venue"), .edit),
        KeyBinding(
            [.char("a")], "a", .screens([.venue]), tr("add a room (or the venue, when there is none)"),
            hint: tr("add room"),
            .add),
        KeyBinding(
            [.enter], "Enter", .screens([.venue]), tr("edit the room under the cursor"), hint: tr("edit room"), .open),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.venue]), tr("delete the room (asks first)"),
            hint: tr("delete"),
            .delete),
        KeyBinding([.enter], "Enter", .screens([.checks]), tr("go to the thing to fix"), hint: tr("go to"), .open),
        KeyBinding(
            [.char("a")], "a", .screens([.checks]), tr("new event (only when there is none)"), .add),
        KeyBinding(
            [.char("o")], "o", .screens([.checks]), tr("merge conflict under the cursor: keep our version"),
            hint: tr("ours"), .resolveConflict(.ours)),
        KeyBinding(
            [.char("t")], "t", .screens([.checks]), tr("merge conflict under the cursor: take their version"),
            hint: tr("theirs"), .resolveConflict(.theirs)),
        KeyBinding(
            [.char("/")], "/", .screens([.participants]),
            tr(
                "filter by name, pinyin or initials, organisation, political status, capacity, reply or sign-in (not replied, not signed in); words joined by spaces all hold"
            ),
            hint: tr("filter"), .beginFilter),
        KeyBinding(
            [.char("/")], "/", .screens([.organisations]), tr("filter by name, pinyin or initials"),
            hint: tr("filter"), .beginFilter),
        KeyBinding(
            [.char("/")], "/", .screens([.overview, .agenda, .venue, .checks]),
            tr("filter (says where it works: Participants and Organisations)"), .beginFilter),
        KeyBinding([.escape], "Esc", .screens([]), tr("clear the filter"), .cancel),
        KeyBinding([.char("u")], "u", .screens([]), tr("undo the last edit"), hint: tr("undo"), .undo),
        KeyBinding([.ctrl("r")], "Ctrl-R", .screens([]), tr("redo"), .redo),
        KeyBinding(
            [.char("s"), .ctrl("s")], "s Ctrl-S", .screens([]), tr("save (the journal is folded into the plan)"),
            hint: tr("save"), .save),
        KeyBinding(
            [.char("S")], "S", .screens([]),
            tr("save as another file, which the planner then keeps (asks before replacing one)"),
            .saveAs),
        KeyBinding(
            [.char("P")], "P", .screens([]),
            tr(
                "print or export to a file: agenda, participants, sign-in sheet, attendance, record, brief, checks (Enter writes the agenda page)"
            ),
            .print),
        KeyBinding([.char("E")], "E", .screens([]), tr("switch event, or create one"), .switchEvent),
        KeyBinding([.ctrl("z")], "Ctrl-Z", .screens([]), tr("suspend to the shell (fg comes back)"), .suspend),
        KeyBinding(
            [.char("?"), .function(1)], "? F1", .screens([]), tr("help: every key of this screen"), hint: tr("help"),
            .help),
        KeyBinding(
            [.char("q"), .ctrl("c")], "q Ctrl-C", .screens([]), tr("quit (asks when there are unsaved changes)"),
            hint: tr("quit"),
            .quit),
    ]

    /// Forms: any field, then by the kind of the focused field.
    public static let forms: [KeyBinding] = [
        KeyBinding([.escape], "Esc", .form, tr("cancel the form"), .cancel),
        KeyBinding([.ctrl("s")], "Ctrl-S", .form, tr("accept the form"), .accept),
        KeyBinding([.tab, .down], "Tab ↓", .form, tr("next field"), .nextField),
        KeyBinding([.backTab, .up], "Shift-Tab ↑", .form, tr("previous field"), .previousField),
        KeyBinding([.enter], "Enter", .form, tr("next field; on the last field, accept"), .submit),
        KeyBinding([.right, .char(" "), .char("l")], "→ Space l", .choiceField, tr("next choice"), .choiceNext),
        KeyBinding([.left, .char("h")], "← h", .choiceField, tr("previous choice"), .choicePrevious),
        KeyBinding([.enter], "Enter", .pickField, tr("open the pick-list (typing a letter opens it too)"), .open),
    ]

    /// Pick-lists, questions and the filter line.
    public static let others: [KeyBinding] =
        [
            KeyBinding([.enter], "Enter", .picker, tr("pick the selected entry"), .accept),
            KeyBinding([.escape, .ctrl("c")], "Esc", .picker, tr("close the pick-list without picking"), .cancel),
            KeyBinding([.up, .ctrl("p")], "↑ Ctrl-P", .picker, tr("previous entry"), .moveUp),
            KeyBinding([.down, .ctrl("n"), .tab], "↓ Ctrl-N Tab", .picker, tr("next entry"), .moveDown),
            KeyBinding([.pageUp], "PgUp", .picker, tr("ten entries up"), .pageUp),
            KeyBinding([.pageDown], "PgDn", .picker, tr("ten entries down"), .pageDown),
            KeyBinding([.char("y"), .char("Y")], "y", .confirm, tr("yes"), .answer(true)),
            KeyBinding([.char("n"), .char("N")], "n", .confirm, tr("no"), .answer(false)),
            KeyBinding(
                [.escape, .ctrl("c"), .char("c")], "Esc c", .confirm, tr("neither: close the question"), .cancel),
            KeyBinding(
                [.char("r")], "r", .fileChanged,
                tr("reload the file as the other writer left it, and reapply your edits on top"),
                .reload),
            KeyBinding(
                [.char("o"), .char("s")], "o s", .fileChanged, tr("overwrite the other writer's version with yours"),
                .overwrite
            ),
            KeyBinding([.char("S")], "S", .fileChanged, tr("save yours as another file"), .saveAs),
            KeyBinding([.escape, .ctrl("c")], "Esc", .fileChanged, tr("keep editing; nothing is written"), .cancel),
            KeyBinding([.enter], "Enter", .filter, tr("keep the filter"), .accept),
            KeyBinding([.escape], "Esc", .filter, tr("clear the filter"), .cancel),
        ] + signIn

    /// The sign-in desk (`I` on Participants); every other key types into its line.
    public static let signIn: [KeyBinding] = [
        KeyBinding(
            [.enter], "Enter", .signIn, tr("sign the highlighted person in now; the line clears for the next"),
            hint: tr("sign in"), .accept),
        KeyBinding([.up, .ctrl("p")], "↑ Ctrl-P", .signIn, tr("previous person"), .moveUp),
        KeyBinding([.down, .ctrl("n"), .tab], "↓ Ctrl-N Tab", .signIn, tr("next person"), hint: tr("next"), .moveDown),
        KeyBinding([.pageUp], "PgUp", .signIn, tr("page up"), .pageUp),
        KeyBinding([.pageDown], "PgDn", .signIn, tr("page down"), .pageDown),
        KeyBinding([.escape, .ctrl("c")], "Esc", .signIn, tr("leave the sign-in desk"), hint: tr("leave"), .cancel),
    ]

    /// The normal-mode bindings that apply on `screen`, in table order.
    public static func bindings(on screen: Screen) -> [KeyBinding] { normal.filter { $0.applies(on: screen) } }

    /// The first binding of `context` with `key`.
    static func binding(for key: Key, in context: KeyBinding.Context) -> KeyBinding? {
        all.first { $0.context == context && $0.keys.contains(key) }
    }

    /// The README's key table: every binding, with where it applies.
    public static var markdownTable: String {
        var lines = ["| keys | where | what they do |", "|---|---|---|"]
        for binding in all {
            let keys = binding.label.split(separator: " ").map { "`\($0)`" }.joined(separator: " ")
            lines.append("| \(keys) | \(place(binding.context)) | \(binding.help.text(.en)) |")
        }
        return lines.joined(separator: "\n")
    }

    static func place(_ context: KeyBinding.Context) -> String {
        switch context {
        case .screens(let screens):
            return screens.isEmpty ? "every screen" : screens.map { $0.title.text(.en) }.joined(separator: ", ")
        case .form: return "forms"
        case .choiceField: return "forms: a choice"
        case .pickField: return "forms: a person, organisation or room"
        case .picker: return "pick-lists"
        case .confirm: return "questions"
        case .fileChanged: return "when the file changed on disk"
        case .filter: return "the filter line"
        case .signIn: return "the sign-in desk (I on Participants)"
        }
    }
}
