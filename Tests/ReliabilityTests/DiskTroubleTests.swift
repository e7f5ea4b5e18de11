import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Saving fails: a clear message, exit 3, the old file byte-identical, no temp file left.
@Suite("Disk trouble", .serialized)
struct DiskTroubleTests {
    /// A book whose file is about `bytes` long.
    func book(ofAbout target: Int) throws -> Book {
        var extra = 0
        while true {
            let book = realisticBook(extraPeople: extra)
            if try PlanFormat.encode(book).count >= target { return book }
            extra += 20
        }
    }

    func addPerson(_ path: String, via prefix: [String] = [], scratch: String) throws -> Ended {
        let binary = try convenePath()
        let args = ["person", "add", "--file", path, "--name", "新人", "--org", "o2", "--politics", "masses"]
        if prefix.isEmpty { return try runChild(binary, args, scratch: scratch) }
        return try runChild(prefix[0], Array(prefix.dropFirst()) + [binary] + args, scratch: scratch)
    }

    func expectRefused(_ ended: Ended, _ phrase: String, old: Data?, path: String, _ what: String) {
        #expect(ended.status == 3, "\(what): exit \(String(describing: ended.status)) \(ended.stderrText)")
        #expect(ended.stderrText.contains(phrase), "\(what): \(ended.stderrText)")
        #expect(bytes(path) == old, "\(what): the old file is intact")
        print(
            "[reliability] \(what): exit \(ended.status.map(String.init) ?? "signal"), old file byte-identical: \(bytes(path) == old) — \(ended.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))"
        )
    }

    @Test("saving into a read-only folder")
    func readOnlyFolder() throws {
        let folder = TempFolder()
        let mountPoint = folder.file("ro")
        mkdir(mountPoint, 0o700)
        let path = mountPoint + "/plan.json"
        if canMount(at: mountPoint) {
            // root ignores permission bits: a tmpfs remounted read-only refuses even root.
            #expect(sh("mount -t tmpfs -o size=1m,mode=0700 tmpfs '\(mountPoint)'")?.status == 0)
            defer {
                _ = sh("umount '\(mountPoint)'")
                withExtendedLifetime(folder) {}
            }
            try PlanStore(path: path).save(SampleBook.make())
            let old = bytes(path)
            #expect(sh("mount -o remount,ro '\(mountPoint)'")?.status == 0)
            let ended = try addPerson(path, scratch: folder.path)
            expectRefused(ended, "read-only file system", old: old, path: path, "read-only folder (tmpfs remounted ro)")
            // Reading still works.
            let agenda = try runChild(try convenePath(), ["agenda", "--file", path], scratch: folder.path)
            #expect(agenda.status == 0 && agenda.stdoutText.contains("Agenda"))
        } else if getuid() != 0 {
            try PlanStore(path: path).save(SampleBook.make())
            let old = bytes(path)
            chmod(mountPoint, 0o500)
            defer { chmod(mountPoint, 0o700) }
            let ended = try addPerson(path, scratch: folder.path)
            expectRefused(ended, "no permission", old: old, path: path, "read-only folder (chmod 0500)")
        } else {
            // Root without mount: drop to nobody for the child.
            chmod(folder.path, 0o755)
            try PlanStore(path: path).save(SampleBook.make())
            chmod(path, 0o644)
            chmod(mountPoint, 0o755)
            let old = bytes(path)
            let ended = try addPerson(
                path, via: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"],
                scratch: folder.path)
            expectRefused(ended, "could not be saved", old: old, path: path, "read-only folder (as nobody)")
        }
    }

    @Test(
        "a full disk (64 KB tmpfs)",
        .enabled(if: canMountTmpfs, "needs root allowed to mount a tmpfs; the ulimit -f test covers a failing write"))
    func fullDisk() throws {
        let folder = TempFolder()
        let mountPoint = folder.file("small")
        mkdir(mountPoint, 0o700)
        #expect(sh("mount -t tmpfs -o size=64k,mode=0700 tmpfs '\(mountPoint)'")?.status == 0)
        defer {
            _ = sh("umount '\(mountPoint)'")
            withExtendedLifetime(folder) {}
        }
        let path = mountPoint + "/plan.json"
        try PlanStore(path: path).save(try book(ofAbout: 40_000))
        let old = bytes(path)
        let ended = try addPerson(path, scratch: folder.path)
        expectRefused(
            ended, "the disk is full", old: old, path: path, "full disk (64 KB tmpfs, \(old!.count / 1024) KB plan)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: mountPoint)) ?? []
        #expect(!names.contains { $0.hasSuffix(".tmp") }, "the partial temp file is removed: \(names)")
        #expect(try PlanStore(path: path).load().people.count == realisticBookCount(old!))
    }

    func realisticBookCount(_ data: Data) -> Int { (try? PlanFormat.decode(data, path: "x").people.count) ?? -1 }

    @Test("a file-size limit (ulimit -f 8): SIGXFSZ is ignored, the write fails with EFBIG")
    func fileSizeLimit() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        try PlanStore(path: path).save(try book(ofAbout: 20_000))
        let old = bytes(path)
        let ended = try addPerson(
            path, via: ["/bin/bash", "-c", "ulimit -f 8; exec \"$@\"", "bash"], scratch: folder.path)
        #expect(ended.signal == nil, "not killed by SIGXFSZ")
        expectRefused(
            ended, "ulimit -f", old: old, path: path, "file-size limit (ulimit -f 8 KB, \(old!.count / 1024) KB plan)")
        #expect(tempFiles(in: folder).isEmpty, "the partial temp file is removed")
    }

    @Test("--file naming a folder")
    func fileIsAFolder() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        mkdir(path, 0o700)
        write(Data("keep".utf8), to: path + "/inside")
        for args in [
            ["person", "add", "--file", path, "--name", "X", "--org", "o1", "--politics", "masses"],
            ["agenda", "--file", path],
        ] {
            let ended = try runChild(try convenePath(), args, scratch: folder.path)
            #expect(ended.status == 3)
            #expect(ended.stderrText.contains("it is a folder, not a file"), "\(ended.stderrText)")
            print(
                "[reliability] --file is a folder (\(args[0])): exit \(ended.status ?? -1) — \(ended.stderrText.trimmingCharacters(in: .whitespacesAndNewlines))"
            )
        }
        #expect(bytes(path + "/inside") == Data("keep".utf8))
    }
}
