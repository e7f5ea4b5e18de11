import ConveneTestSupport
import Foundation
import Phrasebook
import PlannerCore
import Testing

@testable import PlanFile

/// The sample as format version 2 wrote it before rooms had ids: rooms by name only, items naming their room, no
/// identity and no numbers issued.
private func sampleEarlyV2() throws -> Data {
    var data = try PlanFormat.encode(SampleBook.make())
    data = try editingJSON(data, at: ["identity"], to: nil)
    data = try editingJSON(data, at: ["issued"], to: nil)
    for r in 0..<2 { data = try editingJSON(data, at: ["venues", 0, "rooms", r, "id"], to: nil) }
    for (i, name) in ["展厅", "展厅", "会议室", "会议室"].enumerated() {
        data = try editingJSON(data, at: ["events", 0, "items", i, "room"], to: name)
    }
    return data
}

/// The sample as the current format writes it, with item `i`'s room set to `room`.
private func sampleWithRoom(_ room: String, item i: Int = 1) throws -> Data {
    try editingJSON(try PlanFormat.encode(SampleBook.make()), at: ["events", 0, "items", i, "room"], to: room)
}

/// The error reading `data` gives, or nil.
private func loadError(_ data: Data, fast: Bool = true) -> PlanFileError? {
    do {
        _ = try PlanFormat.decode(data, path: "plan.json", fastReader: fast)
        return nil
    } catch {
        return error as? PlanFileError
    }
}

@Suite("Plan file: rooms by id, ids issued and the plan's identity")
struct RoomIDsFileTests {
    @Test(
        "room ids, the numbers issued and the identity survive a save and a load, by either reader",
        arguments: [true, false])
    func roundTrip(fast: Bool) throws {
        var book = SampleBook.make()
        book.issued.note("p40", .person)
        let data = try PlanFormat.encode(book)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"identity\" : \"\(SampleBook.sampleIdentity)\""))
        #expect(text.contains("\"issued\" : {\n    \"event\" : 1,\n    \"item\" : 4,"))
        #expect(text.contains("\"person\" : 40,\n    \"room\" : 2,\n    \"venue\" : 1\n  }"))
        #expect(text.contains("\"id\" : \"r2\",\n          \"name\" : \"会议室\""))
        let read = try PlanFormat.decode(data, path: "plan.json", fastReader: fast)
        #expect(read == book)
        #expect(read.newID(.person) == "p41")
        #expect(try PlanFormat.encode(book, fastWriter: false) == data, "both writers write the same bytes")
    }

    @Test("a deleted person's id is not handed out again after a save and a load")
    func numbersSurviveDelete() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        var book = SampleBook.make()
        let newest = try #require(book.people.last).id
        book = try book.applying(.removePerson(id: newest))
        try store.save(book)
        let read = try store.load()
        #expect(read.person(newest) == nil)
        #expect(read.newID(.person) != newest)
        #expect(read.newID(.person) == "p\(Int(newest.dropFirst())! + 1)")
    }

    @Test("an early format-2 file opens: rooms get ids in order, items their rooms' ids", arguments: [true, false])
    func earlyV2Opens(fast: Bool) throws {
        let book = try PlanFormat.decode(try sampleEarlyV2(), path: "plan.json", fastReader: fast)
        let sample = SampleBook.make()
        #expect(book.venues[0].rooms == sample.venues[0].rooms)
        #expect(book.events[0].items.map(\.room) == ["r1", "r1", "r2", "r2"])
        #expect(book.identity == nil, "the store gives it one")
        #expect(book.issued[.room] == 2 && book.issued[.person] == sample.highestInUse(.person))
    }

    @Test("a version-1 file opens with its rooms given ids and its items' rooms resolved")
    func version1Opens() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Fixtures/sample-v1.json")
        let book = try PlanFormat.decode(try Data(contentsOf: url), path: "plan.json")
        #expect(book.venues[0].rooms.map(\.id) == ["r1", "r2"])
        #expect(book.events[0].items.map { book.roomName(of: $0, in: book.events[0]) } == ["展厅", "展厅", "会议室", "会议室"])
    }

    @Test("an early file's room in a venue that listed none becomes a room of that venue")
    func freeTextRoomBecomesARoom() throws {
        var data = try sampleEarlyV2()
        data = try editingJSON(data, at: ["venues", 0, "rooms"], to: nil)
        let book = try PlanFormat.decode(data, path: "plan.json")
        #expect(book.venues[0].rooms.map(\.name) == ["展厅", "会议室"])
        #expect(book.events[0].items.map(\.room) == ["r1", "r1", "r2", "r2"])
    }

    @Test(
        "an item in a room its venue does not have is a load error naming the place, item and room",
        arguments: [true, false])
    func danglingRoom(fast: Bool) throws {
        let error = try #require(loadError(try sampleWithRoom("r9"), fast: fast))
        #expect(
            error.text(.en)
                == "plan.json: at events[0].items[1].room: the item '参观冼星海故乡纪念馆' (i2) is in the room 'r9', which 冼星海故乡纪念馆 does not have (its rooms: 展厅 (r1), 会议室 (r2)). Give the item one of these rooms or none, or add the room to the venue. The file was left untouched; fix that entry."
        )
        #expect(
            error.text(.zh)
                == "plan.json：events[0].items[1].room 处：议程“参观冼星海故乡纪念馆”（i2）的场地为“r9”，但冼星海故乡纪念馆没有这个场地（现有场地：展厅 (r1)、会议室 (r2)）。请为该议程改选其中一个场地或不设场地，或在场馆中添加该场地。文件未作改动；请修正该条目。"
        )
    }

    @Test("an early file naming a room its venue does not have, or an event without a venue, is refused too")
    func danglingRoomByName() throws {
        var data = try sampleEarlyV2()
        data = try editingJSON(data, at: ["events", 0, "items", 2, "room"], to: "礼堂")
        let named = try #require(loadError(data))
        #expect(
            named.text(.en).contains("at events[0].items[2].room: the item '党建座谈会' (i3) is in the room '礼堂', which"))
        data = try editingJSON(try sampleEarlyV2(), at: ["events", 0, "venue"], to: nil)
        let noVenue = try #require(loadError(data))
        #expect(
            noVenue.text(.en).contains(
                "the item '重温入党誓词' (i1) is in the room '展厅', but its event has no venue. Give the event the venue that has this room, or remove the item's room."
            ))
        #expect(noVenue.text(.zh).contains("但其所属活动没有场馆。请为该活动设定包含此场地的场馆，或去掉该议程的场地。"))
    }

    @Test("a plan read without an identity is given one, which the next save keeps; copies keep theirs")
    func identityMadeOnce() throws {
        let folder = TempFolder()
        let counter = Counter()
        let identities = PlanIdentity { "plan-\(counter.next())" }
        let store = PlanStore(path: folder.file("plan.json"), identities: identities)
        try store.write(try sampleEarlyV2())
        let first = try store.load()
        #expect(first.identity == "plan-1")
        try store.save(first)
        #expect(try store.load().identity == "plan-1")
        let copy = PlanStore(path: folder.file("copy.json"), identities: identities)
        try copy.save(try store.load())
        #expect(try copy.load().identity == "plan-1")
        #expect(store.newPlan(SampleBook.make()).identity == "plan-2", "a new plan from the sample gets its own")
        #expect(PlanIdentity.random.make() != PlanIdentity.random.make())
    }

    @Test("a file without an identity reads with the same one every time, derived from its bytes, until a save")
    func derivedIdentity() throws {
        let folder = TempFolder()
        let store = PlanStore(path: folder.file("plan.json"))
        try store.write(try sampleEarlyV2())
        let first = try #require(try store.load().identity)
        #expect(try store.load().identity == first, "read-only runs agree: the ics UIDs stay put")
        #expect(first.count == 36 && first.split(separator: "-").map(\.count) == [8, 4, 4, 4, 12])
        let copy = PlanStore(path: folder.file("copy.json"))
        try copy.write(try sampleEarlyV2())
        #expect(try copy.load().identity == first, "a copy of the file is the same plan")
        let another = PlanStore(path: folder.file("other.json"))
        try another.write(try editingJSON(try sampleEarlyV2(), at: ["events", 0, "title"], to: "另一个活动"))
        #expect(try another.load().identity != first)
        try store.save(try store.load())
        #expect(try store.load().identity == first, "the save writes it")
    }
}

/// Numbers from 1, one a call, from any thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
