import ConveneTestSupport
import Foundation
import Phrasebook
import PlannerCore
import Testing

@testable import PlanFile

/// The sample exactly as `convene init` of format version 1 wrote it (main at 2fdd69a), kept as a fixture.
private func sampleV1() throws -> Data {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
        "Fixtures/sample-v1.json")
    return try Data(contentsOf: url)
}

/// A small version-1 plan with every status and every reply, `attended` among them.
private let smallV1 = """
    {
      "events" : [
        {
          "date" : "2023-06-16", "end" : "12:00", "id" : "e1", "start" : "09:00", "title" : "E",
          "participants" : [
            { "person" : "p1", "rsvp" : "attended" },
            { "person" : "p2", "rsvp" : "confirmed" },
            { "person" : "p3", "rsvp" : "invited" },
            { "person" : "p4", "rsvp" : "declined" }
          ]
        }
      ],
      "formatVersion" : 1,
      "organisations" : [ { "id" : "o1", "name" : "甲" } ],
      "people" : [
        { "id" : "p1", "name" : "党员", "org" : "o1", "status" : "member" },
        { "id" : "p2", "name" : "预备", "org" : "o1", "status" : "probationary", "title" : "编辑" },
        { "id" : "p3", "name" : "代表", "org" : "o1", "status" : "representative" },
        { "id" : "p4", "name" : "嘉宾", "org" : "o1", "status" : "guest" }
      ],
      "venues" : [ ]
    }
    """

@Suite("Migration of version-1 plan files to version 2")
struct PlanMigrationTests {
    @Test("a version-1 file: status becomes 政治面貌 and capacity, attended becomes confirmed and signed in")
    func small() throws {
        for fast in [true, false] {
            let book = try PlanFormat.decode(Data(smallV1.utf8), path: "plan.json", fastReader: fast)
            #expect(book.people.map(\.politics) == [.member, .probationary, .unrecorded, .unrecorded])
            #expect(book.people.allSatisfy { $0.stage == nil })
            #expect(book.people[1].title == "编辑")
            let p = book.events[0].participants
            #expect(p.map(\.rsvp) == [.confirmed, .confirmed, .invited, .declined])
            #expect(p.map(\.capacity) == [.attendee, .attendee, .representative, .guest])
            #expect(p.map(\.attendance) == [.signedIn(at: nil), .notYet, .notYet, .notYet])
            #expect(p.allSatisfy { $0.leave == nil })
        }
    }

    @Test("the sample as version 1 wrote it reads as today's sample, with its representatives as 企业代表")
    func sample() throws {
        let book = try PlanFormat.decode(try sampleV1(), path: "plan.json")
        #expect(book.people.count == 19 && book.events[0].participants.count == 19)
        let representatives = book.events[0].participants.filter { $0.capacity == .representative }.map(\.person)
        #expect(representatives == ["p6", "p9", "p12", "p15"])
        #expect(book.events[0].participant("p19")?.capacity == .guest)
        #expect(book.people.filter { $0.politics == .member }.count == 10)
        #expect(book.people.filter { $0.politics == .probationary }.count == 4)
        // Everything else is as version 1 had it: the same people, items and parts as the embedded sample.
        let sample = SampleBook.make()
        #expect(book.organisations == sample.organisations && book.venues == sample.venues)
        #expect(book.people.map(\.name) == sample.people.map(\.name))
        #expect(book.events[0].items == sample.events[0].items)
        #expect(book.events[0].participants.map(\.rsvp) == sample.events[0].participants.map(\.rsvp))
    }

    @Test("a migrated book is written as version 2 and reads back the same, through the fast reader")
    func roundTrip() throws {
        let book = try PlanFormat.decode(try sampleV1(), path: "plan.json")
        let bytes = try PlanFormat.encode(book)
        #expect(String(decoding: bytes, as: UTF8.self).contains("\"formatVersion\" : 2"))
        #expect(PlanFastReader.read(bytes) == book)
    }

    @Test("an unknown status in a version-1 file names the place and the values it took")
    func badStatus() throws {
        let data = Data(smallV1.replacingOccurrences(of: "\"guest\"", with: "\"visitor\"").utf8)
        #expect(throws: PlanFileError.self) { try PlanFormat.decode(data, path: "plan.json") }
        do {
            _ = try PlanFormat.decode(data, path: "plan.json")
        } catch let error as PlanFileError {
            #expect(
                error.text(.en)
                    == "plan.json: at people[3].status: 'visitor' is not a value this field takes; use one of: member, probationary, representative, guest. The file was left untouched; fix that entry."
            )
        }
    }

    @Test("the first save of a version-1 file keeps it as plan.json.v1; later saves and an existing .v1 are left")
    func keepsV1() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        let original = try sampleV1()
        try original.write(to: URL(fileURLWithPath: path))
        let store = PlanStore(path: path)
        try store.update { book in book.people[0].title = "书记" }
        let kept = try Data(contentsOf: URL(fileURLWithPath: path + ".v1"))
        #expect(kept == original)
        let now = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(String(decoding: now, as: UTF8.self).contains("\"formatVersion\" : 2"))
        #expect(try store.load().people[0].title == "书记")
        // A second save of the version-2 file leaves the .v1 as it was.
        try store.update { book in book.people[0].title = "党委书记" }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".v1")) == original)
        // Another version-1 file at the same place does not replace an existing .v1.
        try Data(smallV1.utf8).write(to: URL(fileURLWithPath: path))
        try store.update { book in book.people[0].title = "x" }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".v1")) == original)
    }
}

@Suite("Version-2 values a hand-edited file may get wrong")
struct PlanVersion2ValueTests {
    static func error(_ edit: (inout String) -> Void) throws -> PlanFileError? {
        var text = String(decoding: try PlanFormat.encode(SampleBook.make()), as: UTF8.self)
        edit(&text)
        do {
            _ = try PlanFormat.decode(Data(text.utf8), path: "plan.json")
            return nil
        } catch let error as PlanFileError {
            return error
        }
    }

    @Test("an unknown 政治面貌 names the record and the field, in either language")
    func politics() throws {
        let error = try #require(
            try Self.error {
                $0 = $0.replacingOccurrences(of: "\"politics\" : \"member\"", with: "\"politics\" : \"党员\"")
            })
        #expect(
            error.text(.en).hasPrefix(
                "plan.json: at people[0].politics: '党员' is not a value this field takes; use one of: member, probationary, league,"
            ))
        #expect(error.text(.zh).hasPrefix("plan.json：people[0].politics 处的“党员”不是该字段可取的值；请用以下之一：member、probationary"))
    }

    @Test("an unknown capacity, reply or leave reason names its place")
    func participantValues() throws {
        let capacity = try #require(
            try Self.error {
                $0 = $0.replacingOccurrences(of: "\"capacity\" : \"representative\"", with: "\"capacity\" : \"vip\"")
            })
        #expect(capacity.text(.en).contains("at events[0].participants[5].capacity: 'vip'"))
        let rsvp = try #require(
            try Self.error {
                $0 = $0.replacingOccurrences(of: "\"rsvp\" : \"invited\"", with: "\"rsvp\" : \"attended\"")
            })
        #expect(
            rsvp.text(.en).contains(
                ".rsvp: 'attended' is not a value this field takes; use one of: invited, confirmed, declined."))
    }
}
