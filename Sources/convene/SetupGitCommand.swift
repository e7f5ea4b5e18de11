import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore

/// `convene setup-git`: in a git work tree, marks the plan file for convene's merge and diff drivers in
/// `.gitattributes` and configures the drivers in the repository's own config, calling this binary by its absolute
/// path (git runs them from anywhere). Says each thing it did; a second run changes nothing and says so.
struct SetupGitCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "setup-git",
            abstract: tr("Set up the git repository around the plan file to merge and diff it with convene.").cli,
            discussion: tr(
                "Writes the plan's line in .gitattributes at the top of the work tree, ignores the lock, backups and journals Convene keeps beside the plan in .gitignore, sets merge.convene.* and diff.convene.* with git config --local, and gives this clone a tag of its own (convene.copy), which the ids it issues end in, so that two clones never issue the same id. The drivers call this convene by its absolute path: run setup-git again after moving it."
            ).cli)
    }

    @OptionGroup var plan: PlanOptions

    func run() throws {
        let repository = try GitRepository.current()
        let binary = Self.executablePath()
        let path = try pathInWorkTree(repository)
        let pattern = WorkTreeFile.pattern(path)
        var said: [Phrase] = []
        if try WorkTreeFile(top: repository.top, name: ".gitattributes").ensure(pattern + " merge=convene diff=convene")
        {
            said.append(tr("added '\(pattern) merge=convene diff=convene' to .gitattributes"))
        }
        // What Convene keeps beside the plan is this machine's: the lock, the backups, the planner's journals.
        let ignored = WorkTreeFile(top: repository.top, name: ".gitignore")
        let folder = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
        let besides = [
            WorkTreeFile.escaped(path) + ".lock", WorkTreeFile.escaped(path) + ".bak*",
            WorkTreeFile.escaped(path) + ".journal-*",
            WorkTreeFile.escaped((folder == "/" ? "" : folder) + "/." + name) + ".*.journal",
        ]
        for line in besides where try ignored.ensure(line) { said.append(tr("added '\(line)' to .gitignore")) }
        let command = Self.shellQuoted(binary)
        let settings = [
            ("merge.convene.name", "convene plan merge"),
            ("merge.convene.driver", command + " merge %O %A %B"),
            ("diff.convene.textconv", command + " diff --textconv"),
            ("diff.convene.command", command + " diff --git-external"),
        ]
        for (key, value) in settings where try repository.localValue(key) != value {
            try repository.setLocal(key, value)
            said.append(tr("set \(key) to \(value)"))
        }
        // Git never copies a clone's own config: each clone that runs this draws a tag of its own for its new ids.
        if try repository.localValue(CloneCopyTag.key).flatMap({ CopyTag($0) }) == nil {
            let tag = CopyTag.random()
            try repository.setLocal(CloneCopyTag.key, tag.text)
            said.append(
                tr(
                    "set \(CloneCopyTag.key) to \(tag.text): the ids this clone issues end in _\(tag.text), so they never collide with another clone's"
                ))
        }
        if said.isEmpty {
            Console.out(tr("git is already set up for \(pattern); nothing changed").cli)
        } else {
            for line in said { Console.out(line.cli) }
            Console.out(tr("the drivers call \(binary); run convene setup-git again after moving it").cli)
        }
    }

    /// The plan's path from the work tree's top (`/plan.json`); a usage error when the plan is outside the work tree.
    private func pathInWorkTree(_ repository: GitRepository) throws -> String {
        let path = plan.store.path
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        let url = URL(fileURLWithPath: absolute).standardized
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath().path
        let top = URL(fileURLWithPath: repository.top).resolvingSymlinksInPath().path
        let full = (folder == "/" ? "" : folder) + "/" + url.lastPathComponent
        guard full.hasPrefix(top + "/") else {
            throw UsageError(
                tr(
                    "the plan file \(path) is outside the git work tree \(repository.top); keep the plan inside the repository"
                ))
        }
        return String(full.dropFirst(top.count))
    }

    /// This program's own file, resolved (`/proc/self/exe`), else its name as started.
    static func executablePath() -> String {
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return exe }
        return URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
    }

    /// `path` as one word for the shell git runs a driver with: in single quotes, a quote inside written `'\''`.
    static func shellQuoted(_ path: String) -> String { "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'" }
}
