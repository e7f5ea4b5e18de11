import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Huge values: bounded time and memory, a clear message where a limit applies.
@Suite("Huge values", .serialized)
struct HugeValuesTests {
    func report(_ what: String, _ e: Ended) {
        let message = e.stderrText.trimmingCharacters(in: .whitespacesAndNewlines)
        print(
            "[reliability] \(what): exit \(e.status ?? -1) in \(ms(e.seconds)), peak \(e.maxRSSKB / 1024) MB\(message.isEmpty ? "" : " — " + String(message.prefix(160)))"
        )
    }

    @Test("a 1 MB title is refused by load (naming the place) and by save")
    func megabyteTitle() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        var book = SampleBook.make()
        book.events[0].items[2].title = String(repeating: "长", count: 1 << 20)
        // Save refuses: such a file could not be read back.
        let store = PlanStore(path: path)
        try store.save(SampleBook.make())
        let old = bytes(path)
        #expect(throws: PlanFileError.self) { try store.save(book) }
        #expect(bytes(path) == old)
        // A hand-edited file with it: a clear message naming the place.
        let json = String(decoding: old!, as: UTF8.self).replacingOccurrences(
            of: "\"党建座谈会\"", with: "\"" + book.events[0].items[2].title + "\"")
        write(Data(json.utf8), to: path)
        let e = try runChild(try convenePath(), ["agenda", "--file", path], scratch: folder.path)
        #expect(e.status == 3)
        #expect(
            e.stderrText.contains("events[0].items[2].title: is 1,048,576 characters long; the limit is 10,000"),
            "\(e.stderrText)")
        #expect(e.seconds < 10 && e.maxRSSKB < 400_000)
        report("1 MB title", e)
    }

    @Test("10,000 items in one event: agenda, ics and a save in bounded time")
    func tenThousandItems() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        var book = SampleBook.make()
        book.events[0].items = (0..<10_000).map { n in
            AgendaItem(
                id: "i\(n + 1)", kind: .other, title: "第\(n + 1)项 item \(n + 1)",
                start: ClockTime(minutes: 540 + n * 180 / 10_000)!,
                minutes: 1, room: "r2", roles: [Role(person: "p\(1 + n % 19)", part: .host)])
        }
        try PlanStore(path: path).save(book)
        let size = bytes(path)!.count
        // `check` too: 10,000 items in one day overlap, and the checks must stay linear (one problem per item).
        for args in [
            ["agenda"], ["agenda", "--format", "ics"], ["check"],
            ["person", "add", "--name", "新人", "--org", "o2", "--politics", "masses"],
        ] {
            let e = try runChild(try convenePath(), args + ["--file", path], scratch: folder.path)
            #expect(e.status == 0 || (args == ["check"] && e.status == 1), "\(e.stderrText)")
            #expect(e.seconds < 60 && e.maxRSSKB < 1_000_000)
            report(
                "10,000 items (\(size / 1024) KB): \(args.prefix(3).joined(separator: " "))",
                Ended(
                    status: e.status, signal: e.signal, maxRSSKB: e.maxRSSKB,
                    seconds: e.seconds, stdout: Data(), stderr: Data()))
        }
        #expect(try PlanStore(path: path).load().events[0].items.count == 10_000)
    }

    @Test("100,000 levels of [ : a clear error, no crash")
    func deepNesting() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        for (name, data) in [
            ("100,000 × [", Data(repeating: UInt8(ascii: "["), count: 100_000)),
            (
                "people: 100,000 × [",
                Data("{\"formatVersion\":1,\"people\":".utf8) + Data(repeating: UInt8(ascii: "["), count: 100_000)
            ),
            ("100,000 × {\"a\":", Data(String(repeating: "{\"a\":", count: 100_000).utf8)),
        ] {
            #expect(throws: PlanFileError.self) { _ = try PlanFormat.decode(data, path: "deep.json") }
            write(data, to: path)
            let e = try runChild(try convenePath(), ["agenda", "--file", path], scratch: folder.path)
            #expect(e.status == 3 && e.signal == nil)
            #expect(e.stderrText.contains("nested too deeply"), "\(e.stderrText)")
            report(name, e)
        }
    }

    @Test("a 50 MB file with one huge note is refused naming the place; a 65 MB file is refused unread")
    func bigFiles() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let sample = String(decoding: try PlanFormat.encode(SampleBook.make()), as: UTF8.self)
        let huge = String(repeating: "备注 notes ", count: 50 << 20 / 12)
        write(Data(sample.replacingOccurrences(of: "党组织工作互动、资源共享、优势互补、共同发展", with: huge).utf8), to: path)
        let fifty = bytes(path)!.count
        let e = try runChild(try convenePath(), ["agenda", "--file", path], scratch: folder.path)
        #expect(e.status == 3)
        #expect(e.stderrText.contains("events[0].items[3].notes: is "), "\(e.stderrText)")
        #expect(e.stderrText.contains("the limit is 100,000"))
        #expect(e.seconds < 30 && e.maxRSSKB < 1_500_000)
        report("\(fifty >> 20) MB file (one huge note)", e)

        // Bigger than the limit: refused from its size, without reading (a sparse file).
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        ftruncate(fd, off_t(65 << 20))
        close(fd)
        let big = try runChild(try convenePath(), ["agenda", "--file", path], scratch: folder.path)
        #expect(big.status == 3)
        #expect(big.stderrText.contains("is 65 MB; a plan file may be at most 64 MB"), "\(big.stderrText)")
        // ru_maxrss of a spawned child starts at the test runner's own size, which grows with the suite: compare with
        // a child that reads nothing (a missing file). Reading the 65 MB would add at least 64 MB.
        let nothing = try runChild(
            try convenePath(), ["agenda", "--file", folder.file("missing.json")], scratch: folder.path)
        #expect(big.maxRSSKB < nothing.maxRSSKB + 32_000, "\(big.maxRSSKB) KB against \(nothing.maxRSSKB) KB")
        report("65 MB file", big)
    }
}
