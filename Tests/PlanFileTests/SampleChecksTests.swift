import PlanFile
import PlannerCore
import Testing

@Suite("The sample plan passes the checks")
struct SampleChecksTests {
    @Test("the sample event has no errors and no warnings, only the note about observers at the oath review")
    func sampleIsClean() {
        let book = SampleBook.make()
        let problems = Checks.problems(in: book.events[0], book: book)
        #expect(problems.map(\.code) == ["oath-observers"])
        #expect(problems.allSatisfy { $0.severity == .note })
    }
}
