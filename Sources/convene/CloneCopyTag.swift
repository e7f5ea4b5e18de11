import Foundation
import PlannerCore

/// The copy tag of the git clone a plan file is in (`Book.copyTag`): `convene.copy` in the clone's own config, which
/// `convene setup-git` draws and which `git clone` never copies, so every clone issues ids of its own.
enum CloneCopyTag {
    /// The key in the repository's local config.
    static let key = "convene.copy"

    /// The tag of the clone holding `path`, or nil when the file is in no git work tree, the clone has no tag (or one
    /// that is not a tag) or git cannot run: then the ids are short, and a merge renumbers where they collide. Git
    /// runs only when a `.git` is found above the file, so a plan outside git costs a few `stat`s.
    static func of(planAt path: String) -> CopyTag? {
        guard let top = workTree(holding: path) else { return nil }
        return (try? GitRepository(top: top).localValue(key))?.flatMap { CopyTag($0) }
    }

    /// The nearest folder above `path` holding a `.git` (a folder, or a file in a linked work tree).
    static func workTree(holding path: String) -> String? {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var folder = URL(fileURLWithPath: absolute).standardized.deletingLastPathComponent()
        while true {
            if access(folder.appendingPathComponent(".git").path, F_OK) == 0 { return folder.path }
            let up = folder.deletingLastPathComponent()
            if up.path == folder.path { return nil }
            folder = up
        }
    }
}
