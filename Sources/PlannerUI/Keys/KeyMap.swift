import TerminalKit

/// Turns a key into an action, according to what the keyboard is talking to.
public enum KeyMap {
    public static func action(for key: Key, in state: AppState) -> Action {
        switch key {
        case .resize: return .none  // the runner reads the new size and sends .resize(size)
        case .hangup: return .hangup
        case .terminate: return .terminate
        case .mouse(let x, let y, _): return .click(x: x, y: y)
        default: break
        }
        switch state.mode {
        case .normal: return normal(key)
        case .help: return .cancel
        case .filter:
            switch key {
            case .enter: return .accept
            case .escape: return .cancel
            default: return .textKey(key)
            }
        case .form(let form): return formKey(key, form: form)
        case .picker:
            switch key {
            case .enter: return .accept
            case .escape, .ctrl("c"): return .cancel
            case .up, .ctrl("p"): return .moveUp
            case .down, .ctrl("n"), .tab: return .moveDown
            case .pageUp: return .pageUp
            case .pageDown: return .pageDown
            default: return .textKey(key)
            }
        case .confirm:
            switch key {
            case .char("y"), .char("Y"): return .answer(true)
            case .char("n"), .char("N"): return .answer(false)
            case .escape, .ctrl("c"), .char("c"): return .cancel
            default: return .none
            }
        }
    }

    static func normal(_ key: Key) -> Action {
        switch key {
        case .char(let c) where ("1"..."6").contains(c): return .show(Screen(rawValue: Int(String(c))!)!)
        case .up, .char("k"): return .moveUp
        case .down, .char("j"): return .moveDown
        case .pageUp, .ctrl("b"): return .pageUp
        case .pageDown, .ctrl("f"): return .pageDown
        case .home, .char("g"): return .top
        case .end, .char("G"): return .bottom
        case .tab, .backTab: return .nextPane
        case .enter: return .open
        case .char("a"): return .add
        case .char("e"): return .edit
        case .char("d"), .delete: return .delete
        case .char("p"): return .addPart
        case .char(" "): return .toggle
        case .char("K"): return .moveItemEarlier
        case .char("J"): return .moveItemLater
        case .char("u"): return .undo
        case .ctrl("r"): return .redo
        case .char("s"), .ctrl("s"): return .save
        case .char("S"): return .saveAs
        case .char("q"), .ctrl("c"): return .quit
        case .char("?"), .function(1): return .help
        case .char("E"): return .switchEvent
        case .char("/"): return .beginFilter
        case .escape: return .cancel
        default: return .none
        }
    }

    static func formKey(_ key: Key, form: Form) -> Action {
        switch key {
        case .escape: return .cancel
        case .ctrl("s"): return .accept
        case .tab, .down: return .nextField
        case .backTab, .up: return .previousField
        case .enter:
            if case .pick = form.fields[form.focus].value { return .open }
            return form.focus == form.fields.count - 1 ? .accept : .nextField
        default:
            if case .choice = form.fields[form.focus].value {
                switch key {
                case .right, .char(" "), .char("l"): return .choiceNext
                case .left, .char("h"): return .choicePrevious
                default: return .none
                }
            }
            if case .pick = form.fields[form.focus].value {
                if case .char = key { return .textKey(key) }  // starts the pick-list's search with this character
                return .none
            }
            return .textKey(key)
        }
    }

    /// The key bindings shown by `?`, per screen: (keys, what they do).
    public static func help(for screen: Screen) -> [(String, String)] {
        var rows: [(String, String)] = [
            ("1–6", "switch screen (Overview, Agenda, Participants, Organisations, Venue, Checks)"),
            ("↑ ↓  j k", "move"), ("PgUp PgDn  g G", "page, first, last"),
        ]
        switch screen {
        case .overview:
            rows += [
                ("e", "edit the event's title, date, times, venue"), ("a", "new event (standard parts or blank)"),
                ("E", "switch event"),
            ]
        case .agenda:
            rows += [
                ("a", "add an agenda item"), ("Enter e", "edit the item (or the part) under the cursor"),
                ("p", "assign a person to a part of the item"), ("d", "delete the item or part"),
                ("K J", "move the item earlier / later (swaps with its neighbour)"),
            ]
        case .participants:
            rows += [
                ("a", "add a participant (pick-list, type to filter by name or pinyin)"),
                ("Space", "cycle RSVP: invited → confirmed → attended → declined"),
                ("d", "remove from the event"), ("/", "filter by name or pinyin"),
            ]
        case .organisations:
            rows += [
                ("Tab", "switch between organisations and their people"), ("a", "add (organisation or person)"),
                ("Enter e", "edit"), ("d", "delete"),
                ("Space", "invite the organisation: participant → host → guiding body → not invited"),
                ("/", "filter people by name or pinyin"),
            ]
        case .venue:
            rows += [
                ("e", "edit the venue"), ("a", "add a room"), ("Enter", "edit the room"), ("d", "delete the room"),
            ]
        case .checks: rows += [("Enter", "go to the thing to fix")]
        }
        rows += [
            ("u  Ctrl-R", "undo, redo"), ("s  Ctrl-S", "save"),
            ("S", "save as (another file, which the planner then keeps)"), ("E", "switch event"),
            ("q  Ctrl-C", "quit (asks when there are unsaved changes)"),
            ("?", "this help"), ("", ""),
            ("In forms", "Tab/↓ next field, ↑ previous, Enter next/accept, Ctrl-S accept, Esc cancel;"),
            ("", "←/→ or Space change a choice; Enter on a person opens the pick-list"),
        ]
        return rows
    }
}
