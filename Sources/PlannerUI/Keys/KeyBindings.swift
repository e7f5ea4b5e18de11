import TerminalKit

/// Every key the planner knows, once: `KeyMap` dispatches from this table, and the help overlay, the footer hints
/// and the README's key table are drawn from it (a test compares the README with `markdownTable`).
public enum KeyBindings {
    static let digits: [Key] = Screen.allCases.map { .char(Character(String($0.rawValue))) }

    public static let all: [KeyBinding] = normal + forms + others

    /// Normal mode, in the order help lists them.
    public static let normal: [KeyBinding] = [
        KeyBinding(
            digits, "1–6", .screens([]), "switch screen (Overview, Agenda, Participants, Organisations, Venue, Checks)",
            action: { key in
                guard case .char(let c) = key, let n = Int(String(c)), let screen = Screen(rawValue: n) else {
                    return .none
                }
                return .show(screen)
            }),
        KeyBinding([.up, .char("k")], "↑ k", .screens([]), "move up", .moveUp),
        KeyBinding([.down, .char("j")], "↓ j", .screens([]), "move down", .moveDown),
        KeyBinding([.pageUp, .ctrl("b")], "PgUp Ctrl-B", .screens([]), "page up", .pageUp),
        KeyBinding([.pageDown, .ctrl("f")], "PgDn Ctrl-F", .screens([]), "page down", .pageDown),
        KeyBinding([.home, .char("g")], "Home g", .screens([]), "first row", .top),
        KeyBinding([.end, .char("G")], "End G", .screens([]), "last row", .bottom),
        KeyBinding(
            [.tab, .backTab], "Tab", .screens([.organisations]), "switch between organisations and their people",
            hint: "pane", .nextPane),
        // Screen commands: the same keys mean the same kind of thing on every screen.
        KeyBinding(
            [.char("e")], "e", .screens([.overview]), "edit the event's title, date, times, venue", hint: "edit event",
            .edit),
        KeyBinding([.enter], "Enter", .screens([.overview]), "edit the event", .open),
        KeyBinding(
            [.char("a")], "a", .screens([.overview]), "new event (standard parts or blank)", hint: "new event", .add),
        KeyBinding([.char("d"), .delete], "d Delete", .screens([.overview]), "delete the event (asks first)", .delete),
        KeyBinding([.char("a")], "a", .screens([.agenda]), "add an agenda item", hint: "add", .add),
        KeyBinding(
            [.enter, .char("e")], "Enter e", .screens([.agenda]), "edit the item (or the part) under the cursor",
            hint: "edit", .edit),
        KeyBinding(
            [.char("p")], "p", .screens([.agenda]), "assign a person to a part of the item", hint: "part", .addPart),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.agenda]), "delete the item or the part (asks first)",
            hint: "delete", .delete),
        KeyBinding(
            [.char("K")], "K", .screens([.agenda]), "move the item earlier (swaps with the one before)",
            hint: "earlier",
            .moveItemEarlier),
        KeyBinding(
            [.char("J")], "J", .screens([.agenda]), "move the item later (swaps with the one after)", hint: "later",
            .moveItemLater),
        KeyBinding(
            [.char("a")], "a", .screens([.participants]),
            "add a participant (pick-list: type a name, pinyin or initials)",
            hint: "add", .add),
        KeyBinding(
            [.enter, .char("e")], "Enter e", .screens([.participants]), "edit the person under the cursor",
            hint: "edit",
            .edit),
        KeyBinding(
            [.char(" ")], "Space", .screens([.participants]),
            "change the RSVP: invited → confirmed → attended → declined (says what it did)", hint: "RSVP", .toggle),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.participants]),
            "remove from the event, and from their parts (asks first)", hint: "remove", .delete),
        KeyBinding(
            [.char("a")], "a", .screens([.organisations]), "add an organisation, or a person to the selected one",
            hint: "add", .add),
        KeyBinding(
            [.enter], "Enter", .screens([.organisations]), "open the organisation's people; on a person, edit them",
            .open),
        KeyBinding(
            [.char("e")], "e", .screens([.organisations]), "edit the organisation or person", hint: "edit", .edit),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.organisations]),
            "delete the organisation or person (asks first)",
            hint: "delete", .delete),
        KeyBinding(
            [.char(" ")], "Space", .screens([.organisations]),
            "organisation: invite as participant → host → guiding body → not invited; person: add to or remove from the event",
            hint: "invite", .toggle),
        KeyBinding([.char("e")], "e", .screens([.venue]), "edit the venue (or add one)", hint: "edit venue", .edit),
        KeyBinding(
            [.char("a")], "a", .screens([.venue]), "add a room (or the venue, when there is none)", hint: "add room",
            .add),
        KeyBinding([.enter], "Enter", .screens([.venue]), "edit the room under the cursor", hint: "edit room", .open),
        KeyBinding(
            [.char("d"), .delete], "d Delete", .screens([.venue]), "delete the room (asks first)", hint: "delete",
            .delete),
        KeyBinding([.enter], "Enter", .screens([.checks]), "go to the thing to fix", hint: "go to", .open),
        KeyBinding(
            [.char("a")], "a", .screens([.checks]), "new event (only when there is none)", .add),
        KeyBinding(
            [.char("/")], "/", .screens([.participants, .organisations]), "filter by name, pinyin or initials",
            hint: "filter", .beginFilter),
        KeyBinding(
            [.char("/")], "/", .screens([.overview, .agenda, .venue, .checks]),
            "filter (says where it works: Participants and Organisations)", .beginFilter),
        KeyBinding([.escape], "Esc", .screens([]), "clear the filter", .cancel),
        KeyBinding([.char("u")], "u", .screens([]), "undo the last edit", hint: "undo", .undo),
        KeyBinding([.ctrl("r")], "Ctrl-R", .screens([]), "redo", .redo),
        KeyBinding(
            [.char("s"), .ctrl("s")], "s Ctrl-S", .screens([]), "save (the journal is folded into the plan)",
            hint: "save", .save),
        KeyBinding(
            [.char("S")], "S", .screens([]),
            "save as another file, which the planner then keeps (asks before replacing one)",
            .saveAs),
        KeyBinding(
            [.char("P")], "P", .screens([]),
            "print or export to a file: agenda, participant list, sign-in sheet or check report (Enter writes the agenda page)",
            .print),
        KeyBinding([.char("E")], "E", .screens([]), "switch event, or create one", .switchEvent),
        KeyBinding([.ctrl("z")], "Ctrl-Z", .screens([]), "suspend to the shell (fg comes back)", .suspend),
        KeyBinding(
            [.char("?"), .function(1)], "? F1", .screens([]), "help: every key of this screen", hint: "help", .help),
        KeyBinding(
            [.char("q"), .ctrl("c")], "q Ctrl-C", .screens([]), "quit (asks when there are unsaved changes)",
            hint: "quit",
            .quit),
    ]

    /// Forms: any field, then by the kind of the focused field.
    public static let forms: [KeyBinding] = [
        KeyBinding([.escape], "Esc", .form, "cancel the form", .cancel),
        KeyBinding([.ctrl("s")], "Ctrl-S", .form, "accept the form", .accept),
        KeyBinding([.tab, .down], "Tab ↓", .form, "next field", .nextField),
        KeyBinding([.backTab, .up], "Shift-Tab ↑", .form, "previous field", .previousField),
        KeyBinding([.enter], "Enter", .form, "next field; on the last field, accept", .submit),
        KeyBinding([.right, .char(" "), .char("l")], "→ Space l", .choiceField, "next choice", .choiceNext),
        KeyBinding([.left, .char("h")], "← h", .choiceField, "previous choice", .choicePrevious),
        KeyBinding([.enter], "Enter", .pickField, "open the pick-list (typing a letter opens it too)", .open),
    ]

    /// Pick-lists, questions and the filter line.
    public static let others: [KeyBinding] = [
        KeyBinding([.enter], "Enter", .picker, "pick the selected entry", .accept),
        KeyBinding([.escape, .ctrl("c")], "Esc", .picker, "close the pick-list without picking", .cancel),
        KeyBinding([.up, .ctrl("p")], "↑ Ctrl-P", .picker, "previous entry", .moveUp),
        KeyBinding([.down, .ctrl("n"), .tab], "↓ Ctrl-N Tab", .picker, "next entry", .moveDown),
        KeyBinding([.pageUp], "PgUp", .picker, "ten entries up", .pageUp),
        KeyBinding([.pageDown], "PgDn", .picker, "ten entries down", .pageDown),
        KeyBinding([.char("y"), .char("Y")], "y", .confirm, "yes", .answer(true)),
        KeyBinding([.char("n"), .char("N")], "n", .confirm, "no", .answer(false)),
        KeyBinding([.escape, .ctrl("c"), .char("c")], "Esc c", .confirm, "neither: close the question", .cancel),
        KeyBinding(
            [.char("r")], "r", .fileChanged,
            "reload the file as the other writer left it, and reapply your edits on top",
            .reload),
        KeyBinding(
            [.char("o"), .char("s")], "o s", .fileChanged, "overwrite the other writer's version with yours", .overwrite
        ),
        KeyBinding([.char("S")], "S", .fileChanged, "save yours as another file", .saveAs),
        KeyBinding([.escape, .ctrl("c")], "Esc", .fileChanged, "keep editing; nothing is written", .cancel),
        KeyBinding([.enter], "Enter", .filter, "keep the filter", .accept),
        KeyBinding([.escape], "Esc", .filter, "clear the filter", .cancel),
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
            lines.append("| \(keys) | \(place(binding.context)) | \(binding.help) |")
        }
        return lines.joined(separator: "\n")
    }

    static func place(_ context: KeyBinding.Context) -> String {
        switch context {
        case .screens(let screens):
            return screens.isEmpty ? "every screen" : screens.map(\.title).joined(separator: ", ")
        case .form: return "forms"
        case .choiceField: return "forms: a choice"
        case .pickField: return "forms: a person, organisation or room"
        case .picker: return "pick-lists"
        case .confirm: return "questions"
        case .fileChanged: return "when the file changed on disk"
        case .filter: return "the filter line"
        }
    }
}
