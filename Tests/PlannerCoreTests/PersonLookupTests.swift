import PlannerCore
import Testing

@Suite("Person lookup: numbered ids by position, any other id by dictionary, first one wins")
struct PersonLookupTests {
    private func person(_ id: String, _ name: String) -> Person {
        Person(id: id, name: name, org: "o1", politics: .member)
    }

    @Test("numbered and other ids are found, unknown ones are not")
    func finds() {
        let people = [
            person("p1", "甲"), person("p10", "乙"), person("x-7", "丙"), person("p007", "丁"), person("P3", "戊"),
            person("p0", "己"),
        ]
        let lookup = PersonLookup(people)
        #expect(lookup["p1"]?.name == "甲")
        #expect(lookup["p10"]?.name == "乙")
        #expect(lookup["x-7"]?.name == "丙")
        // p007 and p7 are different ids: the leading zero keeps it out of the numbered table.
        #expect(lookup["p007"]?.name == "丁")
        #expect(lookup["p7"] == nil)
        #expect(lookup["P3"]?.name == "戊")
        #expect(lookup["p3"] == nil)
        #expect(lookup["p0"]?.name == "己")
        #expect(lookup["p00"] == nil)
        #expect(lookup["p"] == nil && lookup[""] == nil && lookup["p2"] == nil && lookup["p-1"] == nil)
        #expect(lookup.count == 6)
        #expect(lookup.index(of: "x-7") == 2)
    }

    @Test("the first person with a repeated id wins, numbered or not")
    func firstWins() {
        let lookup = PersonLookup([
            person("p5", "first"), person("q", "first"), person("p5", "second"), person("q", "second"),
        ])
        #expect(lookup["p5"]?.name == "first")
        #expect(lookup["q"]?.name == "first")
        #expect(lookup.count == 2)
    }

    @Test("huge numbers are kept in the dictionary, not in a table that large")
    func hugeNumbers() {
        let lookup = PersonLookup([
            person("p999999999", "far"), person("p1", "near"), person("p12345678901", "too long"),
        ])
        #expect(lookup["p999999999"]?.name == "far")
        #expect(lookup["p12345678901"]?.name == "too long")
        #expect(lookup["p1"]?.name == "near")
    }

    @Test("only: just the people asked for")
    func only() {
        let lookup = PersonLookup([person("p1", "甲"), person("p2", "乙"), person("zz", "丙")], only: ["p2", "zz", "p9"])
        #expect(lookup["p1"] == nil)
        #expect(lookup["p2"]?.name == "乙")
        #expect(lookup["zz"]?.name == "丙")
        #expect(lookup.count == 2)
    }

    @Test("an empty roster finds nobody")
    func empty() {
        let lookup = PersonLookup([])
        #expect(lookup["p1"] == nil)
        #expect(lookup.count == 0)
    }
}
