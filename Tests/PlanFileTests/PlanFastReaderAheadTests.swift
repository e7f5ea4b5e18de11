import BookGenerator
import Foundation
import PlannerCore
import Testing

@testable import PlanFile

/// A big plan's roster is read on another core from where the written layout puts it; the result must be the
/// one the reader gets alone, and JSONDecoder's, whatever the file does with that layout.
@Suite("Plan format: the roster read on another core")
struct PlanFastReaderAheadTests {
    static let book = BookGenerator(organisations: 20, people: 3_000, events: 40, itemsPerEvent: 5, seed: 7).make()
    /// The book as written (empty, failing every test, if it could not be written).
    static let written: String = (try? PlanFormat.encode(book)).map { String(decoding: $0, as: UTF8.self) } ?? ""

    @Test("a big plan as written has its roster read on the second core, to the same book as without")
    func asWritten() {
        let data = Data(Self.written.utf8)
        #expect(data.count >= PlanFileReader.bigFile, "big enough for the second core")
        let (book, stats) = PlanFastReader.read(data, shortcuts: .all)
        #expect(book == Self.book)
        #expect(stats.rosterReadAhead, "the roster was taken from the second core")
        #expect(stats.quickPeople == Self.book.people.count && stats.generalPeople == 0, "counted on that core too")
        let (inPlace, inPlaceStats) = PlanFastReader.read(data, shortcuts: [.quickPeople, .quickParticipants])
        #expect(inPlace == Self.book)
        #expect(!inPlaceStats.rosterReadAhead && inPlaceStats.quickPeople == Self.book.people.count)
        #expect(PlanFastReader.read(data, shortcuts: []).book == Self.book, "the general path agrees")
    }

    @Test("the second core finds the roster where the writer puts it")
    func foundWhereWritten() throws {
        let at = try #require(Self.written.utf8.firstRange(of: "\n  \"people\" : [".utf8)).lowerBound
        let expected = Self.written.utf8.distance(from: Self.written.utf8.startIndex, to: at) + 14
        #expect(Array(Self.written.utf8).withUnsafeBytes { PlanRosterAhead.rosterStart(in: $0) } == expected)
    }

    @Test(
        "the key spaced otherwise, a decoy after it, a bad person in the roster: the same reading either way",
        arguments: [
            ("\n  \"people\" : [", "\n  \"people\":["),
            (
                "\n  \"venues\" : [",
                "\n  \"venues\" : [],\n  \"extra\" : {\n  \"people\" : [\n\n]\n  },\n  \"venues2\" : ["
            ),
            ("\n  \"people\" : [", "\n  \"people\" : [\n    {\n      \"id\" : \"p0\"\n    },"),
            (
                "\n  \"people\" : [",
                "\n  \"people\" : [\n    {\n      \"id\" : \"p0\",\n      \"name\" : \"\\u5f90\",\n      \"org\" : \"o1\",\n      \"politics\" : \"masses\"\n    },"
            ),
            (
                "\n  \"people\" : [",
                "\n  \"people\" : [\n    {\n      \"id\" : \"p0\",\n      \"name\" : \"甲\",\n      \"org\" : \"o1\",\n      \"politics\" : \"masses\"\n    },"
            ),
        ])
    func variations(find: String, replace: String) {
        #expect(Self.written.contains(find))
        let varied = Self.written.replacingOccurrences(of: find, with: replace)
        #expect(reading(varied, fast: true) == reading(varied, fast: false))
    }

    @Test("a roster cut short or a file cut inside it is refused the same way")
    func cut() throws {
        let at = try #require(Self.written.range(of: "\n  \"people\" : [")).upperBound
        let inside = Self.written.index(at, offsetBy: 5000)
        for json in [String(Self.written[..<inside]), String(Self.written[..<inside]) + "]}"] {
            #expect(reading(json, fast: true) == reading(json, fast: false))
        }
    }
}

@Suite("Plan format: finding the roster's key from the end")
struct LastPeopleKeyTests {
    private func find(_ text: String) -> Int? {
        Array(text.utf8).withUnsafeBytes { PlanRosterAhead.rosterStart(in: $0) }
    }

    @Test("at every offset and word boundary, the last one, and not a look-alike")
    func offsets() {
        let key = "\n  \"people\" : "
        for before in 0..<20 {
            for after in [0, 1, 7, 8, 9, 30] {
                let text = String(repeating: "x", count: before) + key + String(repeating: "\ny", count: after)
                #expect(find(text) == before + key.utf8.count, "before \(before), after \(after)")
            }
        }
        #expect(find("\n  \"people\" : [], \n  \"people\" : []") == 32)
        #expect(find("\n   \"people\" : [] \n  \"people\": [] \n\t\"people\" : []") == nil)
        #expect(find("") == nil && find("\n") == nil)
    }
}
