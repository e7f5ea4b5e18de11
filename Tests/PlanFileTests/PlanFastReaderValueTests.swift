import Foundation
import PlannerCore
import Testing

@testable import PlanFile

/// Dates, times and enumeration values are read from their bytes; every other spelling must still read as JSONDecoder reads it.
@Suite("Plan format: dates, times and names read from bytes agree with JSONDecoder")
struct PlanFastReaderValueTests {
    private func plan(
        date: String = "\"2023-06-16\"", start: String = "\"09:00\"", end: String = "\"12:00\"",
        rsvp: String = "\"confirmed\"", itemStart: String = "\"09:00\""
    ) -> String {
        """
        {"formatVersion": 2, "organisations": [{"id": "o1", "name": "协会"}],
         "people": [{"id": "p1", "name": "张三", "org": "o1", "politics": "member"}], "venues": [],
         "events": [{"id": "e1", "title": "联合主题党日", "date": \(date), "start": \(start), "end": \(end),
                     "participants": [{"person": "p1", "rsvp": \(rsvp)}],
                     "items": [{"id": "i1", "kind": "oath", "title": "T", "start": \(itemStart), "minutes": 30}]}]}
        """
    }

    @Test(
        "dates: canonical ones fast, the rest as JSONDecoder reads them",
        arguments: [
            "\"2023-06-16\"", "\"2024-02-29\"", "\"2023-02-29\"", "\"2023-13-01\"", "\"2023-00-10\"", "\"0000-01-01\"",
            "\"2023-6-16\"", "\"2023-06-1x\"", "\"２０２３-06-16\"", "\"2023\\u002d06-16\"", "\"\"", "\"2023-06-16 \"",
        ])
    func dates(date: String) {
        let json = plan(date: date)
        #expect(reading(json, fast: true) == reading(json, fast: false))
    }

    @Test(
        "times: canonical ones fast, the rest as JSONDecoder reads them",
        arguments: [
            "\"09:00\"", "\"00:00\"", "\"23:59\"", "\"24:00\"", "\"24:01\"", "\"12:60\"", "\"9:00\"", "\"09:0\"",
            "\"0a:00\"", "\"09\\u003a00\"", "\"-1:00\"", "\"99:99\"", "\"\"",
        ])
    func times(time: String) {
        let json = plan(end: "\"24:00\"", itemStart: time)
        #expect(reading(json, fast: true) == reading(json, fast: false))
    }

    @Test(
        "names of cases: matched as bytes, escaped ones and unknown ones as JSONDecoder reads them",
        arguments: [
            "\"confirmed\"", "\"declined\"", "\"attended\"", "\"invited\"", "\"confirme\"", "\"confirmedd\"",
            "\"Confirmed\"",
            "\"conf\\u0069rmed\"", "\"\"",
        ])
    func names(rsvp: String) {
        let json = plan(rsvp: rsvp)
        #expect(reading(json, fast: true) == reading(json, fast: false))
    }

    @Test("the canonical spellings are taken by the fast reader itself")
    func canonicalIsFast() {
        #expect(PlanFastReader.read(Data(plan(end: "\"24:00\"").utf8)) != nil)
    }
}
