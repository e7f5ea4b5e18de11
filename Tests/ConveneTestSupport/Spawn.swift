import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs programs for the tests with `posix_spawn` and `waitpid`, not Foundation's `Process`.
///
/// On Linux, `Process.waitUntilExit()` learns that a child ended when a socket the child inherited
/// closes (swift-corelibs-foundation#4795). A child that leaves a daemon behind — `tmux new-session`
/// starts the tmux server — hands that socket on, and the wait never returns: CI hung for 90 minutes
/// on it. Here the child gets only standard input, output and error (every other descriptor is
/// closed), output goes to temporary files rather than pipes a daemon could hold open, and the
/// parent waits for exactly its own pid. The child starts with no signal blocked (see `start`).
public enum Spawn {
    /// What a finished program wrote and how it ended.
    public struct Result: Sendable {
        public let status: Int32
        public let stdout: String
        public let stderr: String
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Runs `argv` (the program's path first) to the end with stdin from /dev/null.
    /// `environment` replaces the test process's environment when given.
    public static func run(_ argv: [String], environment: [String: String]? = nil) throws -> Result {
        let folder = FileManager.default.temporaryDirectory.path
        let stem = "\(folder)/convene-spawn-\(getpid())-\(UUID().uuidString.prefix(8))"
        let outPath = stem + ".out", errPath = stem + ".err"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        let pid = try start(argv, environment: environment, stdout: outPath, stderr: errPath)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 {
            guard errno == EINTR else { throw Failure(description: "waitpid(\(pid)) failed: errno \(errno)") }
        }
        let code: Int32 = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return Result(status: code, stdout: text(outPath), stderr: text(errPath))
    }

    /// Asks the spawn to close every descriptor from 3 up (glibc 2.34's `addclosefrom_np`, which
    /// Swift's Glibc module does not declare, so it is looked up by name).
    private static func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
        typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        guard let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") else {
            fatalError("posix_spawn_file_actions_addclosefrom_np is missing: the tests need glibc 2.34 or later")
        }
        let rc = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
        precondition(rc == 0, "posix_spawn_file_actions_addclosefrom_np failed: \(rc)")
    }

    /// Starts `argv` with stdin from /dev/null and stdout and stderr written to the files at those paths, and
    /// returns its pid (the caller waits for it). The child gets no other descriptor, and every signal at its
    /// default and unblocked: a test runs on a dispatch worker thread, which blocks nearly all signals, and a
    /// spawned child would inherit that mask (SIGTERM and SIGHUP sent by a test would never arrive).
    public static func start(_ argv: [String], environment: [String: String]? = nil, stdout: String, stderr: String)
        throws -> pid_t
    {
        guard let program = argv.first else { throw Failure(description: "nothing to run: argv is empty") }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (fd, path, flags) in [
            (Int32(0), "/dev/null", O_RDONLY), (1, stdout, O_WRONLY | O_CREAT | O_TRUNC),
            (2, stderr, O_WRONLY | O_CREAT | O_TRUNC),
        ] {
            let rc = posix_spawn_file_actions_addopen(&actions, fd, path, flags, 0o600)
            guard rc == 0 else {
                throw Failure(description: "cannot open \(path) for \(program): \(String(cString: strerror(rc)))")
            }
        }
        closeInheritedDescriptors(&actions)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let env = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }
        var pid: pid_t = 0
        let spawned = withCStrings(argv) { cArgv in
            withCStrings(env) { cEnv in posix_spawn(&pid, program, &actions, &attributes, cArgv, cEnv) }
        }
        guard spawned == 0 else {
            throw Failure(description: "could not start \(program): \(String(cString: strerror(spawned)))")
        }
        return pid
    }

    private static func text(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    /// Calls `body` with a NULL-terminated C array of copies of `strings`.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
