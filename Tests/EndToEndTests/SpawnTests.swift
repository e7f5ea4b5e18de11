import ConveneTestSupport
import Testing

/// The helper that starts programs for the end-to-end tests.
@Suite("Spawning programs for the tests")
struct SpawnTests {
    @Test("a child starts with no signal blocked, though tests run on threads that block nearly all")
    func signalsReachTheChild() throws {
        let result = try Spawn.run(["/bin/sh", "-c", "kill -TERM $$; exit 7"])
        #expect(result.status == 128 + 15, "SIGTERM must end the shell; exit 7 means it was blocked")
        let mask = try Spawn.run(["/bin/sh", "-c", "grep SigBlk /proc/self/status"]).stdout
        #expect(mask.contains("0000000000000000"), "\(mask)")
    }

    @Test("output, errors and exit status come back; an empty command is an error, not a crash")
    func outputAndStatus() throws {
        let result = try Spawn.run(["/bin/sh", "-c", "printf 'out'; printf 'err' >&2; exit 3"])
        #expect(result.status == 3 && result.stdout == "out" && result.stderr == "err")
        #expect(throws: Spawn.Failure.self) { try Spawn.run([]) }
        #expect(throws: Spawn.Failure.self) { try Spawn.run(["/nonexistent/program"]) }
    }
}
