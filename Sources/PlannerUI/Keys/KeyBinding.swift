import Phrasebook
import TerminalKit

/// One key binding: the keys, what they do, where they apply, and how help, footer and README describe them
/// (Bubbles' `key.Binding`). The table of them is `KeyBindings`; nothing else maps keys.
public struct KeyBinding: Sendable {
    /// Where a binding applies.
    public enum Context: Hashable, Sendable {
        /// The listed screens in normal mode; an empty list means every screen.
        case screens([Screen])
        /// Any field of a form.
        case form
        /// A choice field of a form.
        case choiceField
        /// A field whose value comes from a pick-list.
        case pickField
        /// A pick-list.
        case picker
        /// A yes/no question.
        case confirm
        /// The question after the plan file changed on disk.
        case fileChanged
        /// The `/` filter line.
        case filter
        /// The sign-in desk on Participants.
        case signIn
    }

    public let keys: [Key]
    /// How help and the README write the keys ("↑ ↓  j k").
    public let label: String
    public let context: Context
    /// What the keys do, for the help overlay and the README (in English).
    public let help: Phrase
    /// A word or two for the footer; nil keeps the binding out of the footer.
    public let hint: Phrase?
    private let resolve: @Sendable (Key) -> Action

    public init(
        _ keys: [Key], _ label: String, _ context: Context, _ help: Phrase, hint: Phrase? = nil,
        action: @escaping @Sendable (Key) -> Action
    ) {
        self.keys = keys
        self.label = label
        self.context = context
        self.help = help
        self.hint = hint
        self.resolve = action
    }

    public init(
        _ keys: [Key], _ label: String, _ context: Context, _ help: Phrase, hint: Phrase? = nil, _ action: Action
    ) {
        self.init(keys, label, context, help, hint: hint, action: { _ in action })
    }

    /// The action for `key`, one of this binding's keys.
    public func action(for key: Key) -> Action { resolve(key) }

    /// True when the binding applies on `screen` in normal mode.
    public func applies(on screen: Screen) -> Bool {
        guard case .screens(let screens) = context else { return false }
        return screens.isEmpty || screens.contains(screen)
    }
}
