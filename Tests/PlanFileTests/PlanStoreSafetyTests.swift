import ConveneTestSupport
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Plan store: links, modes, backups, odd files")
struct PlanStoreSafetyTests {
    /// A book told apart from the others by its first organisation's name.
    func version(_ n: Int) -> Book {
        var book = SampleBook.make()
        book.organisations[0].name = "版本 \(n)"
        return book
    }

    @Test("each save shifts the backups: .bak is the previous save, .bak.1 … .bak.3 the ones before")
    func numberedBackups() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        var saved: [Data] = []
        for n in 0..<7 {
            try store.save(version(n))
            saved.append(try #require(bytes(store.path)))
        }
        #expect(PlanStore.numberedBackups == 3)
        #expect(bytes(store.backupPath(0)) == saved[5])
        #expect(bytes(store.backupPath(1)) == saved[4])
        #expect(bytes(store.backupPath(2)) == saved[3])
        #expect(bytes(store.backupPath(3)) == saved[2])
        #expect(
            folder.names == ["plan.json", "plan.json.bak", "plan.json.bak.1", "plan.json.bak.2", "plan.json.bak.3"],
            "the oldest goes, no temp file is left")
        for n in 0...3 { #expect(mode(store.backupPath(n)) == 0o600) }
    }

    @Test("a backup name taken by a link or another kind of file is replaced, never followed")
    func backupLinksReplaced() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        try store.save(version(0))
        let victim = folder.file("victim")
        write(Data("precious".utf8), to: victim)
        for n in 0...3 { symlink(victim, store.backupPath(n)) }
        for n in 1...5 { try store.save(version(n)) }
        #expect(bytes(victim) == Data("precious".utf8))
        for n in 0...3 {
            var st = stat()
            #expect(lstat(store.backupPath(n), &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG, "\(n)")
        }
    }

    @Test("an existing plan keeps its mode (0640, 0644) and so do its backups; a new one is 0600")
    func modeKept() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        let old = umask(0o077)
        defer { umask(old) }
        try store.save(version(0))
        #expect(mode(store.path) == 0o600)
        for kept in [0o640, 0o644] {
            chmod(store.path, mode_t(kept))
            try store.save(version(1))
            #expect(mode(store.path) == kept, "\(String(mode(store.path), radix: 8))")
            #expect(mode(store.backupPath) == kept)
        }
    }

    @Test("a symlinked plan (the planner's save path): saved through the store, the link stays a link")
    func symlinkedPlan() throws {
        let folder = TempFolder()
        mkdir(folder.file("real"), 0o700)
        let real = folder.file("real/plan.json")
        try PlanStore(path: real).save(version(0))
        let link = folder.file("plan.json")
        symlink("real/plan.json", link)
        let store = PlanStore(path: link)
        #expect(store.path == real && store.displayPath == link)
        #expect(store.lockPath == real + ".lock" && store.backupPath == real + ".bak")
        let (book, _) = try store.loadWithFingerprint()
        #expect(book == version(0))
        try store.withLock { try store.save(version(1)) }
        var st = stat()
        #expect(lstat(link, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK, "the link is still a link")
        #expect(try PlanStore(path: real).load() == version(1), "the real file has the edit")
        #expect(try PlanStore(path: real + ".bak").load() == version(0), "the backup is by the real file")
        #expect(folder.names == ["plan.json", "real"])
    }

    @Test("a dangling plan link: every read and write says so, and nothing is created")
    func danglingLink() throws {
        let folder = TempFolder()
        let link = folder.file("plan.json")
        symlink(folder.file("gone.json"), link)
        let store = PlanStore(path: link)
        let error = PlanFileError.danglingLink(path: link, target: folder.file("gone.json"))
        #expect(throws: error) { try store.load() }
        #expect(throws: error) { try store.save(Book()) }
        #expect(throws: error) { try store.loadOrCreate(SampleBook.make) }
        #expect(
            error.description
                == "\(link): is a symbolic link to \(folder.file("gone.json")), which does not exist. Point the link at the plan file, or remove the link."
        )
        #expect(folder.names == ["plan.json"])
    }

    @Test("a FIFO or a device is refused before it is opened, naming what it is")
    func notAFile() throws {
        let folder = TempFolder()
        let fifo = folder.file("plan.json")
        mkfifo(fifo, 0o600)
        #expect(throws: PlanFileError.notAFile(path: fifo, kind: tr("a named pipe (FIFO)"))) {
            try PlanStore(path: fifo).load()
        }
        #expect(throws: PlanFileError.notAFile(path: "/dev/null", kind: tr("a character device"))) {
            try PlanStore(path: "/dev/null").load()
        }
        #expect(
            PlanFileError.notAFile(path: fifo, kind: tr("a named pipe (FIFO)")).description
                == "\(fifo): cannot be read (it is a named pipe (FIFO), not a file). Give --file the path of a plan file; to start a new plan, run 'convene init --file <new path>'."
        )
    }

    @Test("temp files have a random part after the pid; only our own regular temp files of dead writers go")
    func tempNames() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        try store.save(Book())
        let dead = "999999"  // above pid_max: no such process
        let staleNew = folder.file(".plan.json.\(dead).00112233aabbccdd.tmp")
        let odd = folder.file(".plan.json.\(dead).not-hex.tmp")
        let linked = folder.file(".plan.json.\(dead).0011223344556677.tmp")
        let victim = folder.file("victim")
        for f in [staleNew, odd, victim] { write(Data("x".utf8), to: f) }
        symlink(victim, linked)
        try store.save(SampleBook.make())
        #expect(bytes(staleNew) == nil, "a dead writer's temp goes")
        #expect(bytes(odd) != nil, "a name that is not a temp name stays")
        var st = stat()
        #expect(lstat(linked, &st) == 0, "a link is never removed (we did not make it)")
        #expect(bytes(victim) == Data("x".utf8))
    }
}
