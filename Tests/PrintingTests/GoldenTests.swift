import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

/// Compares `output` with `Golden/<name>`; with CONVENE_UPDATE_GOLDEN=1 writes it to the source folder instead.
func checkGolden(
    _ output: String, _ name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation
) throws {
    if ProcessInfo.processInfo.environment["CONVENE_UPDATE_GOLDEN"] == "1" {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(output.utf8).write(to: folder.appendingPathComponent(name))
        return
    }
    let folder = try #require(
        Bundle.module.url(forResource: "Golden", withExtension: nil), sourceLocation: sourceLocation)
    let expected = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    if output != expected {
        let got = output.components(separatedBy: "\n"), want = expected.components(separatedBy: "\n")
        let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
        let detail =
            first.map { "first difference at line \($0.offset + 1):\n  got:  \($0.element.0)\n  want: \($0.element.1)" }
            ?? "line counts differ: got \(got.count), want \(want.count)"
        Issue.record(
            "\(name) differs from the golden file (CONVENE_UPDATE_GOLDEN=1 rewrites it).\n\(detail)",
            sourceLocation: sourceLocation)
    }
}

private var sample: Book { SampleBook.make() }
private var event: Event { SampleBook.make().events[0] }

@Suite("Golden printouts of the sample")
struct GoldenTests {
    @Test("agenda as text", arguments: PrintLanguage.allCases, [40, 60, 80, 100])
    func agendaText(language: PrintLanguage, width: Int) throws {
        try checkGolden(
            AgendaText(book: sample, event: event, language: language, width: width).render(),
            "agenda-\(language.rawValue)-\(width).txt")
    }

    @Test("agenda as JSON")
    func agendaJSON() throws {
        try checkGolden(try AgendaJSON(book: sample, event: event).render(), "agenda.json")
    }

    @Test(
        "participants as text, flat and grouped by organisation", arguments: PrintLanguage.allCases, [false, true])
    func peopleText(language: PrintLanguage, byOrg: Bool) throws {
        for width in [40, 80, 100] {
            try checkGolden(
                PeopleText(book: sample, event: event, language: language, byOrganisation: byOrg, width: width)
                    .render(),
                "people-\(byOrg ? "by-org" : "flat")-\(language.rawValue)\(width == 80 ? "" : "-\(width)").txt")
        }
    }

    @Test("overview as text", arguments: PrintLanguage.allCases, [40, 100])
    func overviewText(language: PrintLanguage, width: Int) throws {
        try checkGolden(
            OverviewText(book: sample, language: language, width: width).render(),
            "overview-\(language.rawValue)-\(width).txt")
    }

    @Test("participants as CSV")
    func peopleCSV() throws {
        try checkGolden(PeopleCSV(book: sample, event: event).render(), "people.csv")
    }

    @Test("participants as JSON")
    func peopleJSON() throws {
        try checkGolden(try PeopleJSON(book: sample, event: event).render(), "people.json")
    }
}
