import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore

#if canImport(Glibc)
    import Glibc
#endif

/// How a child process ended, and the most memory it used.
struct Ended {
    /// The exit status, or nil when a signal ended it.
    let status: Int32?
    let signal: Int32?
    let maxRSSKB: Int
    let seconds: Double
    let stdout: Data
    let stderr: Data
    var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
}

/// A child started with posix_spawn: its pid (for kill) and its output files.
struct Child {
    let pid: pid_t
    let started: Date
    let outPath: String?
    let errPath: String?

    /// Waits for the child and reads its output and peak memory (wait4's rusage is this child's alone).
    func wait() -> Ended {
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let seconds = Date().timeIntervalSince(started)
        let signalled = (status & 0x7f) != 0
        let out = outPath.flatMap { FileManager.default.contents(atPath: $0) } ?? Data()
        let err = errPath.flatMap { FileManager.default.contents(atPath: $0) } ?? Data()
        if let outPath { unlink(outPath) }
        if let errPath { unlink(errPath) }
        return Ended(
            status: signalled ? nil : (status >> 8) & 0xff, signal: signalled ? status & 0x7f : nil,
            maxRSSKB: Int(usage.ru_maxrss), seconds: seconds, stdout: out, stderr: err)
    }
}

/// Starts `executable` with `arguments` in a clean environment; output goes to files in `scratch` (nil: /dev/null).
func spawn(_ executable: String, _ arguments: [String], environment extra: [String: String] = [:], scratch: String?)
    throws -> Child
{
    var env = [
        "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TZ": "UTC", "PATH": "/usr/bin:/bin:/usr/sbin:/sbin", "COLUMNS": "100",
    ]
    for (k, v) in extra { env[k] = v }
    let tag = UUID().uuidString.prefix(8)
    let outPath = scratch.map { "\($0)/.out-\(tag)" }, errPath = scratch.map { "\($0)/.err-\(tag)" }
    let started = Date()
    let pid = try Spawn.start(
        [executable] + arguments, environment: env, stdout: outPath ?? "/dev/null", stderr: errPath ?? "/dev/null")
    return Child(pid: pid, started: started, outPath: outPath, errPath: errPath)
}

/// Runs to the end.
func runChild(_ executable: String, _ arguments: [String], environment: [String: String] = [:], scratch: String) throws
    -> Ended
{
    try spawn(executable, arguments, environment: environment, scratch: scratch).wait()
}

/// The sample plan with `extra` more people (with phone and email) in the host organisation: a realistic size.
func realisticBook(extraPeople extra: Int) -> Book {
    var book = SampleBook.make()
    let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗")
    let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华")
    for n in 0..<extra {
        let name =
            String(surnames[n % surnames.count]) + String(given[(n / 7) % given.count])
            + String(given[(n / 3) % given.count])
        book.people.append(
            Person(
                id: "p\(100 + n)", name: name, org: "o\(2 + n % 6)", title: "干事",
                politics: .member, phone: "+86 138 \(String(format: "%04d %04d", n / 10000, n % 10000))",
                email: "person\(n)@example.cn"))
    }
    return book
}

/// The temp files a save may leave: `.plan.json.<pid>.<random>.tmp` (older versions: `.plan.json.<pid>.tmp`, `plan.json.bak.tmp`).
func tempFiles(in folder: TempFolder) -> [String] {
    folder.names.filter { $0.hasSuffix(".tmp") }
}

/// What must never reach a terminal: C0 controls other than LF (and CR, tab when allowed), DEL, C1 and bidi controls, invalid UTF-8.
func terminalHazards(_ data: Data, allowCR: Bool = false, allowTab: Bool = false) -> [String] {
    var found: [String] = []
    guard let text = String(validating: data, as: UTF8.self) else { return ["invalid UTF-8"] }
    for s in text.unicodeScalars {
        let v = s.value
        if v == 0x0A { continue }
        if v == 0x0D && allowCR { continue }
        if v == 0x09 && allowTab { continue }
        if v < 0x20 || v == 0x7F {
            found.append(String(format: "U+%04X", v))
        } else if (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
            || v == 0x200E || v == 0x200F || v == 0x061C
        {
            found.append(String(format: "U+%04X", v))
        }
    }
    return Array(Set(found)).sorted()
}

/// The built convene, as a path.
func convenePath() throws -> String { try conveneBinary().path }

/// Whether this process may mount file systems (root in a namespace that allows it).
func canMount(at path: String) -> Bool {
    guard getuid() == 0 else { return false }
    let r = try? runChild(
        "/bin/mount", ["-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", path], scratch: NSTemporaryDirectory())
    guard r?.status == 0 else { return false }
    _ = try? runChild("/bin/umount", [path], scratch: NSTemporaryDirectory())
    return true
}

/// Whether a tmpfs can be mounted here, tried once on a folder of its own: the condition of the tests that
/// need one, so that without it they show as skipped rather than passed.
let canMountTmpfs: Bool = {
    let path = NSTemporaryDirectory() + "/convene-can-mount-\(getpid())"
    guard mkdir(path, 0o700) == 0 else { return false }
    defer { rmdir(path) }
    return canMount(at: path)
}()

func sh(_ command: String) -> Ended? {
    try? runChild("/bin/sh", ["-c", command], scratch: NSTemporaryDirectory())
}

func ms(_ seconds: Double) -> String { String(format: "%.0f ms", seconds * 1000) }
