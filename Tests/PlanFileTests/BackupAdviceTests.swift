import ConveneTestSupport
import Foundation
import Phrasebook
import PlannerCore
import Testing

@testable import PlanFile

#if canImport(Glibc)
    import Glibc
#endif

/// A refused plan file's message offers to restore a backup only when there is one, and then names the newest by
/// its real path; otherwise it only says what to fix. In English and in Chinese.
@Suite("Plan file errors: the backup they offer")
struct BackupAdviceTests {
    private func sample() throws -> Data { try PlanFormat.encode(SampleBook.make()) }

    /// The error loading `path` gives.
    private func loadError(_ path: String) throws -> PlanFileError {
        do {
            _ = try PlanStore(path: path).load()
        } catch let error as PlanFileError {
            return error
        }
        Issue.record("the file loaded")
        throw CancellationError()
    }

    /// A damaged plan of each kind the message ends with the advice, and the advice it ends with in both languages
    /// when there is no backup.
    private func damaged(_ kind: String) throws -> (data: Data, en: String, zh: String) {
        switch kind {
        case "not JSON":
            return (Data("日程：上午九点集合\n".utf8), "fix it by hand.", "请手工修正。")
        case "wrong type":
            return (
                try editingJSON(try sample(), at: ["events", 0, "items", 1, "start"], to: 930), "fix that entry.",
                "请修正该条目。"
            )
        case "unknown value":
            return (
                try editingJSON(try sample(), at: ["events", 0, "items", 0, "kind"], to: "picnic"), "fix that entry.",
                "请修正该条目。"
            )
        case "unknown room":
            return (
                try editingJSON(try sample(), at: ["events", 0, "items", 1, "room"], to: "r9"), "fix that entry.",
                "请修正该条目。"
            )
        default:
            return (
                try editingJSON(try sample(), at: ["events", 0, "items", 0, "roles", 0, "person"], to: "p99"),
                "fix these entries.", "请修正这些条目。"
            )
        }
    }

    @Test(
        "with no backup beside the plan, the message mentions none: it says only what to fix",
        arguments: ["not JSON", "wrong type", "unknown value", "unknown room", "dangling reference"])
    func noBackup(_ kind: String) throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let (data, en, zh) = try damaged(kind)
        write(data, to: path)
        let error = try loadError(path)
        #expect(error.text(.en).hasSuffix("The file was left untouched; " + en), "\(error.text(.en))")
        #expect(error.text(.zh).hasSuffix("文件未作改动；" + zh), "\(error.text(.zh))")
        for language in [Language.en, .zh] {
            #expect(!error.text(language).contains(".bak"), "\(error.text(language))")
            #expect(!error.text(language).contains("restore") && !error.text(language).contains("恢复"))
        }
        #expect(bytes(path) == data, "the file was left untouched")
    }

    @Test(
        "with a backup, the message names it by its path, in both languages",
        arguments: ["not JSON", "wrong type", "unknown value", "unknown room", "dangling reference"])
    func withBackup(_ kind: String) throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let store = PlanStore(path: path)
        try store.save(SampleBook.make())
        try store.save(SampleBook.make())
        let (data, en, zh) = try damaged(kind)
        write(data, to: path)
        let error = try loadError(path)
        #expect(
            error.text(.en).hasSuffix("The file was left untouched; \(en.dropLast()) or restore \(path).bak."),
            "\(error.text(.en))")
        #expect(error.text(.zh).hasSuffix("文件未作改动；\(zh.dropLast())，或恢复 \(path).bak。"), "\(error.text(.zh))")
    }

    @Test("the newest backup there is is named: .bak, else .bak.1, else .bak.2 …")
    func newestThereIs() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let store = PlanStore(path: path)
        for _ in 0..<4 { try store.save(SampleBook.make()) }
        #expect(folder.names == ["plan.json", "plan.json.bak", "plan.json.bak.1", "plan.json.bak.2"])
        write(Data("{".utf8), to: path)
        for gone in ["", ".1", ".2"] {
            let newest = path + ".bak" + gone
            #expect(try loadError(path).text(.en).hasSuffix("fix it by hand or restore \(newest)."))
            unlink(newest)
        }
        #expect(try loadError(path).text(.en).hasSuffix("The file was left untouched; fix it by hand."))
    }

    @Test("a link or a folder by a backup's name is not offered")
    func notARegularFile() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        write(Data("elsewhere".utf8), to: folder.file("other"))
        symlink(folder.file("other"), path + ".bak")
        mkdir(path + ".bak.1", 0o700)
        write(Data("{".utf8), to: path)
        #expect(try loadError(path).text(.en).hasSuffix("The file was left untouched; fix it by hand."))
    }

    @Test("through a symbolic link to the plan, the backup named is the real file's")
    func throughALink() throws {
        let folder = TempFolder()
        mkdir(folder.file("real"), 0o700)
        let real = folder.file("real/plan.json")
        let store = PlanStore(path: real)
        try store.save(SampleBook.make())
        try store.save(SampleBook.make())
        write(Data("{".utf8), to: real)
        let link = folder.file("plan.json")
        symlink(real, link)
        let error = try loadError(link)
        #expect(error.text(.en).hasSuffix("or restore \(real).bak."), "\(error.text(.en))")
        #expect(error.text(.zh).hasSuffix("，或恢复 \(real).bak。"), "\(error.text(.zh))")
    }

    @Test("each of the seven messages ends with the one advice sentence, offering the backup only when it has one")
    func sevenMessages() {
        let backup = "/srv/plan.json.bak.1"
        let place = Phrase.verbatim("events[0].items[1].room")
        let made: [(String?) -> PlanFileError] = [
            { .notJSON(path: "plan.json", detail: .verbatim("the file is empty"), backup: $0) },
            { .invalid(path: "plan.json", location: place, detail: .verbatim("expected text"), backup: $0) },
            { .unknownValue(path: "plan.json", location: place, value: "x", accepted: ["a", "b"], backup: $0) },
            {
                .unknownRoom(
                    path: "plan.json", location: place, item: "参观", itemID: "i2", room: "r9", venue: "纪念馆",
                    rooms: ["展厅 (r1)"], backup: $0)
            },
            {
                .unknownRoom(
                    path: "plan.json", location: place, item: "参观", itemID: "i2", room: "r9", venue: "纪念馆",
                    rooms: [], backup: $0)
            },
            {
                .unknownRoom(
                    path: "plan.json", location: place, item: "参观", itemID: "i2", room: "r9", venue: nil, rooms: [],
                    backup: $0)
            },
            {
                .inconsistent(
                    path: "plan.json", problems: [.verbatim("people[1].id: the id 'p1' is used twice")], backup: $0)
            },
        ]
        let fixes = [
            ("fix it by hand", "请手工修正"), ("fix that entry", "请修正该条目"), ("fix that entry", "请修正该条目"),
            ("fix that entry", "请修正该条目"), ("fix that entry", "请修正该条目"), ("fix that entry", "请修正该条目"),
            ("fix these entries", "请修正这些条目"),
        ]
        for (make, (en, zh)) in zip(made, fixes) {
            let without = make(nil)
            #expect(without.text(.en).hasSuffix("The file was left untouched; \(en)."), "\(without)")
            #expect(without.text(.zh).hasSuffix("文件未作改动；\(zh)。"), "\(without.text(.zh))")
            let with = make(backup)
            #expect(with.text(.en).hasSuffix("The file was left untouched; \(en) or restore \(backup)."), "\(with)")
            #expect(with.text(.zh).hasSuffix("文件未作改动；\(zh)，或恢复 \(backup)。"), "\(with.text(.zh))")
        }
    }
}
