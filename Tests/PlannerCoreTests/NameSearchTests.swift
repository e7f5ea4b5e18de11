import BookGenerator
import Testing

@testable import PlannerCore

/// Pieces names are made of: the usual (ideographs, pinyin, English) and the odd (white space of every kind,
/// controls, accents, full-width letters, a character ICU cannot read, ideographs outside the ranges read one by one).
private let ideographs = Array("张伟徐晓敏王芳李娜刘强陈静杨洋赵磊黄艳周杰吴涛欧阳司马重庆吕绿曾乐行长")
private let oddCharacters: [Character] = [
    "·", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{1C}", "\u{3000}", "\u{A0}", "é", "E\u{301}", "Ａ", "ß", "İ", "兙",
    "\u{3400}", "\u{4DBF}", "\u{4DC0}", "\u{9FFF}", "\u{F900}", "\u{20000}", "😀", "-", ".", "'", "1", "9",
]
/// Latin letters that `NameSearch` reads from bytes (U+00C0–U+024F), and some of the odd ones among them.
private let latinLetters = Array("üÜöñçøæŁłıİǆǅǄ×÷ſĳŉÞȸɏÀÿĀžƀǍǜȀ")
private let words = [
    "Zhang", "Wei", "XU", "xiaomin", "David", "Smith", "o'Brien", "Anne-Marie", "li", "NA", "Lü", "Müller", "José",
    "ÉMILE", "Straße", "Øyvind", "İlker", "Łukasz",
]

private func randomName(_ dice: inout SplitMix64) -> String {
    switch dice.below(4) {
    case 0: return String((0..<1 + dice.below(4)).map { _ in dice.pick(ideographs) })
    case 1:
        return (0..<1 + dice.below(3)).map { _ in dice.pick(words) }.joined(separator: dice.pick([" ", "  ", "\t"]))
    default:
        let pieces: [String] = (0..<dice.below(6)).map { _ in
            switch dice.below(3) {
            case 0: return String(dice.pick(ideographs))
            case 1: return dice.below(2) == 0 ? dice.pick(words) : String(dice.pick(latinLetters))
            default: return String(dice.pick(oddCharacters))
            }
        }
        return pieces.joined()
    }
}

/// Whether an entry's bytes hold what `PinyinKey` says the names' keys are: each key `NameSearch` kept is one of
/// them, and each of them (not empty) is part of a kept one, so a query is found in the bytes exactly when it is
/// found in one of `PinyinKey`'s keys; every key is followed by 0xFF.
private func holdsKeys(_ bytes: [UInt8], of names: String...) -> Bool {
    guard bytes.isEmpty || bytes.last == 0xFF else { return false }
    let kept = bytes.split(separator: 0xFF, omittingEmptySubsequences: false).dropLast().map { Array($0) }
    let keys = names.flatMap { name in
        let key = PinyinKey(name)
        return [key.compactName, key.full, key.initials].map { Array($0.utf8) }.filter { !$0.isEmpty }
    }
    return kept.allSatisfy { keys.contains($0) }
        && keys.allSatisfy { key in kept.contains { NameFilter.holds($0, key) } }
}

private func randomQuery(_ dice: inout SplitMix64, from names: [String]) -> String {
    // Mostly a part of a key of some name, so that queries find something.
    let name = dice.pick(names)
    let key = PinyinKey(name)
    let source = Array(dice.pick([key.compactName, key.full, key.initials, name]))
    guard !source.isEmpty, dice.below(5) > 0 else {
        return String((0..<1 + dice.below(3)).map { _ in dice.pick(ideographs) })
    }
    let start = dice.below(source.count)
    return String(source[start..<min(source.count, start + 1 + dice.below(4))])
}

@Suite("NameSearch: the filter's keys and matches")
struct NameSearchTests {
    @Test("the keys read from bytes are PinyinKey's, for random names of every kind, alone and in pairs")
    func keysFromBytes() {
        var dice = SplitMix64(seed: 12)
        for _ in 0..<3000 {
            let name = randomName(&dice)
            let search = NameSearch(count: 1, name: { _ in name }, latin: { _ in nil })
            #expect(holdsKeys(search.bytes, of: name), "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
            let latin = randomName(&dice)
            let pair = NameSearch(count: 1, name: { _ in name }, latin: { _ in latin })
            #expect(holdsKeys(pair.bytes, of: name, latin), "\(name) · \(latin)")
        }
    }

    @Test("an entry holds the name's keys, then those of the Latin name that add to them")
    func entryLayout() {
        let people = [
            Person(id: "p1", name: "张伟", latin: "Zhang Wei", org: "o1", politics: .member),
            Person(id: "p2", name: "吕芳", latin: "Lü Fang", org: "o1", politics: .member),
            Person(id: "p3", name: "John Müller", org: "o1"),
        ]
        let search = NameSearch(people)
        let first: [UInt8] = ["张伟", "zhangwei", "zw"].flatMap { Array($0.utf8) + [UInt8(0xFF)] }
        #expect(Array(search.bytes.prefix(Int(search.ends[0]))) == first, "Zhang Wei adds nothing")
        let second = Array(search.bytes[Int(search.ends[0])..<Int(search.ends[1])])
        let third = Array(search.bytes[Int(search.ends[1])...])
        #expect(holdsKeys(second, of: "吕芳", "Lü Fang") && holdsKeys(third, of: "John Müller"))
        let johns: [UInt8] = ["johnmüller", "johnmuller", "jm"].flatMap { Array($0.utf8) + [UInt8(0xFF)] }
        #expect(third == johns)
        #expect(search.ends.count == 3 && Int(search.ends[2]) == search.bytes.count)
        for (query, found) in [("lüf", [Int32(1)]), ("lufang", [1]), ("lf", [1]), ("muller", [2]), ("müller", [2])] {
            #expect(search.entries(matching: PinyinQuery(query)) == found, "\(query)")
        }
    }

    @Test("张伟 is found by characters, full pinyin, initials and its Latin name; nothing crosses keys")
    func examples() {
        let people = [
            Person(id: "p1", name: "张伟", org: "o1", politics: .member),
            Person(id: "p2", name: "徐晓敏", latin: "Xu Xiaomin", org: "o1", politics: .member),
            Person(id: "p3", name: "David Smith", org: "o1"),
            Person(id: "p4", name: "王芳", latin: "Wang Fang", org: "o1", politics: .member),
        ]
        let search = NameSearch(people)
        func found(_ query: String) -> [Int32] { search.entries(matching: PinyinQuery(query)) }
        #expect(found("zw") == [0])
        #expect(found("张") == [0])
        #expect(found("zhang") == [0])
        #expect(found("ZHANG wei") == [0])
        #expect(found("xxm") == [1])
        #expect(found("xiaomin") == [1])
        #expect(found("david") == [2])
        #expect(found("ds") == [2])
        #expect(found("w") == [0, 3], "wei and wang")
        #expect(found("") == [0, 1, 2, 3])
        #expect(found("weixu").isEmpty, "the end of one entry and the start of the next are not one key")
        #expect(found("zhangweizw").isEmpty, "nor are two keys of one entry")
        #expect(search.entry(1, matches: PinyinQuery("XX")) && !search.entry(0, matches: PinyinQuery("xx")))
    }

    @Test("entries(matching:) is Person.matches over the list, for random lists and queries")
    func matchesAsPersonMatches() {
        var dice = SplitMix64(seed: 7)
        for _ in 0..<40 {
            let people = (0..<dice.below(60)).map { n in
                Person(
                    id: "p\(n)", name: randomName(&dice), latin: dice.below(2) == 0 ? randomName(&dice) : nil,
                    org: "o1", politics: .member)
            }
            let names = people.map(\.name) + people.compactMap(\.latin) + ["徐晓敏"]
            let search = NameSearch(people)
            for _ in 0..<40 {
                let query = PinyinQuery(randomQuery(&dice, from: names))
                let expected = people.indices.filter { people[$0].matches(query) }.map { Int32($0) }
                #expect(search.entries(matching: query) == expected, "\(query.text)")
                let one = dice.below(max(1, people.count))
                if people.indices.contains(one) {
                    #expect(search.entry(one, matches: query) == people[one].matches(query), "\(query.text)")
                }
            }
        }
    }

    @Test("narrowing keystroke by keystroke gives what a fresh filter gives, with backspaces and edits")
    func narrowingIsFresh() {
        var dice = SplitMix64(seed: 99)
        let generated = (0..<400).map { n in
            Person(
                id: "p\(n)", name: randomName(&dice), latin: dice.below(3) == 0 ? randomName(&dice) : nil, org: "o1",
                politics: .member)
        }
        // A roster like the planner's: mostly Chinese names with pinyin spellings.
        let roster =
            generated
            + (0..<400).map { n in
                let surname = dice.pick(Array("张王李徐赵刘陈")),
                    given = String((0..<1 + dice.below(2)).map { _ in dice.pick(ideographs) })
                let name = String(surname) + given
                let latin = PinyinKey(name).syllables.joined(separator: " ")
                return Person(
                    id: "q\(n)", name: name, latin: dice.below(2) == 0 ? latin : nil, org: "o1", politics: .member)
            }
        let filter = NameFilter(NameSearch(roster))
        let typed = Array("zwxxm张伟zhangwei 徐晓敏WANGli").map(String.init) + ["", " "]
        for _ in 0..<30 {
            var text: [Character] = []
            for _ in 0..<25 {
                switch dice.below(6) {
                case 0, 1: if !text.isEmpty { text.removeLast() }  // backspace
                case 2: if !text.isEmpty { text.remove(at: dice.below(text.count)) }  // an edit inside the text
                case 3: text = Array(randomQuery(&dice, from: roster.map(\.name)))  // pasted, or typed anew
                default: text.append(contentsOf: dice.pick(typed))
                }
                let query = PinyinQuery(String(text))
                let fresh = roster.indices.filter { roster[$0].matches(query) }.map { Int32($0) }
                let answer = filter.rows(matching: query)
                if query.text.isEmpty {
                    #expect(answer == nil, "an empty query keeps every row")
                } else {
                    #expect(answer == fresh, "\(String(text))")
                }
            }
        }
    }

    @Test("a list that searches a roster's keys through its rows' positions narrows as a fresh filter")
    func narrowingThroughPositions() {
        var dice = SplitMix64(seed: 5)
        let roster = (0..<600).map { n in
            Person(
                id: "p\(n)", name: randomName(&dice), latin: dice.below(3) == 0 ? randomName(&dice) : nil, org: "o1",
                politics: .member)
        }
        let search = NameSearch(roster)
        // Many rows (one pass over the roster's bytes) and a few (row by row), each in an order of its own.
        for size in [600, 450, 40, 3, 0] {
            let rows = (0..<size).map { _ in Int32(dice.below(roster.count)) }
            let filter = NameFilter(search, rows: rows)
            #expect(filter.rowCount == size)
            var text = ""
            for _ in 0..<60 {
                switch dice.below(4) {
                case 0: if !text.isEmpty { text.removeLast() }
                case 1: text = randomQuery(&dice, from: roster.map(\.name))
                default: text += String(dice.pick(Array("zwxm张伟李aeiounĀü ")))
                }
                let query = PinyinQuery(text)
                let fresh = rows.indices.filter { roster[Int(rows[$0])].matches(query) }.map { Int32($0) }
                #expect(filter.rows(matching: query) == (query.text.isEmpty ? nil : fresh), "\(size) rows, \(text)")
            }
        }
    }

    @Test("a roster's search is kept while the roster is the same, and made again when it changes")
    func rosterSearchKept() {
        var people = [Person(id: "p1", name: "张伟", org: "o1", politics: .member)]
        let kept = RosterSearch()
        #expect(!kept.isReady(for: people))
        #expect(kept.search(of: people).entries(matching: PinyinQuery("zw")) == [0])
        #expect(kept.isReady(for: people))
        people.append(Person(id: "p2", name: "王伟", org: "o1", politics: .member))
        #expect(!kept.isReady(for: people))
        #expect(kept.search(of: people).entries(matching: PinyinQuery("w")) == [0, 1])
        people[0].name = "徐晓敏"
        #expect(kept.search(of: people).entries(matching: PinyinQuery("zw")).isEmpty, "a renamed person")
    }

    @Test("a later query that holds an earlier one is answered from the earlier answer")
    func narrowsFromEarlier() {
        let people = ["张伟", "张三", "王伟", "徐晓敏"].enumerated().map { n, name in
            Person(id: "p\(n)", name: name, org: "o1", politics: .member)
        }
        let filter = NameFilter(NameSearch(people))
        #expect(filter.rows(matching: PinyinQuery("z")) == [0, 1])
        #expect(filter.rows(matching: PinyinQuery("zw")) == [0])
        #expect(filter.rows(matching: PinyinQuery("w")) == [0, 2])
        #expect(filter.rows(matching: PinyinQuery("z")) == [0, 1], "a backspace finds the earlier answer")
        #expect(filter.rows(matching: PinyinQuery("  ")) == nil)
        #expect(
            NameFilter.holds(Array("zw".utf8), Array("w".utf8)) && !NameFilter.holds(Array("w".utf8), Array("zw".utf8)))
    }
}
