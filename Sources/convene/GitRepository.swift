import Foundation
import Phrasebook

/// The git work tree the command runs in, and its local config, through the real `git` (found on PATH).
struct GitRepository {
    /// The work tree's top folder, as `git rev-parse --show-toplevel` gives it.
    let top: String

    /// The repository around the current folder, or a usage error saying how to get one.
    static func current() throws -> GitRepository {
        let found = try git(["rev-parse", "--show-toplevel"])
        guard found.status == 0, let top = found.output.split(separator: "\n").first else {
            throw UsageError(
                tr(
                    "setup-git must run inside a git work tree (git says: \(found.error.trimmingCharacters(in: .whitespacesAndNewlines))); run git init or cd into the repository first"
                ))
        }
        return GitRepository(top: String(top))
    }

    /// The value of `key` in the repository's own config, nil when it has none.
    func localValue(_ key: String) throws -> String? {
        let got = try Self.git(["-C", top, "config", "--local", "--get", key])
        guard got.status == 0 else { return nil }
        return got.output.hasSuffix("\n") ? String(got.output.dropLast()) : got.output
    }

    /// Sets `key` to `value` in the repository's own config.
    func setLocal(_ key: String, _ value: String) throws {
        let set = try Self.git(["-C", top, "config", "--local", key, value])
        guard set.status == 0 else {
            throw UsageError(
                tr("git could not set \(key): \(set.error.trimmingCharacters(in: .whitespacesAndNewlines))"))
        }
    }

    /// Runs `git arguments`, collecting what it prints; a usage error when git cannot be started.
    static func git(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch {
            throw UsageError(tr("could not run git (\(error.localizedDescription)); install git and try again"))
        }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 {
            throw UsageError(tr("could not run git (not found on PATH); install git and try again"))
        }
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
