import Foundation
import Testing

@testable import PlannerCore

@Suite("Checks: repeated names")
struct DuplicateNamesTests {
    /// The clean fixture plus `extra` people of organisation o2, all confirmed.
    private func book(adding extra: [Person]) -> Book {
        var book = ChecksTests.clean()
        book.people += extra
        book.events[0].participants += extra.map { Participant(person: $0.id, rsvp: .confirmed) }
        return book
    }

    private func duplicates(_ book: Book) -> [Problem] {
        ChecksTests.problems(book).filter { $0.code == "duplicate-person" }
    }

    @Test(
        "names match trimmed, without case and by canonical equivalence; others do not",
        arguments: [
            (" 徐晓敏 ", true), ("徐晓敏", true), ("徐晓", false), ("XU XIAOMIN", false),
        ])
    func matching(name: String, matches: Bool) {
        let found = duplicates(book(adding: [Person(id: "p9", name: name, org: "o2", politics: .member)]))
        #expect(found.count == (matches ? 1 : 0))
    }

    @Test("Latin names: case, outer space and composed or decomposed accents do not hide a repeat")
    func latin() {
        let people = [
            Person(id: "p9", name: "Anna Müller", org: "o1", politics: .member),
            Person(id: "p10", name: "  anna mu\u{0308}ller", org: "o2", politics: .member),
            Person(id: "p11", name: "ANNA MÜLLER", org: "o2", politics: .unrecorded),
        ]
        let found = duplicates(book(adding: people))
        #expect(found.count == 1)
        #expect(found.first?.ids == ["p9", "p10", "p11"])
        #expect(
            found.first?.message.description.hasPrefix(
                "Anna Müller is listed 3 times (p9 广州市科协, p10 电子信息行业协会, p11 电子信息行业协会)")
                == true)
    }

    @Test(
        "the key's own fast path agrees with trimming, lower-casing and composing",
        arguments: [
            "徐晓敏", "欧阳·娜", "li si", "li  si", "o'brien", "a.b-c", "㐀㐁", "Li Si", " 张三", "张三 ", "é", "e\u{0301}", "カタカナ",
            "ｆｕｌｌ", "", "ß", "İ", "\t张三",
        ])
    func fastPath(name: String) {
        if NameKey.isComposedLowercaseTrimmed(name) {
            #expect(name == name.trimmed.lowercased())
            #expect(Array(name.utf8) == Array(name.precomposedStringWithCanonicalMapping.utf8))
        }
        #expect(NameKey(name) == NameKey(name.trimmed.lowercased()))
    }

    @Test("the first 20 repeated names in list order get a warning each; the rest one summary with everyone's ids")
    func summary() throws {
        var people: [Person] = []
        for n in 0..<25 {
            let name = "同名\(String(UnicodeScalar(0x4E00 + n)!))"
            people.append(Person(id: "p\(100 + 2 * n)", name: name, org: "o1", politics: .member))
            people.append(Person(id: "p\(101 + 2 * n)", name: name, org: "o2", politics: .member))
        }
        let found = duplicates(book(adding: people))
        #expect(found.count == 21)
        #expect(found.prefix(20).map { $0.ids } == (0..<20).map { ["p\(100 + 2 * $0)", "p\(101 + 2 * $0)"] })
        let rest = try #require(found.last)
        #expect(rest.severity == .warning)
        #expect(
            rest.message.description
                == "and 5 more names are listed more than once: 同名且 ×2, 同名丕 ×2, 同名世 ×2, 同名丗 ×2, 同名丘 ×2")
        #expect(rest.ids == (20..<25).flatMap { ["p\(100 + 2 * $0)", "p\(101 + 2 * $0)"] })
    }

    @Test("repeats with the same phone are errors, listed and summed up apart from the warnings")
    func errorsApart() throws {
        var people: [Person] = []
        for n in 0..<22 {
            let name = "重复\(String(UnicodeScalar(0x4E00 + n)!))"
            people.append(
                Person(id: "p\(100 + 2 * n)", name: name, org: "o1", politics: .member, phone: "1380000\(1000 + n)"))
            people.append(
                Person(id: "p\(101 + 2 * n)", name: name, org: "o2", politics: .member, phone: "1380000\(1000 + n)"))
        }
        people.append(Person(id: "p200", name: "程智鹏", org: "o2", politics: .member))
        let found = duplicates(book(adding: people))
        #expect(found.filter { $0.severity == .error }.count == 21)
        #expect(found.filter { $0.severity == .warning }.count == 1)
        let summary = try #require(found.first { $0.message.description.hasPrefix("and ") })
        #expect(summary.severity == .error)
        #expect(
            summary.message.description
                == "and 2 more names are listed more than once with the same phone or email: 重复且 ×2, 重复丕 ×2"
        )
    }

    @Test("a big group of namesakes finds a shared email, compared without case, however far apart")
    func bigGroup() {
        var people = (0..<12).map {
            Person(
                id: "p\(100 + $0)", name: "王伟", org: $0 % 2 == 0 ? "o1" : "o2", politics: .member,
                email: "wang\($0)@example.cn")
        }
        #expect(duplicates(book(adding: people)).first?.severity == .warning)
        people[11].email = "WANG0@example.cn"
        #expect(duplicates(book(adding: people)).first?.severity == .error)
    }
}
