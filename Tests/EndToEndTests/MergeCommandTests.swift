import ConveneTestSupport
import Foundation
import Testing

@Suite("convene merge of three plan files")
struct MergeCommandTests {
    /// A new sample plan and two copies of it, ours and theirs, beside it.
    static func twoCopies(_ name: String = #function) throws -> (Convene, ours: String, theirs: String) {
        let convene = try Convene(name)
        try convene.ok("init")
        let (ours, theirs) = (convene.folder.file("ours.json"), convene.folder.file("theirs.json"))
        try FileManager.default.copyItem(atPath: convene.plan, toPath: ours)
        try FileManager.default.copyItem(atPath: convene.plan, toPath: theirs)
        return (convene, ours, theirs)
    }

    @Test("changes on both sides combine, exit 0, and the summary lists what came in, in both languages")
    func clean() throws {
        let (convene, ours, theirs) = try Self.twoCopies()
        try convene.edit(ours, "participant", "set", "--person", "林海青", "--rsvp", "invited")
        try convene.edit(theirs, "item", "move", "--item", "党建座谈会", "--start", "10:30")
        let out = convene.folder.file("out.json")
        let en = try run(convene.binary, ["merge", convene.plan, ours, theirs, "-o", out, "--lang", "en"])
        #expect(en.status == 0, "\(en.stderr)")
        #expect(en.stdout.hasPrefix("merged: these changes came in\n"), "\(en.stdout)")
        #expect(en.stdout.contains("  党建座谈会 moved 10:20 → 10:30\n"))
        #expect(!en.stdout.contains("林海青"), "our own change did not come in")
        let fromTheirs = try run(convene.binary, ["diff", theirs, out, "--lang", "en"])
        #expect(fromTheirs.stdout.contains("  林海青 confirmed → invited\n"), "\(fromTheirs.stdout)")
        let zh = try run(convene.binary, ["merge", convene.plan, ours, theirs], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 0 && zh.stdout.hasPrefix("已合并，收到以下改动：\n"), "\(zh.stdout)")
        #expect(bytes(ours) == bytes(out), "without -o the result replaces OURS")
    }

    @Test("with nothing new on one side the result is the other side's bytes")
    func byteForByte() throws {
        let convene = try Convene()
        try convene.ok("init")
        let changed = convene.folder.file("changed.json")
        try FileManager.default.copyItem(atPath: convene.plan, toPath: changed)
        try convene.edit(changed, "item", "move", "--item", "党建座谈会", "--start", "10:30")
        let out = convene.folder.file("out.json")
        let oursOnly = try run(
            convene.binary, ["merge", convene.plan, changed, convene.plan, "-o", out, "--lang", "en"])
        #expect(oursOnly.status == 0 && oursOnly.stdout == "merged: nothing new came in\n")
        #expect(bytes(out) == bytes(changed))
        let theirsOnly = try run(convene.binary, ["merge", convene.plan, convene.plan, changed, "-o", out])
        #expect(theirsOnly.status == 0 && bytes(out) == bytes(changed))
    }

    @Test("one field changed differently keeps ours, says how many conflicts, exits 1; a bad file is named, exit 3")
    func conflictAndRefusals() throws {
        let (convene, ours, theirs) = try Self.twoCopies()
        try convene.edit(ours, "item", "edit", "--item", "党建座谈会", "--title", "我方座谈会")
        try convene.edit(theirs, "item", "edit", "--item", "党建座谈会", "--title", "对方座谈会")
        let out = convene.folder.file("out.json")
        let zh = try run(
            convene.binary, ["merge", convene.plan, ours, theirs, "-o", out], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.status == 1)
        #expect(zh.stdout.contains("冲突 1 处，已记在计划中（暂时保留我方的值）"), "\(zh.stdout)")
        let en = try run(convene.binary, ["merge", convene.plan, ours, theirs, "-o", out, "--lang", "en"])
        #expect(en.status == 1 && en.stdout.contains("conflicts, kept in the plan: 1;"), "\(en.stdout)")
        let agenda = try run(convene.binary, ["agenda", "--file", out])
        #expect(agenda.status == 0 && agenda.stdout.contains("我方座谈会"), "the result keeps our value")

        let bad = convene.folder.file("bad.json")
        write(Data("{ not json".utf8), to: bad)
        let refused = try run(convene.binary, ["merge", convene.plan, bad, theirs, "--lang", "en"])
        #expect(refused.status == 3 && refused.stderr.contains("ours (\(bad)): "), "\(refused.stderr)")
        let zhRefused = try run(convene.binary, ["merge", bad, ours, theirs], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zhRefused.status == 3 && zhRefused.stderr.contains("共同祖先（\(bad)）："), "\(zhRefused.stderr)")
        let other = convene.folder.file("other.json")
        try convene.edit(other, "init")
        let different = try run(convene.binary, ["merge", convene.plan, ours, other, "--lang", "en"])
        #expect(different.status == 3 && different.stderr.contains("these are two different plans"))
        let two = try run(convene.binary, ["merge", ours, theirs, "--lang", "en"])
        #expect(two.status == 2 && two.stderr.contains("merge takes three plan files: BASE OURS THEIRS (got 2)"))
    }

    @Test("the plan keeps the conflict: conflicts lists it (exit 1), resolve takes theirs, in both languages")
    func conflictsAndResolve() throws {
        let (convene, ours, theirs) = try Self.twoCopies()
        try convene.edit(ours, "item", "edit", "--item", "党建座谈会", "--title", "我方座谈会")
        try convene.edit(theirs, "item", "edit", "--item", "党建座谈会", "--title", "对方座谈会")
        #expect(try run(convene.binary, ["merge", convene.plan, ours, theirs]).status == 1)
        let written = try #require(bytes(ours))
        let plan = try #require(try JSONSerialization.jsonObject(with: written) as? [String: Any])
        let kept = try #require((plan["conflicts"] as? [[String: Any]])?.first)
        #expect(kept["record"] as? String == "item" && kept["field"] as? String == "title")
        #expect(kept["ours"] as? String == "我方座谈会" && kept["theirs"] as? String == "对方座谈会")

        let listed = try run(convene.binary, ["conflicts", "--file", ours, "--lang", "en"])
        #expect(listed.status == 1)
        #expect(listed.stdout == "1. item '我方座谈会' (e1 i3), title: ours “我方座谈会”, theirs “对方座谈会”\n")
        let zh = try run(convene.binary, ["conflicts", "--file", ours], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stdout == "1. 议程“我方座谈会”（e1 i3）的标题：我方“我方座谈会”，对方“对方座谈会”\n", "\(zh.stdout)")
        let check = try run(convene.binary, ["check", "--file", ours], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(check.status == 1 && check.stdout.contains("[merge-conflict] 合并冲突：议程“我方座谈会”"), "\(check.stdout)")

        let facts = try run(convene.binary, ["diff", "--textconv", ours, "--lang", "en"])
        #expect(facts.stdout.hasSuffix("merge conflict: item '我方座谈会' (e1 i3), title: ours “我方座谈会”, theirs “对方座谈会”\n"))
        let before = convene.folder.file("before.json")
        try FileManager.default.copyItem(atPath: ours, toPath: before)
        let wrong = try run(convene.binary, ["resolve", "2", "--take", "theirs", "--file", ours, "--lang", "en"])
        #expect(wrong.status == 2)
        #expect(wrong.stderr.contains("'2' is not a conflict's number: give 1 to 1 or all (see convene conflicts)"))
        let side = try run(convene.binary, ["resolve", "1", "--take", "both", "--file", ours, "--lang", "en"])
        #expect(side.status == 2 && side.stderr.contains("ours"), "\(side.stderr)")
        let resolved = try run(convene.binary, ["resolve", "1", "--take", "theirs", "--file", ours])
        #expect(resolved.status == 0, "\(resolved.stderr)")
        #expect(resolved.stdout.hasPrefix("took theirs: the title of item '我方座谈会' (e1 i3)\n"), "\(resolved.stdout)")
        #expect(resolved.stdout.hasSuffix("no merge conflicts left\n"))
        #expect(try run(convene.binary, ["agenda", "--file", ours]).stdout.contains("对方座谈会"))
        let diff = try run(convene.binary, ["diff", before, ours, "--lang", "en"])
        #expect(diff.stdout.contains("Merge conflicts\n  resolved: item '我方座谈会' (e1 i3), title:"), "\(diff.stdout)")
        let none = try run(convene.binary, ["conflicts", "--file", ours], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(none.status == 0 && none.stdout == "没有合并冲突\n")
        let rewritten = try #require(bytes(ours))
        let after = try #require(try JSONSerialization.jsonObject(with: rewritten) as? [String: Any])
        #expect(after["conflicts"] == nil, "no conflicts key once none is left")
        let again = try run(
            convene.binary, ["resolve", "1", "--take", "ours", "--file", ours], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(again.status == 2 && again.stderr.contains("计划中没有需要解决的合并冲突"), "\(again.stderr)")
    }

    @Test("diff of two plans made apart says they are not versions of one plan")
    func diffOfTwoPlans() throws {
        let convene = try Convene()
        try convene.ok("init")
        let other = convene.folder.file("other.json")
        try convene.edit(other, "init")
        let en = try run(convene.binary, ["diff", convene.plan, other, "--lang", "en"])
        #expect(en.status == 0 && en.stderr.contains("are two different plans (identity "), "\(en.stderr)")
        let zh = try run(convene.binary, ["diff", convene.plan, other], environment: ["LANG": "zh_CN.UTF-8"])
        #expect(zh.stderr.contains("是两个不同的计划"), "\(zh.stderr)")
        let same = try run(convene.binary, ["diff", convene.plan, convene.plan, "--lang", "en"])
        #expect(same.status == 0 && same.stderr.isEmpty)
    }
}
