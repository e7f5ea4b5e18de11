import Foundation
import PlanFile
import PlannerCore
import Testing

@Suite("A shared copy in the plan file: its share key and nested base")
struct SharedPlanFileTests {
    let copy = SampleBook.make().sharing(
        event: "e1", org: "o4", at: Date(timeIntervalSince1970: 1_796_000_000), copyTag: SharedPlanFileTests.tag)
    static let tag: CopyTag = {
        guard let tag = CopyTag("tj01") else { preconditionFailure("tj01 is a tag") }
        return tag
    }()

    @Test("the fast writer writes a shared copy byte for byte as JSONEncoder does, the base nested under share")
    func writers() throws {
        let fast = try PlanFormat.encode(copy)
        #expect(fast == (try PlanFormat.encode(copy, fastWriter: false)))
        let text = String(decoding: fast, as: UTF8.self)
        #expect(text.contains("\n  \"share\" : {\n    \"base\" : {\n      \"events\" : [\n"))
        #expect(text.contains("\n    \"event\" : \"e1\",\n    \"org\" : \"o4\",\n    \"sharedAt\" : \"2026-11-30T"))
    }

    @Test("reading it back gives the copy and its base exactly, with either reader")
    func roundTrip() throws {
        let bytes = try PlanFormat.encode(copy)
        for fastReader in [true, false] {
            let read = try PlanFormat.decode(bytes, path: "copy.json", fastReader: fastReader)
            #expect(read == copy)
            #expect(read.share?.base == copy.share?.base)
        }
        var plain = copy
        plain.share = nil
        #expect(try PlanFormat.encode(plain) != bytes)
        #expect(try PlanFormat.decode(try PlanFormat.encode(plain), path: "plain.json").share == nil)
    }

    @Test("a base that does not hold together is a load error that names its place")
    func brokenBase() throws {
        var broken = copy
        broken.share?.base.events[0].venue = "v9"
        #expect {
            _ = try PlanFormat.decode(try PlanFormat.encode(broken), path: "copy.json")
        } throws: { error in
            "\(error)".contains("share.base.events[0].venue")
        }
    }

    @Test("a base holding a share of its own is a load error at share.base, not dropped")
    func shareInBase() throws {
        var document = try #require(
            try JSONSerialization.jsonObject(with: try PlanFormat.encode(copy)) as? [String: Any])
        var share = try #require(document["share"] as? [String: Any])
        var base = try #require(share["base"] as? [String: Any])
        base["share"] = ["base": base, "event": "e1", "org": "o4"]
        share["base"] = base
        document["share"] = share
        let nested = try JSONSerialization.data(withJSONObject: document)
        #expect {
            _ = try PlanFormat.decode(nested, path: "copy.json")
        } throws: { error in
            "\(error)".contains("share.base") && "\(error)".contains("holds no share of its own")
        }
    }
}
