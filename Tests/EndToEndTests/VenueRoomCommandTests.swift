import ConveneTestSupport
import Foundation
import Testing

@Suite("convene venue room, ids never reused and the plan's identity")
struct VenueRoomCommandTests {
    /// The sample: 冼星海故乡纪念馆 (v1) with 展厅 (r1: the oath review and the visit) and 会议室 (r2).
    private func sample(_ name: String = #function) throws -> Convene {
        let convene = try Convene(name)
        try convene.ok("init")
        return convene
    }

    @Test("room add prints the new room's id; venues lists it")
    func add() throws {
        let convene = try sample()
        #expect(try convene.ok("venue", "room", "add", "--venue", "纪念馆", "--room", "贵宾室", "--capacity", "12") == "r3")
        let venues = try convene.ok("venues", "--lang", "en")
        #expect(
            venues.components(separatedBy: "\n").contains { $0.hasPrefix("r3") && $0.hasSuffix("贵宾室") }, "\(venues)")
    }

    @Test("room edit renames the room by id or name, and every item in it shows the new name")
    func renameEverywhere() throws {
        let convene = try sample()
        try convene.ok("venue", "room", "edit", "--venue", "v1", "--room", "展厅", "--name", "序厅")
        let agenda = try convene.ok("agenda", "--lang", "en", "--width", "100")
        #expect(agenda.components(separatedBy: "[序厅]").count == 3, "both items in the room:\n\(agenda)")
        #expect(!agenda.contains("[展厅]"))
        try convene.ok("venue", "room", "edit", "--venue", "v1", "--room", "r1", "--capacity", "80")
        #expect(try convene.ok("venues").contains("80"))
    }

    @Test("room remove refuses a room in use, naming the items, in both languages; the file is untouched")
    func removeInUseRefused() throws {
        let convene = try sample()
        let before = try String(contentsOfFile: convene.plan, encoding: .utf8)
        let en = try convene("venue", "room", "remove", "--venue", "v1", "--room", "展厅", "--lang", "en")
        #expect(en.status == 2)
        #expect(
            en.stderr.contains(
                "the room 展厅 is used by 2 items: '重温入党誓词' (i1), '参观冼星海故乡纪念馆' (i2); give them another room or none first"
            ))
        let zh = try convene("venue", "room", "remove", "--venue", "v1", "--room", "r1", "--lang", "zh")
        #expect(zh.status == 2)
        #expect(zh.stderr.contains("场地“展厅”正由2 项议程使用：“重温入党誓词”（i1）、“参观冼星海故乡纪念馆”（i2）；请先为这些议程另选场地或不设场地"))
        #expect(try String(contentsOfFile: convene.plan, encoding: .utf8) == before)
    }

    @Test("room remove takes an unused room, exactly named, and says so; a guess is refused")
    func removeUnused() throws {
        let convene = try sample()
        try convene.ok("venue", "room", "add", "--venue", "v1", "--room", "贵宾室")
        let guess = try convene("venue", "room", "remove", "--venue", "v1", "--room", "贵宾", "--lang", "en")
        #expect(guess.status == 2)
        let removed = try convene("venue", "room", "remove", "--venue", "v1", "--room", "贵宾室", "--lang", "en")
        #expect(removed.status == 0)
        #expect(removed.stderr.contains("removed room 贵宾室 (r3)"))
        #expect(!(try convene.ok("venues")).contains("贵宾室"))
        #expect(try convene.ok("venue", "room", "add", "--venue", "v1", "--room", "茶歇室") == "r4", "r3 is not reused")
    }

    @Test("item --room takes the room's name or id; a room the venue lacks is refused with its rooms")
    func itemRoomByNameOrID() throws {
        let convene = try sample()
        try convene.ok("item", "edit", "--item", "i4", "--room", "展厅")
        #expect(try convene.ok("agenda", "--lang", "en", "--width", "100").components(separatedBy: "[展厅]").count == 4)
        try convene.ok("item", "edit", "--item", "i4", "--room", "r2")
        let wrong = try convene("item", "edit", "--item", "i4", "--room", "礼堂", "--lang", "en")
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("冼星海故乡纪念馆 has no room '礼堂'; its rooms are: 展厅, 会议室"))
    }

    @Test("removing the newest person and adding another gives a new id")
    func idsNeverReused() throws {
        let convene = try sample()
        let added = try convene.ok("person", "add", "--name", "王芳", "--org", "o2")
        #expect(try convene("person", "remove", "--person", added).status == 0)
        let next = try convene.ok("person", "add", "--name", "李娜", "--org", "o2")
        #expect(added == "p20" && next == "p21")
    }

    @Test("each init makes a plan of its own identity, so two plans' calendars share no UID")
    func initMintsIdentity() throws {
        let one = try sample(), other = try sample("initMintsIdentity-other")
        func uids(_ convene: Convene) throws -> Set<String> {
            Set(
                try convene.ok("agenda", "--format", "ics").components(separatedBy: "\r\n").filter {
                    $0.hasPrefix("UID:")
                })
        }
        let a = try uids(one), b = try uids(other)
        #expect(a.count == 4 && b.count == 4)
        #expect(a.isDisjoint(with: b))
        #expect(!a.contains { $0.contains("00000000-0000-4000-8000-000000000000") }, "not the sample's fixed identity")
    }
}
