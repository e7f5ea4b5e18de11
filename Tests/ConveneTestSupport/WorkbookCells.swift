import Testing

/// Prints every cell of the workbook at argv[1] as "row,column type value", one a line, after the sheet's title.
private let dump = #"""
    import sys, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    ws = wb.active
    print(ws.title)
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                print("%d,%d %s %s" % (cell.row, cell.column, type(cell.value).__name__, cell.value))
    """#

/// The workbook at `path` read with Python's openpyxl: its sheet's title, then a line a cell that has a value,
/// `2,14 str 013800000001` (row, column, Python type, value). It needs openpyxl (.ci/run installs it); without it
/// the test fails rather than skips.
public func workbookCells(_ path: String) throws -> [String] {
    let result = try Spawn.run(["/usr/bin/env", "python3", "-c", dump, path])
    #expect(result.status == 0, "python3 with openpyxl (pip install openpyxl) failed:\n\(result.stderr)")
    #expect(!result.stderr.contains("Warning"), "\(result.stderr)")
    return result.stdout.split(separator: "\n").map(String.init)
}
