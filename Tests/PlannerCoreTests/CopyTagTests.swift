import BookGenerator
import Foundation
import PlannerCore
import Testing

@Suite("Copy tags: the ids two copies of a plan issue never collide (issue 15)")
struct CopyTagTests {
    @Test("a tag is four letters of its alphabet; anything else is not one")
    func grammar() {
        #expect(CopyTag("k7mq")?.text == "k7mq")
        for bad in ["", "k7m", "k7mqx", "K7MQ", "k7mo", "k7ml", "k7mi", "k7mu", "k7_q", "甲乙丙丁", "k7m "] {
            #expect(CopyTag(bad) == nil, "'\(bad)'")
        }
        var rng = SplitMix64(seed: 7)
        let drawn = (0..<500).map { _ in CopyTag.random(using: &rng) }
        #expect(drawn.allSatisfy { CopyTag($0.text) == $0 })
        #expect(Set(drawn).count > 490, "500 draws from about a million are nearly all different")
    }

    @Test("an id's number is read from short and tagged ids alike, and nothing else")
    func numbers() {
        #expect(RecordKind.person.number(of: "p12") == 12)
        #expect(RecordKind.person.number(of: "p12_k7mq") == 12)
        #expect(RecordKind.item.number(of: "i3_0000") == 3)
        for other in ["p12_", "p12_k7m", "p12_K7MQ", "p_k7mq", "p0", "p12-k7mq", "q12", "p12_k7mq_k7mq"] {
            #expect(RecordKind.person.number(of: other) == nil, "'\(other)'")
        }
        #expect(RecordKind.person.id(number: 20, tag: nil) == "p20")
        #expect(RecordKind.person.id(number: 20, tag: CopyTag("k7mq")) == "p20_k7mq")
    }

    @Test("a book with a tag issues tagged ids, counted with the short ones; a template's items too")
    func issuing() throws {
        var book = Fixture.book()
        let short = book.newID(.person)
        book.copyTag = CopyTag("k7mq")
        #expect(book.newID(.person) == short + "_k7mq")
        var ids = book.idAllocator(.organisation)
        let (first, second) = (ids.next(), ids.next())
        #expect(first.hasSuffix("_k7mq") && second.hasSuffix("_k7mq") && first != second)
        let items = EventTemplate.standardItems(startingAt: Fixture.t("09:00"), book: book)
        #expect(items.count == 4 && items.allSatisfy { $0.id.hasSuffix("_k7mq") })
        #expect(Set(items.map(\.id)).count == 4)
        let person = Person(id: book.newID(.person), name: "王芳", org: book.organisations[0].id)
        book = try book.applying(.addPerson(person), at: Date(timeIntervalSince1970: 0))
        #expect(book.issued[.person] == RecordKind.person.number(of: person.id), "a tagged id raises the count")
        #expect(book.copyTag == CopyTag("k7mq"), "an edit keeps where the book is")
    }

    @Test("the tag says where a book is kept, not what it holds: books that differ only in it are equal")
    func notContent() {
        var a = Fixture.book()
        let b = a
        a.copyTag = CopyTag("k7mq")
        #expect(a == b && a.hashValue == b.hashValue)
    }

    @Test("a shared copy issues ids with its own tag, whatever the place it is kept gives")
    func sharedCopy() {
        let host = Fixture.book()
        var copy = host.sharing(
            event: host.events[0].id, org: host.organisations[1].id, at: Date(), copyTag: CopyTag("tj01")!)
        #expect(copy.newID(.person).hasSuffix("_tj01"))
        copy.copyTag = CopyTag("k7mq")
        #expect(copy.newID(.person).hasSuffix("_tj01"), "the share's tag comes first")
    }

    @Test("two tagged copies each add people, an item and a room: the merge keeps every id as issued")
    func mergeKeepsIDs() throws {
        let base = BookGenerator(organisations: 4, people: 40, events: 2, itemsPerEvent: 4, seed: 3).make()
        let at = Date(timeIntervalSince1970: 1_780_000_000)
        func edited(_ tag: String, _ name: String) throws -> Book {
            var copy = base
            copy.copyTag = CopyTag(tag)
            let person = Person(id: copy.newID(.person), name: name, org: base.organisations[0].id)
            let item = AgendaItem(
                id: copy.newID(.item), kind: .other, title: name + "的环节", start: base.events[0].end, minutes: 10)
            return try copy.applying(
                .batch([.addPerson(person), .addItem(event: base.events[0].id, item: item)], label: .verbatim(name)),
                at: at)
        }
        let ours = try edited("aaaa", "甲"), theirs = try edited("bbbb", "乙")
        let merged = try PlanMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.conflicts.isEmpty)
        let added = Set(merged.people.map(\.id)).subtracting(base.people.map(\.id))
        let n = base.issued[.person] + 1
        #expect(added == ["p\(n)_aaaa", "p\(n)_bbbb"])
        let items = merged.events[0].items.map(\.id).filter { $0.contains("_") }
        #expect(
            Set(items)
                == Set(ours.events[0].items.map(\.id) + theirs.events[0].items.map(\.id)).subtracting(
                    base.events[0].items.map(\.id)))
        #expect(merged.copyTag == CopyTag("aaaa"), "the merge is our copy")
        #expect(merged.newID(.person) == "p\(n + 1)_aaaa", "the count goes on above both copies' ids")
    }
}
