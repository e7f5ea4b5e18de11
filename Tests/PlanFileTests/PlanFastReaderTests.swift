import Foundation
import PlannerCore
import Testing

@testable import PlanFile

/// The fast reader must read every file exactly as JSONDecoder does, or leave it to JSONDecoder.
@Suite("Plan format: the fast reader agrees with JSONDecoder")
struct PlanFastReaderTests {
    /// A minimal plan with one of each thing, `person` spliced in as the only person.
    private func plan(
        person: String = #"{"id": "p1", "name": "张三", "org": "o1", "politics": "member"}"#,
        item: String = #"{"id": "i1", "kind": "oath", "title": "重温入党誓词", "start": "09:00", "minutes": 30}"#
    ) -> String {
        """
        {"formatVersion": 2,
         "organisations": [{"id": "o1", "name": "广东省电子信息行业协会", "short": "协会"}],
         "people": [\(person)],
         "venues": [{"id": "v1", "name": "中共三大会址纪念馆", "capacity": 120, "rooms": [{"name": "会议室", "capacity": 40}]}],
         "events": [{"id": "e1", "title": "联合主题党日", "date": "2023-06-16", "start": "09:00", "end": "12:00",
                     "venue": "v1", "orgs": [{"org": "o1", "part": "host"}], "participants": [{"person": "p1", "rsvp": "confirmed"}],
                     "items": [\(item)]}]}
        """
    }

    @Test("the sample as Convene writes it is read by the fast reader, to the same book")
    func sample() throws {
        let data = try PlanFormat.encode(SampleBook.make())
        #expect(PlanFastReader.read(data) == SampleBook.make())
    }

    @Test("a zone Foundation does not know is read by the fast reader, then refused as JSONDecoder's reading is")
    func unknownZone() throws {
        let written = String(decoding: try PlanFormat.encode(SampleBook.make()), as: UTF8.self)
        let edited = written.replacingOccurrences(of: "\"tz\" : \"Asia/Shanghai\"", with: "\"tz\" : \"Mars/Olympus\"")
        #expect(PlanFastReader.read(Data(edited.utf8))?.events[0].tz == "Mars/Olympus")
        #expect(reading(edited, fast: true) == reading(edited, fast: false))
        #expect(reading(edited, fast: true).contains("events[0].tz: event e1 "))
    }

    @Test("a plain hand-written plan is taken by the fast reader")
    func plain() {
        #expect(PlanFastReader.read(Data(plan().utf8)) != nil)
        #expect(reading(plan(), fast: true) == reading(plan(), fast: false))
    }

    @Test(
        "escapes, nulls, spacing and field order read the same either way",
        arguments: [
            #"{"id": "p1", "name": "\u5f20\u4e09 \ud83d\ude00 \"q\" \\ \/ \n\t\r\b\f", "org": "o1", "politics": "member"}"#,
            #"{"politics": "masses", "org": "o1", "name": "Li Si", "id": "p1", "latin": null, "title": null, "phone": null, "email": null}"#,
            "{ \"id\" :\"p1\" ,\r\n\t\"name\":\"王五\",\"org\":\"o1\",\"politics\":\"probationary\" }",
            #"{"id": "p1", "name": "A", "org": "o1", "politics": "league", "phone": "+86 20 1234", "email": "a@b.cn"}"#,
        ])
    func sameReading(person: String) {
        let json = plan(person: person)
        #expect(PlanFastReader.read(Data(json.utf8)) != nil)
        #expect(reading(json, fast: true) == reading(json, fast: false))
    }

    @Test(
        "what the fast reader does not take goes to JSONDecoder, with the same result",
        arguments: [
            #"{"id": "p1", "name": "A", "org": "o1", "politics": "member", "nickname": "unknown field"}"#,
            #"{"id": "p1", "name": "A", "name": "B", "org": "o1", "politics": "member"}"#,
            #"{"id": "p1", "name": "\ud83d", "org": "o1", "politics": "member"}"#,
            #"{"id": "p1", "name": "A", "org": "o1", "politics": "chairman"}"#,
            #"{"id": "p1", "name": "A", "org": "o1", "stage": "member"}"#,
            #"{"id": "p1", "org": "o1"}"#,
            #"{"id": "p1", "name": null, "org": "o1", "politics": "member"}"#,
            #"{"id": 7, "name": "A", "org": "o1", "politics": "member"}"#,
            #"{"id": "p1", "name": "A", "org": "o1", "politics": "member",}"#,
        ])
    func fallsBack(person: String) {
        let json = plan(person: person)
        #expect(PlanFastReader.read(Data(json.utf8)) == nil)
        #expect(reading(json, fast: true) == reading(json, fast: false))
    }

    @Test(
        "numbers: whole numbers are read; fractions, exponents and overflow go to JSONDecoder",
        arguments: [
            ("30", true), ("0", true), ("-5", true), ("30.0", false), ("3e1", false), ("030", false), ("-0", false),
            ("99999999999999999999", false), ("\"30\"", false),
        ])
    func numbers(minutes: String, fast: Bool) {
        let json = plan(item: #"{"id": "i1", "kind": "oath", "title": "T", "start": "09:00", "minutes": \#(minutes)}"#)
        #expect((PlanFastReader.read(Data(json.utf8)) != nil) == fast)
        #expect(reading(json, fast: true) == reading(json, fast: false))
    }

    @Test("a cut-off file, trailing text or another version is left to JSONDecoder")
    func wholeFile() {
        let full = plan()
        for json in [
            String(full.dropLast(5)), full + " x",
            full.replacingOccurrences(of: "\"formatVersion\": 2", with: "\"formatVersion\": 1"),
        ] {
            #expect(PlanFastReader.read(Data(json.utf8)) == nil)
            #expect(reading(json, fast: true) == reading(json, fast: false))
        }
    }
}
