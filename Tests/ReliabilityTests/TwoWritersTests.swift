import ConveneTestSupport
import Foundation
import PlanFile
import PlannerCore
import Testing

@Suite("Two writers")
struct TwoWritersTests {
    @Test("2 processes × 200 `person add` on one file: all 400 there, ids unique", .timeLimit(.minutes(6)))
    func twoHundredEach() throws {
        let binary = try convenePath()
        let folder = TempFolder()
        let path = folder.file("plan.json")
        try PlanStore(path: path).save(Book(organisations: [Organisation(id: "o1", name: "广东省电子信息行业协会")]))
        let perWriter = 200
        let loop = """
            i=1
            while [ $i -le \(perWriter) ]; do
              "$CONVENE" person add --file "$PLAN" --name "$PREFIX$i" --org o1 --politics member >/dev/null || { echo "failed at $i" >&2; exit 1; }
              i=$((i + 1))
            done
            """
        let started = Date()
        let writers = try ["甲", "乙"].map { prefix in
            try spawn(
                "/bin/sh", ["-c", loop],
                environment: ["CONVENE": binary, "PLAN": path, "PREFIX": prefix, "HOME": folder.path],
                scratch: folder.path)
        }
        let ended = writers.map { $0.wait() }
        let seconds = Date().timeIntervalSince(started)
        for e in ended { #expect(e.status == 0, "\(e.stderrText)") }
        let book = try PlanStore(path: path).load()
        let names = Set(book.people.map(\.name))
        let expected = Set((1...perWriter).flatMap { ["甲\($0)", "乙\($0)"] })
        let ids = Set(book.people.map(\.id))
        #expect(book.people.count == 2 * perWriter)
        #expect(names == expected)
        #expect(ids.count == book.people.count, "every person got their own id")
        #expect(tempFiles(in: folder).isEmpty)
        print(
            """
            [reliability] two writers × \(perWriter) person add: \(book.people.count)/\(2 * perWriter) present, \
            \(ids.count) unique ids, \(expected.subtracting(names).count) lost, in \(String(format: "%.1f", seconds)) s \
            (≈ \(ms(seconds / Double(perWriter))) per save each)
            """)
    }
}
