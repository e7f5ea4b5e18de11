import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// The pids the next processes will most likely get: from the last one handed out, `count` on (wrapping).
func nextPIDs(_ count: Int) -> [Int] {
    let last =
        (try? String(contentsOfFile: "/proc/sys/kernel/ns_last_pid", encoding: .utf8))
        .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? Int(getpid())
    let max =
        (try? String(contentsOfFile: "/proc/sys/kernel/pid_max", encoding: .utf8))
        .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) } ?? 32768
    return (1...count).map { (last + $0) % max }.filter { $0 > 300 }
}

func isSymlink(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
}

func owner(_ path: String) -> uid_t? {
    var st = stat()
    return lstat(path, &st) == 0 ? st.st_uid : nil
}

func isRegular(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
}

/// Root, with `setpriv` to act as user nobody (65534), and Python to plant thousands of names quickly.
let canActAsNobody: Bool =
    getuid() == 0 && access("/usr/bin/setpriv", X_OK) == 0 && access("/usr/bin/python3", X_OK) == 0

@Suite("Shared folders, symbolic links and odd files")
struct SharedFolderTests {
    let person = ["--name", "新人", "--org", "o2", "--politics", "masses"]

    /// A plan holding the sample, saved in `folder` as `name`.
    func samplePlan(in folder: TempFolder, _ name: String = "plan.json") throws -> String {
        let path = folder.file(name)
        try PlanStore(path: path).save(SampleBook.make())
        return path
    }

    @Test("symbolic links planted at the next pids' temp names are never followed by a save")
    func plantedTempLinks() throws {
        let folder = TempFolder()
        let path = try samplePlan(in: folder)
        let victim = folder.file("victim.txt")
        write(Data("precious".utf8), to: victim)
        let pids = nextPIDs(3000)
        for pid in pids where pid % 2 == 0 { symlink(victim, folder.file(".plan.json.\(pid).tmp")) }
        for pid in pids where pid % 2 == 1 {
            write(Data("planted".utf8), to: folder.file(".plan.json.\(pid).tmp"))
            chmod(folder.file(".plan.json.\(pid).tmp"), 0o666)
        }
        symlink(victim, folder.file("plan.json.bak.tmp"))
        let ended = try runChild(try convenePath(), ["person", "add", "--file", path] + person, scratch: folder.path)
        #expect(ended.status == 0, "\(ended.stderrText)")
        #expect(bytes(victim) == Data("precious".utf8), "the file a planted link points at is untouched")
        #expect(isRegular(path) && mode(path) == 0o600, "the plan is a regular file, 0600: \(mode(path))")
        #expect(try PlanStore(path: path).load().people.contains { $0.name == "新人" })
    }

    @Test("a dangling symbolic link at the lock path: refused, and no file is created where it points")
    func danglingLockLink() throws {
        let folder = TempFolder()
        let path = try samplePlan(in: folder)
        let pointed = folder.file("elsewhere-made-by-lock")
        symlink(pointed, path + ".lock")
        let ended = try runChild(try convenePath(), ["person", "add", "--file", path] + person, scratch: folder.path)
        #expect(ended.status == 3, "\(ended.stderrText)")
        #expect(ended.stderrText.contains("\(path).lock is a symbolic link"), "\(ended.stderrText)")
        #expect(access(pointed, F_OK) != 0, "nothing was created where the link points")
    }

    @Test("a symlinked plan: person add edits the real file, the link stays a link, one lock for both")
    func symlinkedPlan() throws {
        let folder = TempFolder()
        mkdir(folder.file("real"), 0o700)
        let real = try samplePlan(in: folder, "real/plan.json")
        let link = folder.file("link.json")
        symlink("real/plan.json", link)
        let ended = try runChild(try convenePath(), ["person", "add", "--file", link] + person, scratch: folder.path)
        #expect(ended.status == 0, "\(ended.stderrText)")
        #expect(isSymlink(link), "the link is still a link")
        #expect(try PlanStore(path: real).load().people.contains { $0.name == "新人" }, "the real file has the edit")
        #expect(
            access(real + ".bak", F_OK) == 0 && access(real + ".lock", F_OK) == 0, "backup and lock by the real file")
        #expect(access(link + ".lock", F_OK) != 0 && access(link + ".bak", F_OK) != 0, "none by the link")
    }

    @Test("a symlinked plan whose target is missing: a clear error naming the link")
    func danglingPlanLink() throws {
        let folder = TempFolder()
        let link = folder.file("link.json")
        symlink(folder.file("gone.json"), link)
        let ended = try runChild(try convenePath(), ["person", "add", "--file", link] + person, scratch: folder.path)
        #expect(ended.status == 3)
        #expect(
            ended.stderrText.contains(
                "\(link): is a symbolic link to \(folder.file("gone.json")), which does not exist"),
            "\(ended.stderrText)")
        #expect(access(folder.file("gone.json"), F_OK) != 0 && isSymlink(link))
    }

    @Test("a 0640 plan stays 0640 through a save")
    func modeKept() throws {
        let folder = TempFolder()
        let path = try samplePlan(in: folder)
        chmod(path, 0o640)
        let ended = try runChild(try convenePath(), ["person", "add", "--file", path] + person, scratch: folder.path)
        #expect(ended.status == 0, "\(ended.stderrText)")
        #expect(mode(path) == 0o640, "mode \(String(mode(path), radix: 8))")
        #expect(mode(path + ".bak") == 0o640)
    }

    @Test("--file naming a FIFO, a device or a folder is refused at once (exit 3), naming the path")
    func notAFile() throws {
        let folder = TempFolder()
        let fifo = folder.file("pipe.json")
        mkfifo(fifo, 0o600)
        let dir = folder.file("dir.json")
        mkdir(dir, 0o700)
        for (path, kind) in [(fifo, "a named pipe (FIFO)"), ("/dev/zero", "a character device"), (dir, "a folder")] {
            for args in [["agenda", "--file", path], ["person", "add", "--file", path] + person] {
                let ended = try runChild(
                    "/usr/bin/timeout", ["-s", "KILL", "5", try convenePath()] + args, scratch: folder.path)
                #expect(ended.seconds < 1, "\(args[0]) on \(kind): took \(ended.seconds) s")
                #expect(ended.status == 3, "\(args[0]) on \(kind): exit \(String(describing: ended.status))")
                #expect(
                    ended.stderrText.contains("\(path): cannot be read (it is \(kind), not a file)"),
                    "\(ended.stderrText)")
            }
        }
    }

    @Test(
        "a big plan truncated in place while it is read: never SIGBUS, the plan or a clear error",
        .timeLimit(.minutes(5)))
    func truncatedWhileRead() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        var book = realisticBook(extraPeople: 12_000)
        book.people.sort { $0.id < $1.id }
        try PlanStore(path: path).save(book)
        let full = try #require(bytes(path))
        #expect(full.count > 1 << 20, "big enough to have been mapped: \(full.count) bytes")
        // How long a whole run takes, untouched: the truncations are spread over it, so some land while it reads.
        let whole = try runChild(try convenePath(), ["check", "--file", path], scratch: folder.path)
        #expect(whole.status == 0 || whole.status == 1, "\(whole.stderrText)")
        var outcomes: [String: Int] = [:]
        let runs = 30
        for run in 0..<runs {
            let fd = open(path, O_WRONLY | O_CREAT, 0o600)
            _ = full.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            close(fd)
            let child = try spawn(try convenePath(), ["check", "--file", path], scratch: folder.path)
            usleep(useconds_t(whole.seconds * 1_000_000 * Double(run) / Double(runs)))
            truncate(path, off_t(full.count / 2))
            let ended = child.wait()
            #expect(ended.signal == nil, "run \(run): killed by signal \(ended.signal ?? 0)")
            let changed = ended.stderrText.contains("changed while it was being read; try again")
            let cut = ended.stderrText.contains("is not a Convene plan")
            #expect(
                ended.status == 0 || ended.status == 1 || (ended.status == 3 && (changed || cut)),
                "run \(run): \(ended.stderrText)")
            let key =
                ended.signal.map { "signal \($0)" }
                ?? (ended.status == 3 ? (changed ? "changed while read" : "read after the cut") : "read whole")
            outcomes[key, default: 0] += 1
        }
        print(
            "[reliability] big plan (\(full.count / 1024) KB) truncated in place while read, \(runs) runs over \(ms(whole.seconds)): \(outcomes)"
        )
    }

    @Test(
        "user nobody plants links and 0666 files in a shared folder: root's save overwrites nothing, keeps the plan",
        .enabled(if: canActAsNobody, "needs root, setpriv and /usr/bin/python3"), .timeLimit(.minutes(10)))
    func secondUserPlants() throws {
        let folder = TempFolder()
        chmod(folder.path, 0o755)
        let shared = folder.file("shared")
        mkdir(shared, 0o777)
        chmod(shared, 0o777)  // group and world writable, no sticky bit: anyone may add and replace names
        let path = shared + "/plan.json"
        try PlanStore(path: path).save(SampleBook.make())
        let victim = folder.file("victim.txt")
        write(Data("precious".utf8), to: victim)
        chmod(victim, 0o600)
        let pids = nextPIDs(4000)
        let plant = """
            import os, sys
            shared, victim = sys.argv[1], sys.argv[2]
            for i, pid in enumerate(map(int, sys.argv[3].split(','))):
                name = os.path.join(shared, '.plan.json.%d.tmp' % pid)
                if i % 2 == 0:
                    os.symlink(victim, name)
                else:
                    fd = os.open(name, os.O_WRONLY | os.O_CREAT, 0o666); os.fchmod(fd, 0o666); os.close(fd)
            os.symlink(victim, os.path.join(shared, 'plan.json.bak.tmp'))
            os.symlink(victim, os.path.join(shared, 'plan.json.bak.1'))
            """
        let planted = try runChild(
            "/usr/bin/setpriv",
            [
                "--reuid=65534", "--regid=65534", "--clear-groups", "/usr/bin/python3", "-c", plant, shared, victim,
                pids.map(String.init).joined(separator: ","),
            ], scratch: folder.path)
        #expect(planted.status == 0, "planting as nobody: \(planted.stderrText)")
        #expect(owner(shared + "/plan.json.bak.1") == 65534, "nobody planted the names")
        let saves = PlanStore.numberedBackups + 1
        for _ in 0..<saves {
            let ended = try runChild(
                try convenePath(), ["person", "add", "--file", path] + person, scratch: folder.path)
            #expect(ended.status == 0, "\(ended.stderrText)")
        }
        #expect(bytes(victim) == Data("precious".utf8), "the file nobody's links point at is untouched")
        #expect(isRegular(path) && owner(path) == 0 && mode(path) == 0o600, "the plan is root's own regular file, 0600")
        #expect(try PlanStore(path: path).load().people.filter { $0.name == "新人" }.count == saves)
        for n in 0...PlanStore.numberedBackups {
            let backup = PlanStore(path: path).backupPath(n)
            #expect(isRegular(backup) && owner(backup) == 0, "\(backup) is root's own file")
        }
    }
}
