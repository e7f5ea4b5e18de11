import Foundation
import NcursesTerminal
import PlanFile
import PlannerCore
import PlannerUI
import TerminalKit

/// Starts the full-screen planner on a plan file: theme, terminal, recovery, saving.
enum PlannerLauncher {
    static func run(plan: PlanOptions, themeName: String?) throws {
        let env = ProcessInfo.processInfo.environment
        let theme = try ThemeChoice.resolve(themeName, environment: env)
        var store = plan.store
        let (book, pending) = try plan.loadWithFingerprint()
        var fingerprintAtLoad: PlanFingerprint?
        let recovery = store.readRecovery()
        let terminal: NcursesTerminal
        do { terminal = try NcursesTerminal.start() } catch {
            throw UsageError("\(error)")
        }
        var state = AppState(book: book, file: store.path, size: terminal.size)
        if let recovery, recovery != book {
            state.mode = .confirm(
                Confirmation(
                    question:
                        "Unsaved work from an earlier session was kept in \(store.recoveryPath). Restore it?  y: restore it (then s saves) · n: discard it",
                    purpose: .restore(recovery)))
        } else if recovery != nil {
            store.removeRecovery()
        }
        var overwriteConfirmed = false
        let app = PlannerApp(
            state: state, theme: theme, terminal: terminal,
            save: { book in
                try store.withLock {
                    let current = PlanFingerprint((try? store.readBytes()) ?? Data())
                    if current != (fingerprintAtLoad ?? pending.value) && !overwriteConfirmed {
                        overwriteConfirmed = true
                        // The file's name, not its path: the whole sentence, with what to do, fits on the status line.
                        throw UsageError(
                            "\((store.path as NSString).lastPathComponent) changed on disk since you opened it; s again overwrites it"
                        )
                    }
                    try store.save(book)
                    fingerprintAtLoad = PlanFingerprint(try store.readBytes())
                    overwriteConfirmed = false
                }
                store.removeRecovery()
            },
            writeRecovery: { book in
                try? store.writeRecovery(book)
            },
            saveAs: { book, path in
                let target = PlanStore(
                    path: path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path)
                try target.withLock { try target.save(book) }
                store.removeRecovery()
                store = target
                fingerprintAtLoad = PlanFingerprint(try target.readBytes())
                return target.path
            },
            discardRecovery: {
                store.removeRecovery()
            })
        app.run()
        terminal.stop()
        if !app.state.history.isModified { store.removeRecovery() }
    }
}

extension UsageError: CustomStringConvertible {
    var description: String { message }
}

/// Which theme to use: --theme, else `theme = "..."` in $XDG_CONFIG_HOME/convene/config.toml, else mono under NO_COLOR, else default.
enum ThemeChoice {
    static func resolve(_ name: String?, environment env: [String: String]) throws -> Theme {
        let config =
            (env["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? ((env["HOME"] ?? ".") + "/.config"))
            + "/convene"
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folders = [config + "/themes", FileManager.default.currentDirectoryPath + "/themes"]
        // From .build/<triple>/<config>/convene up to the checkout's themes/.
        var dir = executable.deletingLastPathComponent()
        for _ in 0..<4 {
            dir = dir.deletingLastPathComponent()
            folders.append(dir.path + "/themes")
        }
        var chosen = name
        if chosen == nil, let text = try? String(contentsOfFile: config + "/config.toml", encoding: .utf8) {
            for line in text.split(separator: "\n") {
                let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2, parts[0] == "theme" {
                    chosen = parts[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                }
            }
        }
        if chosen == nil, let noColor = env["NO_COLOR"], !noColor.isEmpty { chosen = "mono" }
        do {
            return try Theme.load(chosen ?? "default", searching: folders)
        } catch {
            throw UsageError("\(error)")
        }
    }
}
