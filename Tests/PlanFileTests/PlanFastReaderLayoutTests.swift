import Foundation
import PlannerCore
import Testing

@testable import PlanFile

/// People and participants in the exact layout Convene writes are read by a shortcut; every variation of that
/// layout must still read exactly as JSONDecoder reads it.
@Suite("Plan format: the written layout's shortcut agrees with JSONDecoder")
struct PlanFastReaderLayoutTests {
    private static func book(_ person: Person) throws -> Book {
        try Book(
            organisations: [Organisation(id: "o1", name: "协会")], people: [person],
            events: [
                Event(
                    id: "e1", title: "联合主题党日", date: #require(CivilDate("2023-06-16")),
                    start: #require(ClockTime("09:00")),
                    end: #require(ClockTime("12:00")), participants: [Participant(person: person.id, rsvp: .confirmed)])
            ])
    }

    private static func written(_ person: Person) throws -> String {
        String(decoding: try PlanFormat.encode(try book(person)), as: UTF8.self)
    }

    @Test("every combination of a person's optional fields goes through the shortcut, to the same book")
    func optionalFields() throws {
        for mask in 0..<16 {
            let person = Person(
                id: "p1", name: "徐晓敏", latin: mask & 1 != 0 ? "Xu Xiaomin" : nil, org: "o1",
                title: mask & 2 != 0 ? "党支部书记" : nil, politics: .probationary,
                phone: mask & 4 != 0 ? "13800000000" : nil, email: mask & 8 != 0 ? "xu@example.cn" : nil)
            let data = Data(try Self.written(person).utf8)
            let (book, stats) = PlanFastReader.read(data, shortcuts: .all)
            #expect(try book == Self.book(person))
            #expect(stats.quickPeople == 1 && stats.generalPeople == 0, "fields \(mask)")
            #expect(stats.quickParticipants == 1 && stats.generalParticipants == 0)
            #expect(try PlanFastReader.read(data, shortcuts: []).book == Self.book(person), "the general path agrees")
        }
    }

    @Test(
        "variations of the written layout read as JSONDecoder reads them",
        arguments: [
            // (what to replace in the written text, with what)
            ("\"name\" : \"徐晓敏\"", "\"name\" : \"\\u5f90晓敏\""),
            ("\"name\" : \"徐晓敏\"", "\"name\" : null"),
            ("\"latin\" : \"Xu Xiaomin\"", "\"latin\" : null"),
            ("\"title\" : \"党支部书记\"", "\"title\" : null"),
            ("\"title\" : \"党支部书记\"", "\"title\" : \"党支部书记\",\n      \"extra\" : 1"),
            ("\"politics\" : \"member\"", "\"politics\" : \"chairman\""),
            ("\"politics\" : \"member\"", "\"politics\" : \"unrecorded\""),
            ("\"politics\" : \"member\"", "\"politics\" : \"member\",\n      \"stage\" : \"activist\""),
            ("\"politics\" : \"member\"", "\"politics\" : \"memb\\u0065r\""),
            ("\"id\" : \"p1\",\n      \"latin\"", "\"latin\" : \"X\",\n      \"id\" : \"p1\",\n      \"latin\""),
            ("\"org\" : \"o1\"", "\"org\":\"o1\""),
            ("\"person\" : \"p1\"", "\"person\" : \"p\\u0031\""),
            ("\"rsvp\" : \"confirmed\"", "\"rsvp\" : \"declined\""),
            ("\"rsvp\" : \"confirmed\"", "\"rsvp\" : \"maybe\""),
            ("\"rsvp\" : \"confirmed\"", "\"rsvp\" : \"confirmed\",\n          \"rsvp\" : \"declined\""),
            ("\"person\" : \"p1\",", "\"person\" : \"p1\" ,"),
        ])
    func variations(find: String, replace: String) throws {
        let person = Person(id: "p1", name: "徐晓敏", latin: "Xu Xiaomin", org: "o1", title: "党支部书记", politics: .member)
        let json = try Self.written(person)
        #expect(json.contains(find), "the written layout changed: \(json)")
        let varied = json.replacingOccurrences(of: find, with: replace)
        #expect(reading(varied, fast: true) == reading(varied, fast: false))
    }
}
