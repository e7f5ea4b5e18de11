import ArgumentParser
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Seconds on the monotonic clock.
func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// Keeps results alive so the optimiser cannot drop the work being timed.
nonisolated(unsafe) var sink = 0

/// Median wall time in milliseconds of `runs` calls of `body`; `prepare` runs untimed before each call.
func medianMilliseconds(_ runs: Int, prepare: () throws -> Void = {}, _ body: () throws -> Void) throws -> Double {
    var times: [Double] = []
    for _ in 0..<max(1, runs) {
        try prepare()
        let start = now()
        try body()
        times.append((now() - start) * 1000)
    }
    times.sort()
    return times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
}

/// This process's peak resident set size in MB.
func peakMegabytes() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Runs a program with its output thrown away; wall milliseconds and peak RSS (MB) of that process alone.
func runProcess(_ path: String, _ arguments: [String]) -> (milliseconds: Double, megabytes: Double, status: Int32)? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let start = now()
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let elapsed = (now() - start) * 1000
    return (elapsed, Double(usage.ru_maxrss) / 1024, (status >> 8) & 0xFF)
}

/// The path of the running executable.
func executablePath() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    return n > 0 ? String(cString: buffer) : CommandLine.arguments[0]
}

/// The convene binaries a `--convene A,B` option names (default: the one beside this bench), each checked to run.
func conveneBinaries(_ option: String?) throws -> [String] {
    let beside = (executablePath() as NSString).deletingLastPathComponent + "/convene"
    let binaries = (option ?? beside).split(separator: ",").map(String.init)
    for binary in binaries where !FileManager.default.isExecutableFile(atPath: binary) {
        throw ValidationError("\(binary) is not an executable convene")
    }
    return binaries
}

/// The peak memory in MB that `/usr/bin/time -f %M -o memo` wrote (kilobytes), else `fallback` (the child's own
/// figure) when there is no such file.
func peakMegabytes(memo: String?, else fallback: Double) -> Double {
    let kilobytes = memo.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }.flatMap {
        Double($0.trimmingCharacters(in: .whitespacesAndNewlines))
    }
    return kilobytes.map { $0 / 1024 } ?? fallback
}
