import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

/// Issue 13's command line: 政治面貌, capacity, replies, leave, sign-in and absence.
@Suite("政治面貌, capacity, leave and sign-in from the command line")
struct ParticipantCycleTests {
    @Test("--politics takes Chinese full names, short forms and English keys; --stage the pipeline")
    func politics() throws {
        let convene = try Convene()
        try convene.ok("init", "--empty")
        try convene.ok("org", "add", "--name", "甲单位")
        for (value, expected) in [
            ("中共党员", Politics.member), ("党员", .member), ("预备党员", .probationary), ("团员", .league),
            ("群众", .masses), ("jiusan", .jiusan), ("Non-Partisan", .nonpartisan),
        ] {
            let id = try convene.ok("person", "add", "--name", "人\(value)", "--org", "甲单位", "--politics", value)
            #expect(try PlanStore(path: convene.plan).load().person(id)?.politics == expected, "\(value)")
        }
        let id = try convene.ok(
            "person", "add", "--name", "积极", "--org", "甲单位", "--politics", "masses", "--stage", "入党积极分子")
        #expect(try PlanStore(path: convene.plan).load().person(id)?.stage == .activist)
        try convene.ok("person", "edit", "--person", id, "--stage", "")
        #expect(try PlanStore(path: convene.plan).load().person(id)?.stage == nil)
        let bad = try convene("person", "add", "--name", "乙", "--org", "甲单位", "--politics", "chairman")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--politics: 'chairman' is not one of the values it takes: member (中共党员)"))
        let badZh = try convene("person", "add", "--name", "乙", "--org", "甲单位", "--politics", "主席", "--lang", "zh")
        #expect(badZh.stderr.contains("--politics：“主席”不是可取的值；可取：member (中共党员)"), "\(badZh.stderr)")
        let member = try convene(
            "person", "add", "--name", "党", "--org", "甲单位", "--stage", "activist", "--politics", "党员")
        #expect(member.status == 2 && member.stderr.contains("is a party member already"), "\(member.stderr)")
    }

    @Test("--status member|probationary still works and says on stderr what replaced it")
    func oldStatus() throws {
        let convene = try Convene()
        try convene.ok("init", "--empty")
        try convene.ok("org", "add", "--name", "甲单位")
        let result = try convene("person", "add", "--name", "甲", "--org", "甲单位", "--status", "probationary")
        #expect(result.status == 0)
        #expect(
            result.stderr
                == "convene: --status is replaced by --politics: read as --politics probationary (probationary)\n")
        let zh = try convene("person", "add", "--name", "乙", "--org", "甲单位", "--status", "member", "--lang", "zh")
        #expect(zh.stderr == "convene：--status 已由 --politics 取代：按 --politics member（中共党员）处理\n")
        #expect(try PlanStore(path: convene.plan).load().people.map(\.politics) == [.probationary, .member])
        let guest = try convene("person", "add", "--name", "丙", "--org", "甲单位", "--status", "guest")
        #expect(guest.status == 2 && guest.stderr.contains("participant add --as guest"), "\(guest.stderr)")
    }

    @Test("participant add --as, set --rsvp, leave, sign-in and absent, and the counts follow")
    func cycle() throws {
        let convene = try Convene()
        try convene.ok("init")
        #expect(try convene("participant", "remove", "--person", "p9").status == 0)
        try convene.ok("participant", "add", "--person", "p9", "--as", "列席", "--rsvp", "已确认")
        try convene.ok("participant", "set", "--person", "p6", "--as", "observer")
        try convene.ok(
            "participant", "leave", "--person", "p8", "--reason", "sick", "--note", "发烧", "--approved-by", "p7")
        try convene.ok("participant", "sign-in", "--person", "p1", "--at", "08:52")
        try convene.ok("participant", "sign-in", "--person", "p2")
        try convene.ok("participant", "absent", "--person", "p3")
        var book = try PlanStore(path: convene.plan).load()
        var e = book.events[0]
        #expect(e.participant("p9")?.capacity == .observer && e.participant("p9")?.rsvp == .confirmed)
        #expect(e.participant("p6")?.capacity == .observer)
        #expect(e.participant("p8")?.leave == Leave(reason: .sick, note: "发烧", approvedBy: "p7"))
        #expect(e.participant("p1")?.attendance == .signedIn(at: ClockTime("08:52")))
        #expect(e.participant("p2")?.attendance.isSignedIn == true)
        #expect(e.participant("p3")?.attendance == .absent)
        let t = e.turnout(people: book.peopleByID)
        #expect((t.expected, t.present, t.excused, t.absent) == (18, 14, 1, 3))
        // A declined participant cannot sign in; the message says what to do.
        let declined = try convene("participant", "sign-in", "--person", "p12")
        #expect(declined.status == 2 && declined.stderr.contains("set the reply to confirmed before signing them in"))
        try convene.ok("participant", "leave", "--person", "p8", "--cancel")
        try convene.ok("participant", "sign-in", "--person", "p3", "--undo")
        book = try PlanStore(path: convene.plan).load()
        e = book.events[0]
        #expect(e.participant("p8")?.leave == nil && e.participant("p3")?.attendance == .notYet)
        let bad = try convene("participant", "leave", "--person", "p8", "--reason", "holiday")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--reason: 'holiday' is not one of the values it takes: official (因公), sick (因病)"))
        let badAs = try convene("participant", "set", "--person", "p8", "--as", "vip", "--lang", "zh")
        #expect(badAs.status == 2 && badAs.stderr.contains("列席"), "\(badAs.stderr)")
    }
}
