import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Printing

/// `--file`, shared by every command, and the plan it names.
struct PlanOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The plan file (default: $CONVENE_FILE, else $XDG_DATA_HOME/convene/plan.json).", valueName: "path"))
    var file: String?

    /// The store for the chosen file.
    var store: PlanStore {
        PlanStore(path: file ?? PlanLocation.defaultPath(environment: ProcessInfo.processInfo.environment))
    }

    /// Reads the plan. The default file is created holding the sample event on first use; a file named with --file must exist.
    func load() throws -> Book {
        file == nil ? try store.loadOrCreate(SampleBook.make) : try store.load()
    }

    /// The plan and the fingerprint of the file it was read from; the default plan is created (holding the sample) when missing.
    func loadWithFingerprint() throws -> (book: Book, fingerprint: PendingFingerprint) {
        file == nil ? try store.loadOrCreateWithFingerprint(SampleBook.make) : try store.loadWithFingerprint()
    }

    /// Applies the edit that `make` builds from the current book, under the lock, and saves.
    @discardableResult
    func edit<T>(_ make: (Book) throws -> (Edit, T)) throws -> T {
        try edit(make, saying: { _ in nil })
    }

    /// Applies the removal that `make` builds, and says on stderr what it removed (`make` returns the sentence:
    /// "removed person 张伟 (p12)"), before what the removal did beyond that.
    func remove(_ make: (Book) throws -> (Edit, String)) throws {
        try edit(make, saying: { $0 })
    }

    private func edit<T>(_ make: (Book) throws -> (Edit, T), saying: (T) -> String?) throws -> T {
        if file == nil { _ = try load() }
        var note: String?
        // In place, with no copy of the book kept to compare with: a command holds one book (issue 11's memory budget).
        let result = try store.edit { book in
            let (edit, result) = try make(book)
            note = book.consequences(of: edit)
            let changed = book.wouldChange(edit)
            try book.applyInPlace(edit)
            return (result, changed)
        }
        if let said = saying(result) { printNote(said) }
        // What the edit did beyond its name (the planner shows the same sentence), on stderr: stdout keeps the id.
        if let note { printNote(note) }
        return result
    }
}

/// `--event`, for commands about one event (may be left out when the plan has one event).
struct EventOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The event: its id or (part of) its title. May be left out when the plan has one event.", valueName: "event"
        ))
    var event: String?
}

/// Options of printing commands.
struct PrintOptions: ParsableArguments {
    @Option(name: .long, help: "Language of headings and labels: en or zh (default: from LANG).")
    var lang: PrintLanguage?

    @Option(name: .long, help: "Width of text output in columns (default: the terminal's, else 80).")
    var width: Int?

    var language: Language {
        Language.choose(option: lang, config: nil, environment: ProcessInfo.processInfo.environment)
    }

    func resolvedWidth() throws -> Int {
        if let width {
            guard (40...1000).contains(width) else {
                throw UsageError("--width must be between 40 and 1000 (got \(width))")
            }
            return width
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns >= 40 {
            return columns
        }
        return TerminalWidth.current() ?? 80
    }
}

extension PrintLanguage: ExpressibleByArgument {}
extension ItemKind: ExpressibleByArgument {}
extension RolePart: ExpressibleByArgument {}
extension MembershipStatus: ExpressibleByArgument {}
extension RSVP: ExpressibleByArgument {}
extension OrganisationPart: ExpressibleByArgument {}
extension ClockTime: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
