import Foundation
import NcursesTerminal
import Phrasebook
import PlanFile
import PlannerCore
import PlannerUI
import TerminalKit

/// Starts the full-screen planner on a plan file: theme, terminal, the journal of an earlier session, effects.
enum PlannerLauncher {
    /// `language` is the run's (`--lang`, else `lang` in config.toml, else the locale): the planner speaks it.
    static func run(plan: PlanOptions, themeName: String?, language: Language) throws {
        let env = ProcessInfo.processInfo.environment
        let theme = try ThemeChoice.resolve(themeName, config: try ConfigFile.load(environment: env), environment: env)
        let store = plan.editingStore
        let (book, fingerprint) = try plan.loadWithFingerprint(from: store)
        var notice: Phrase?
        let offer = journalOffer(for: store.path, fingerprint: fingerprint, notice: &notice)
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal.start() } catch { throw UsageError(.verbatim("\(error)")) }
        var state = AppState(book: book, file: store.path, size: terminal.size)
        state.today = today()
        state.clock = WallClock { ClockTime.now(in: $0) }
        state.language = language
        if let notice { state.message = StatusMessage(text: notice.text(state.language), kind: .error) }
        if let offer {
            state.mode = .confirm(
                Confirmation(
                    question: offer.question(fileName: state.fileName, state.language), purpose: .replayJournal(offer)))
        }
        let effects = PlannerEffects(store: store, fingerprint: fingerprint)
        let app = PlannerApp(state: state, theme: theme, terminal: terminal, runner: effects)
        app.run()
        terminal.stop()
        // Quitting by choice ends the journal; a terminal that went away leaves it for the next start.
        effects.finish(keepingJournal: app.state.terminalWentAway)
    }

    /// Today's date in the local time zone, for a new event's date.
    static func today(_ now: Date = Date(), zone: TimeZone = .current) -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: now)
        return CivilDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1) ?? AppState.fixedToday
    }

    /// The newest journal of a planner on this plan that died, if it holds any steps (empty ones are removed).
    /// A journal that cannot be read is set aside (renamed, not deleted) and `notice` says so.
    static func journalOffer(for plan: String, fingerprint: PendingFingerprint, notice: inout Phrase?) -> JournalOffer?
    {
        for path in PlanJournal.orphans(forPlan: plan) {
            let contents: PlanJournal.Contents
            do {
                contents = try PlanJournal.read(path)
            } catch {
                var reason = Phrase(error: error)
                if case PlanFileError.invalid(_, let location, let detail, _) = error {
                    reason = tr("\(location) \(detail)")
                }
                let aside = (try? PlanJournal.setAside(path, to: PlanJournal.asidePath(for: plan))) ?? path
                notice = tr(
                    "An earlier planner's journal is damaged (\(reason)); it was kept as \(aside), not replayed")
                continue
            }
            guard !contents.steps.isEmpty else {
                unlink(path)
                continue
            }
            return JournalOffer(
                path: path, asidePath: PlanJournal.asidePath(for: plan), steps: contents.steps,
                since: localTime(contents.started), fileChanged: contents.base != fingerprint.value.description)
        }
        return nil
    }

    /// "2026-12-01 10:42" in the local time zone, from the journal's ISO 8601 time.
    static func localTime(_ iso: String) -> String {
        guard let date = ISO8601DateFormatter().date(from: iso) else { return iso }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
    }
}

extension UsageError: CustomStringConvertible {
    var description: String { message.cli }
}

/// Which theme to use: --theme, else `theme = "..."` in config.toml, else mono under NO_COLOR, else default. A name
/// is looked up in the user's themes (`$XDG_CONFIG_HOME/convene/themes`, then each `$XDG_DATA_DIRS/convene/themes`),
/// then among the themes built into the binary; never in the current directory.
enum ThemeChoice {
    static func resolve(_ name: String?, config: ConfigFile, environment env: [String: String]) throws -> Theme {
        var chosen = name ?? config.theme
        if chosen == nil, let noColor = env["NO_COLOR"], !noColor.isEmpty { chosen = "mono" }
        do {
            return try Theme.load(chosen ?? "default", searching: folders(environment: env))
        } catch {
            throw UsageError(.verbatim("\(error)"))
        }
    }
}

extension ThemeChoice {
    /// The folders of the user's themes, in the order they are searched (XDG Base Directory Specification: data
    /// directories are absolute paths, `/usr/local/share:/usr/share` when unset).
    static func folders(environment env: [String: String]) -> [String] {
        let data = (env["XDG_DATA_DIRS"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/share:/usr/share")
            .split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
        return [ConfigFile.folder(environment: env) + "/themes"] + data.map { $0 + "/convene/themes" }
    }
}
