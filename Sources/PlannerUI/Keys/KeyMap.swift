import Phrasebook
import TerminalKit

/// Turns a key into an action, by looking it up in `KeyBindings` for what the keyboard is talking to.
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
        case .normal:
            let binding = KeyBindings.bindings(on: state.screen).first { $0.keys.contains(key) }
            return binding?.action(for: key) ?? .none
        case .help:
            // The moving keys scroll the keys' page; any other key closes it.
            let binding = KeyBindings.bindings(on: state.screen).first { $0.keys.contains(key) }
            switch binding?.action(for: key) {
            case let action? where [.moveUp, .moveDown, .pageUp, .pageDown, .top, .bottom].contains(action):
                return action
            default: return .cancel
            }
        case .filter: return lookup(key, in: .filter) ?? .textKey(key)
        case .signIn: return lookup(key, in: .signIn) ?? .textKey(key)
        case .picker: return lookup(key, in: .picker) ?? .textKey(key)
        case .confirm(let question):
            if case .fileChanged = question.purpose { return lookup(key, in: .fileChanged) ?? .none }
            return lookup(key, in: .confirm) ?? .none
        case .form(let form):
            switch form.focusedValue {
            case .choice?:
                return lookup(key, in: .choiceField) ?? lookup(key, in: .form) ?? .none
            case .pick?:
                if let action = lookup(key, in: .pickField) ?? lookup(key, in: .form) { return action }
                // A typed letter opens the pick-list with its search started.
                if case .char = key { return .textKey(key) }
                return .none
            case .text?, nil:
                return lookup(key, in: .form) ?? .textKey(key)
            }
        }
    }

    static func lookup(_ key: Key, in context: KeyBinding.Context) -> Action? {
        KeyBindings.binding(for: key, in: context)?.action(for: key)
    }

    /// The help overlay's rows for `screen`: its keys, then the forms' and pick-lists'.
    public static func help(for screen: Screen, _ language: Language = .en) -> [(keys: String, what: String)] {
        var rows = KeyBindings.bindings(on: screen).map { ($0.label, $0.help.text(language)) }
        rows.append(("", ""))
        rows.append((tr("In forms").text(language), ""))
        rows += KeyBindings.forms.map { ($0.label, $0.help.text(language)) }
        rows.append(("", ""))
        rows.append(
            (tr("In pick-lists").text(language), tr("type a name, pinyin or initials to find").text(language)))
        rows += KeyBindings.others.filter { $0.context == .picker }.map { ($0.label, $0.help.text(language)) }
        if screen == .participants {
            rows.append(("", ""))
            rows.append(
                (tr("At the sign-in desk").text(language), tr("type a name, pinyin or initials to find").text(language))
            )
            rows += KeyBindings.signIn.map { ($0.label, $0.help.text(language)) }
        }
        return rows
    }

    /// The footer's hints of the sign-in desk, in table order.
    static func signInHints(_ language: Language = .en) -> [String] {
        KeyBindings.signIn.compactMap { binding in binding.hint.map { "\(first(binding.label)) \($0.text(language))" } }
    }

    /// The first key of a binding's label ("↓" of "↓ Ctrl-N Tab"): what the footer writes.
    private static func first(_ label: String) -> String {
        label.split(separator: " ").first.map(String.init) ?? label
    }

    /// The footer's hints for `screen`, in table order: "a add", "Enter edit", ...
    static func hints(for screen: Screen, _ language: Language = .en) -> [String] {
        KeyBindings.bindings(on: screen).compactMap { binding in
            binding.hint.map { "\(first(binding.label)) \($0.text(language))" }
        }
    }
}
