import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import Printing

/// `--lang`, taken by every command: `PlanOptions` holds it, and the commands that read plan files given as
/// arguments (`diff`) take it alone.
struct LanguageOption: ParsableArguments {
    /// Read before parsing too (`CommandLineLanguage`), so the help is in it; here so every command takes it.
    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("Language of messages, help and printouts: zh or en (default: lang in config.toml, else the locale).")
                .cli, valueName: "lang"))
    var lang: Language?

    /// The language of this run: `--lang`, else the one chosen at the start from config.toml and the locale.
    var language: Language { lang ?? CommandLineLanguage.current }
}

/// `--file` and `--lang`, shared by every command, and the plan the file names.
struct PlanOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("The plan file (default: $CONVENE_FILE, else $XDG_DATA_HOME/convene/plan.json).").cli,
            valueName: "path"))
    var file: String?

    @OptionGroup var languageOption: LanguageOption

    /// The language of this run: `--lang`, else the one chosen at the start from config.toml and the locale.
    var language: Language { languageOption.language }

    /// The store for the chosen file.
    var store: PlanStore { Self.store(file: file) }

    /// The store for changing the chosen file: its books issue ids with the tag of the git clone the file is in
    /// (`CloneCopyTag`), so two clones never issue the same id. Reading needs no tag, and asks git nothing.
    var editingStore: PlanStore {
        var store = store
        store.copyTag = CloneCopyTag.of(planAt: store.path)
        return store
    }

    /// The store for `file`, else for the default plan (`PlanLocation`): the one rule, shared with tab completion.
    static func store(file: String?) -> PlanStore {
        PlanStore(path: file ?? PlanLocation.defaultPath(environment: ProcessInfo.processInfo.environment))
    }

    /// Reads the plan. The default file is created holding the sample event on first use; a file named with --file must exist.
    func load() throws -> Book {
        file == nil ? try store.loadOrCreate(SampleBook.make) : try store.load()
    }

    /// The plan `store` reads (the chosen file's) and the fingerprint of the file it was read from; the default plan
    /// is created (holding the sample) when missing.
    func loadWithFingerprint(from store: PlanStore) throws -> (book: Book, fingerprint: PendingFingerprint) {
        file == nil ? try store.loadOrCreateWithFingerprint(SampleBook.make) : try store.loadWithFingerprint()
    }

    /// Applies the edit that `make` builds from the current book, under the lock, and saves.
    @discardableResult
    func edit<T>(_ make: (Book) throws -> (Edit, T)) throws -> T {
        try edit(make, saying: { _ in nil })
    }

    /// Lets `change` change the book in place under the lock, and saves when it says it changed something: for a
    /// command whose change is too big to hold as one `Edit` beside the book (an import of 100,000 rows, issue 11's
    /// memory budget), which applies its edits as it makes them. A throw saves nothing.
    func editInPlace<T>(_ change: (inout Book) throws -> (result: T, changed: Bool)) throws -> T {
        if file == nil { _ = try load() }
        return try editingStore.edit(change)
    }

    /// Applies the removal that `make` builds, and says on stderr what it removed (`make` returns the sentence:
    /// "removed person 张伟 (p12)"), before what the removal did beyond that.
    func remove(_ make: (Book) throws -> (Edit, Phrase)) throws {
        try edit(make, saying: { $0 })
    }

    private func edit<T>(_ make: (Book) throws -> (Edit, T), saying: (T) -> Phrase?) throws -> T {
        if file == nil { _ = try load() }
        var note: Phrase?
        // In place, with no copy of the book kept to compare with: a command holds one book (issue 11's memory budget).
        let result = try editingStore.edit { book in
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
            tr("The event: its id or (part of) its title. May be left out when the plan has one event.").cli,
            valueName: "event"),
        completion: .events)
    var event: String?
}

/// Options of printing commands (their language is `--lang` of `PlanOptions`).
struct PrintOptions: ParsableArguments {
    @OptionGroup var display: DisplayOptions

    @Option(
        name: .long,
        help: ArgumentHelp(
            tr("Width of text output in columns (default: width in config.toml, else the terminal's, else 80).").cli))
    var width: Int?

    /// The language of headings and labels: the run's (`--lang`, config.toml, locale).
    var language: Language { CommandLineLanguage.current }

    func resolvedWidth() throws -> Int {
        if let width {
            guard (40...1000).contains(width) else {
                throw UsageError(tr("--width must be between 40 and 1000 (got \(width))"))
            }
            return width
        }
        let env = ProcessInfo.processInfo.environment
        // A width set once in config.toml outranks the terminal's: it is the user's own choice.
        if let width = try ConfigFile.load(environment: env).width { return width }
        if let columns = env["COLUMNS"].flatMap(Int.init), columns >= 40 {
            return columns
        }
        return TerminalWidth.current() ?? 80
    }
}

extension Language: ExpressibleByArgument {
    /// `zh`, `en` and their common spellings (`zh-CN`, `中文`), as `CommandLineLanguage` reads them.
    public init?(argument: String) { self.init(spelling: argument) }
}
extension ItemKind: ExpressibleByArgument {}
extension RolePart: ExpressibleByArgument {}
extension RSVP: ExpressibleByArgument {}
extension OrganisationPart: ExpressibleByArgument {}
extension ClockTime: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
extension CivilDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
