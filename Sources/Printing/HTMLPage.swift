import PlannerCore
import TextCells

/// A self-contained, printable HTML page: UTF-8, inline CSS with A4 print rules and a CJK font stack, no external resources.
///
/// Printed, every page carries the event's title and date at the top and its number at the foot, in the page's
/// margin boxes (`@page { @top-left … }`, which Chromium prints since version 131; a browser without them prints
/// its own header and footer there instead).
struct HTMLPage {
    /// The page's title, escaped here.
    let title: String
    let labels: Labels
    /// The event's title and date, repeated at the top of every printed page.
    let runningTitle: String
    let runningDate: String
    /// The body's markup, already escaped.
    var body: [String] = []

    /// A page of `event`'s, titled `title`.
    init(title: String, labels: Labels, event: Event) {
        self.title = title
        self.labels = labels
        runningTitle = event.title
        runningDate = "\(event.date) \(labels.weekday(event.date.weekday))"
    }

    /// The size, the margins and what is printed in them, on every page.
    var pageRule: [String] {
        let box = "font-family: \(Self.fonts); font-size: 8.5pt; color: #555"
        let page = labels.page(Self.pageMark, of: Self.pagesMark)
        let number = Self.cssString(page)
            .replacingOccurrences(of: Self.pageMark, with: "\" counter(page) \"")
            .replacingOccurrences(of: Self.pagesMark, with: "\" counter(pages) \"")
        return [
            "@page { size: A4; margin: 18mm 15mm 16mm;",
            "  @top-left { content: \(Self.cssString(runningTitle)); \(box) }",
            "  @top-right { content: \(Self.cssString(runningDate)); \(box) }",
            "  @bottom-center { content: \(number); \(box) } }",
        ]
    }

    /// Where the page's number and count go in the footer's text, before CSS's counters take their place.
    private static let pageMark = "\u{E000}", pagesMark = "\u{E001}"

    /// `text` as a CSS string in a `<style>`: quotes and backslashes escaped, `<` and `>` as hex escapes (so no
    /// title can close the style element), controls and line breaks left out.
    static func cssString(_ text: String) -> String {
        var out = "\""
        for c in TextCells.removingControls(text, lineBreaks: .space).unicodeScalars {
            switch c {
            case "\"", "\\": out += "\\" + String(c)
            case "<": out += "\\3C "
            case ">": out += "\\3E "
            default: out.unicodeScalars.append(c)
            }
        }
        return out + "\""
    }

    static let fonts = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Microsoft YaHei\", sans-serif"

    static let style = """
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact }
        body { font-family: \(fonts);
               font-size: 11pt; line-height: 1.45; color: #111; margin: 0 auto; max-width: 180mm; padding: 8mm 0 }
        h1 { font-size: 17pt; margin: 0 0 2mm }
        h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999 }
        h3 { font-size: 11.5pt; margin: 4mm 0 1mm }
        p.theme { margin: 0 0 3mm; font-size: 12pt }
        table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm }
        th, td { border: 1px solid #999; padding: 1.2mm 2mm; text-align: left; vertical-align: top }
        th { background: #eee }
        table.facts th, table.facts td { border: none; background: none; padding: 0.5mm 3mm 0.5mm 0 }
        table.facts th { width: 1%; white-space: nowrap }
        td.time { white-space: nowrap; width: 1% }
        tr.person td { border-top: none; font-size: 10pt }
        tr.person td.part { padding-left: 5mm; white-space: nowrap }
        p.notes { margin: 0; color: #444; font-size: 10pt }
        table.sign-in td { height: 9mm; vertical-align: middle }
        table.sign-in th { white-space: nowrap }
        table.sign-in td.signature { width: 28% }
        td.number { width: 1%; text-align: right }
        table.attendance td + td, table.attendance th + th { text-align: right; white-space: nowrap; width: 1% }
        tfoot td { font-weight: bold }
        table.record th { width: 1%; white-space: nowrap; background: none }
        ul.roles { margin: 0 0 2mm; padding-left: 6mm }
        div.write { min-height: 28mm; border: 1px solid #999; margin: 1mm 0 3mm }
        div.write.tall { min-height: 60mm }
        p.signatures { margin-top: 10mm; display: flex; gap: 10mm }
        p.signatures span { flex: 1; border-bottom: 1px solid #111; padding-bottom: 6mm }
        p.brief { text-indent: 2em; margin: 0 0 2mm }
        section.sheet { break-after: page; page-break-after: always }
        section.sheet:last-child { break-after: auto; page-break-after: auto }
        @media print {
          body { max-width: none; padding: 0 }
          tr, h2, h3 { break-inside: avoid; page-break-inside: avoid }
          h2, h3 { break-after: avoid; page-break-after: avoid }
        }
        """

    /// The whole document.
    func render() -> String {
        var lines = [
            "<!DOCTYPE html>",
            "<html lang=\"\(labels.htmlLanguage)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>",
        ]
        lines += pageRule
        lines += Self.style.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines += ["</style>", "</head>", "<body>"]
        lines += body
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `<tag>escaped text</tag>`, with an optional class.
    static func element(_ tag: String, _ text: String, class name: String? = nil) -> String {
        "<\(tag)\(name.map { " class=\"\($0)\"" } ?? "")>\(HTMLText.escape(text))</\(tag)>"
    }

    /// A table row of escaped cells (`th` or `td`).
    static func row(_ cells: [String], cell: String = "td", class name: String? = nil) -> String {
        "<tr\(name.map { " class=\"\($0)\"" } ?? "")>"
            + cells.map { "<\(cell)>\(HTMLText.escape($0))</\(cell)>" }.joined() + "</tr>"
    }

    /// A table with a header row and body rows (all cells escaped here).
    static func table(_ header: [String], _ rows: [[String]], class name: String? = nil) -> [String] {
        [
            "<table\(name.map { " class=\"\($0)\"" } ?? "")>", "<thead>" + row(header, cell: "th") + "</thead>",
            "<tbody>",
        ]
            + rows.map { row($0) } + ["</tbody>", "</table>"]
    }
}
