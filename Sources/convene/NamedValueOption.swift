import Phrasebook
import PlannerCore

/// The domain's closed sets as options take them: the English key or the Chinese name (`--politics 党员`,
/// `--as 列席`), one way for every option, with a message listing what is accepted.
enum NamedValueOption {
    /// The value `text` names, or a usage error that says which option, what was given and what it takes.
    static func parse<T: NamedValue>(_ text: String, option: String, as _: T.Type = T.self) throws -> T {
        guard let value = T(named: text) else {
            throw UsageError(
                tr("--\(option): '\(text)' is not one of the values it takes: \(T.acceptedNames)"))
        }
        return value
    }
}
