import ConveneTestSupport
import Foundation
import Testing

/// Prints the active sheet's title and its first two rows, tab-separated, read with Python's openpyxl.
private let firstRows = #"""
    import sys, openpyxl
    ws = openpyxl.load_workbook(sys.argv[1]).active
    print(ws.title)
    for row in ws.iter_rows(max_row=2, values_only=True):
        print("\t".join("" if v is None else "%s:%s" % (type(v).__name__, v) for v in row))
    """#

/// `--format xlsx -o FILE` through the real binary: the files openpyxl reads, 0600, and the refusals.
@Suite("Workbooks from the command line, end to end")
struct XLSXCommandTests {
    private func read(_ path: String) throws -> [String] {
        let result = try Spawn.run(["/usr/bin/env", "python3", "-c", firstRows, path])
        #expect(result.status == 0, "python3 with openpyxl (pip install openpyxl) failed:\n\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test(
        "people, the sign-in sheet, the roster and the attendance as xlsx, private to the user", .timeLimit(.minutes(5))
    )
    func fourPrintouts() throws {
        let convene = try Convene()
        try convene.ok("init")
        let runs: [([String], String, String)] = [
            (["people", "--with-contacts"], "Participants", "str:name\tstr:latin"),
            (["people", "--sign-in", "--lang", "zh"], "签到表", "str:序号\tstr:姓名"),
            (["roster", "--lang", "zh"], "人员名册", "str:编号\tstr:姓名\tstr:拼音"),
            (["attendance"], "Attendance", "str:Organisation\tstr:Expected"),
        ]
        for (arguments, title, header) in runs {
            let path = convene.folder.file("\(arguments[0])\(arguments.count).xlsx")
            let result = try run(
                convene.binary, arguments + ["--format", "xlsx", "-o", path, "--file", convene.plan],
                environment: convene.baseEnvironment)
            #expect(result.status == 0 && result.stdout.isEmpty && result.stderr.isEmpty, "\(result.stderr)")
            #expect(mode(path) == 0o600, "\(arguments)")
            let rows = try read(path)
            #expect(rows.first == title, "\(rows)")
            #expect(rows.count > 1 && rows[1].hasPrefix(header), "\(rows)")
        }
        let attendance = try read(convene.folder.file("attendance1.xlsx"))
        #expect(
            attendance.count == 3 && attendance[2].contains("int:2\tint:2\tint:0\tint:0\tstr:100%"), "\(attendance)")
    }

    @Test("xlsx without a file (no -o, or -o -) and a missing folder are usage errors", .timeLimit(.minutes(2)))
    func refusals() throws {
        let convene = try Convene()
        try convene.ok("init")
        let noFile = try convene("people", "--format", "xlsx")
        #expect(noFile.status == 2 && noFile.stderr == "convene: --format xlsx writes a file: give -o FILE.xlsx\n")
        let toStdout = try convene("roster", "--format", "xlsx", "-o", "-", "--lang", "zh")
        #expect(toStdout.status == 2 && toStdout.stderr == "convene：--format xlsx 要写入文件：请用 -o 文件名.xlsx 指定\n")
        let gone = convene.folder.file("gone")
        let folder = try convene("attendance", "--format", "xlsx", "-o", gone + "/a.xlsx")
        #expect(folder.status == 2 && folder.stderr.contains("the folder \(gone) does not exist"), "\(folder.stderr)")
    }
}
