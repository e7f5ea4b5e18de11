#!/usr/bin/env python3
"""Writes the roster files RosterSheetsTests reads, into Tests/RosterSheetsTests/Fixtures.

Run once when a fixture changes, then commit the files: the tests read the committed bytes and run no Python.
Needs openpyxl (pip install openpyxl); the LibreOffice-written files need `soffice` (Debian's
libreoffice-calc-nogui) and are kept as committed when it is missing.

    python3 scripts/make-roster-fixtures.py
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

OUT = os.path.join(os.path.dirname(__file__), "..", "Tests", "RosterSheetsTests", "Fixtures")

# The sample's 数字出版 (o3); names padded as spreadsheets pad them (U+3000, U+00A0).
TITLE = "数字出版党支部党员花名册"
HEADER = ["序号", "姓名", "单位", "政治面貌", "发展阶段", "职务", "手机", "入党日期"]
ROWS = [
    [1, "王\u3000芳", "数字出版", "中共党员", None, "党支部书记", 13800138000, datetime.date(2021, 7, 1)],
    [2, "陈思远", "数字出版", "中共预备党员", None, None, 13900139000, datetime.date(2025, 6, 28)],
    [3, "林海青", "数字出版", "共青团员", "入党积极分子", "编辑", None, None],
    [4, "\u00a0周明轩\u00a0", "数字出版", "群众", None, "产品经理", "020-12345678", None],
    # The 序号 cell left out: the row's cells start at B.
    [None, "Anna\u00a0\u00a0Müller", "数字出版", "无党派人士", None, "顾问", None, None],
]
CSV_ROWS = [
    ["徐晓敏", "数字出版", "党员", "党支部书记", "13800000001"],
    ["陈思远", "数字出版", "预备党员", "", ""],
    ["林海青", "数字出版", "共青团员", "编辑", ""],
    ["周明轩", "数字出版", "群众", "产品经理", ""],
]


def path(name):
    return os.path.join(OUT, name)


def openpyxl_roster(name, rows, title=True, sheet="花名册"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    if title:
        ws.append([TITLE])
        ws.merge_cells("A1:H1")
        ws.append([])
    ws.append(HEADER)
    for row in rows:
        ws.append(row)
    for cell in ws["H"]:
        cell.number_format = "yyyy-mm-dd"
    wb.save(path(name))


def handmade(name, workbook, sheet=None, shared=None, extra=None):
    """A workbook zipped by hand: the parts a writer other than openpyxl might write (inline strings, prefixes)."""
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "xl/workbook.xml": workbook,
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>",
    }
    if sheet is not None:
        files["xl/worksheets/sheet1.xml"] = sheet
    if shared is not None:
        files["xl/sharedStrings.xml"] = shared
    files.update(extra or {})
    with zipfile.ZipFile(path(name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in files.items():
            z.writestr(part, text.encode("utf-8"))


WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<x:sheets><x:sheet name="名单" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>'
)
NS = 'xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def inline(ref, text):
    return f'<x:c r="{ref}" t="inlineStr"><x:is><x:t>{text}</x:t></x:is></x:c>'


def main():
    os.makedirs(OUT, exist_ok=True)
    # openpyxl: a title row, a blank row, then the header; numbers, dates, a row starting at B.
    openpyxl_roster("openpyxl-roster.xlsx", ROWS)
    # Bad cells: an unknown 政治面貌 in D7, an empty name in row 8 (B8), an email without @ is not a column here.
    openpyxl_roster(
        "openpyxl-bad-cells.xlsx",
        ROWS[:3] + [[4, "张伟", "数字出版", "外星人", None, None, None, None], [5, None, "数字出版", "党员", None, None, None, None]],
    )
    # No header: only a title and data rows without any known column name.
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([TITLE])
    ws.append(["王芳", "数字出版", "党员"])
    wb.save(path("openpyxl-no-header.xlsx"))
    # Cut short: the first 60% of the good workbook's bytes (its ZIP directory, at the end, is gone).
    data = open(path("openpyxl-roster.xlsx"), "rb").read()
    open(path("truncated.xlsx"), "wb").write(data[: len(data) * 6 // 10])
    # Named .xlsx, but not a ZIP archive at all.
    open(path("not-a-zip.xlsx"), "wb").write("姓名,单位\r\n这不是工作簿\r\n".encode("gb18030"))
    # Hand-made: inline strings, prefixed elements, no r on some cells, a formula string, a boolean, a gap (C).
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet {NS}><x:sheetData>'
        f'<x:row r="1">{inline("A1", "姓名")}{inline("B1", "身份")}{inline("D1", "手机")}</x:row>'
        f'<x:row r="2">{inline("A2", "徐晓敏")}{inline("B2", "党员")}<x:c r="D2"><x:v>1.3800000001E10</x:v></x:c></x:row>'
        f'<x:row r="3"><x:c t="str"><x:f>"陈"&amp;"思远"</x:f><x:v>陈思远</x:v></x:c>{inline("B3", "嘉宾")}'
        '<x:c r="C3" t="b"><x:v>1</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    handmade("handmade-inline.xlsx", WORKBOOK, sheet)
    # A workbook without sheets.
    handmade(
        "no-sheets.xlsx",
        f'<?xml version="1.0" encoding="UTF-8"?><x:workbook {NS}><x:sheets/></x:workbook>',
    )
    # A cell that points past the shared strings (C3), and a bad cell reference.
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><x:worksheet {NS}><x:sheetData>'
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c>'
        '<x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>'
        '<x:row r="3"><x:c r="A3" t="s"><x:v>3</x:v></x:c><x:c r="B3" t="s"><x:v>4</x:v></x:c>'
        '<x:c r="C3" t="s"><x:v>99</x:v></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    shared = (
        f'<?xml version="1.0" encoding="UTF-8"?><x:sst {NS}>'
        + "".join(f"<x:si><x:t>{t}</x:t></x:si>" for t in ["姓名", "单位", "身份", "王芳", "数字出版"])
        + "</x:sst>"
    )
    handmade("bad-shared-string.xlsx", WORKBOOK, sheet, shared)

    # Delimited text in the encodings and separators rosters come in.
    def text(rows, sep):
        return "\r\n".join(sep.join(r) for r in rows) + "\r\n"

    head = ["姓名", "单位", "政治面貌", "职务", "手机"]
    body = text([head] + CSV_ROWS, ",")
    open(path("gb18030.csv"), "wb").write(body.encode("gb18030"))
    open(path("utf16le-tab.txt"), "wb").write(b"\xff\xfe" + text([head] + CSV_ROWS, "\t").encode("utf-16-le"))
    open(path("utf16be.csv"), "wb").write(b"\xfe\xff" + body.encode("utf-16-be"))
    open(path("semicolon.csv"), "wb").write(("\ufeff" + text([head] + CSV_ROWS, ";")).encode("utf-8"))
    quoted = [["\"徐晓敏\"", "数字出版", "党员", "\"书记;宣传\"", ""]]
    open(path("tab.tsv"), "wb").write(text([head] + CSV_ROWS, "\t").encode("utf-8"))
    open(path("semicolon-quoted.csv"), "wb").write(text([head] + quoted, ";").encode("utf-8"))
    titled = text([["数字出版党支部党员花名册", "", "", "", ""], ["", "", "", "", ""], head] + CSV_ROWS, ",")
    open(path("title-rows.csv"), "wb").write(titled.encode("utf-8"))
    # Error cases: a lone surrogate on line 3 of a UTF-16 file; a bad 政治面貌 on line 4 of a semicolon file;
    # title rows and no header.
    units = text([head] + CSV_ROWS[:1], "\t").encode("utf-16-le") + b"\x00\xd8" + "\t数字出版\t党员\t\t\r\n".encode("utf-16-le")
    open(path("utf16le-bad.txt"), "wb").write(b"\xff\xfe" + units)
    bad = [head] + CSV_ROWS[:2] + [["张伟", "数字出版", "外星人", "", ""]]
    open(path("semicolon-bad.csv"), "wb").write(text(bad, ";").encode("utf-8"))
    nohead = text([["数字出版党支部党员花名册"], [""], ["王芳", "数字出版", "党员"]], ",")
    open(path("title-no-header.csv"), "wb").write(nohead.encode("utf-8"))

    # LibreOffice: the same roster through Calc, as .xlsx, and as .xls and .ods to be refused.
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: the LibreOffice fixtures are kept as committed", file=sys.stderr)
        return
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "libreoffice-roster.csv")
        rows = [[TITLE], [], HEADER] + [[("" if v is None else str(v)) for v in r] for r in ROWS]
        open(src, "w", encoding="utf-8").write("\n".join(",".join(r) for r in rows) + "\n")
        env = dict(os.environ, HOME=tmp)
        for target in ["xlsx:Calc MS Excel 2007 XML", "xls:MS Excel 97", "ods"]:
            subprocess.run(
                [soffice, "--headless", "--infilter=CSV:44,34,76,1", "--convert-to", target, "--outdir", tmp, src],
                check=True, env=env, stdout=subprocess.DEVNULL,
            )
        for ext in ["xlsx", "xls", "ods"]:
            shutil.copy(os.path.join(tmp, "libreoffice-roster." + ext), path("libreoffice-roster." + ext))


if __name__ == "__main__":
    main()
