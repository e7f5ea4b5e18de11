import Phrasebook
import PlannerCore
import TextCells

/// The meeting record (会议记录) as the recorder fills it in: time, place, host, recorder, the organisations taking
/// part, 应到 / 实到 / 请假 (names and reasons) / 缺席 (names), 列席, the agenda with its speakers and topics, then empty
/// 发言要点 and 决定 sections and the lines for the host's and the recorder's signatures.
public struct MeetingRecord {
    /// Ruled lines left under each speaker in 发言要点, and under 决定.
    static let linesPerSpeaker = 3, decisionLines = 4

    public let book: Book
    public let event: Event
    public let labels: Labels
    public let report: AttendanceReport
    let heading: DocumentHeading
    /// The people of the agenda's parts.
    let people: PersonLookup
    /// Text lines are at most this many cells wide.
    public let width: Int

    public init(book: Book, event: Event, language: PrintLanguage = .en, width: Int = 80) {
        self.book = book
        self.event = event
        labels = Labels(language)
        report = AttendanceReport(book: book, event: event)
        heading = DocumentHeading(book: book, event: event, labels: labels, document: labels.meetingRecord)
        people = book.peopleByID
        self.width = max(40, width)
    }

    /// (label, value) of the record's head: time, place, host, recorder, organisations, counts, names.
    var facts: [(label: String, value: String)] {
        factSpans.map { (label: $0.label, value: $0.spans.map(\.text).joined()) }
    }

    /// `facts` in spans for a text printout: each name, the date, the times and the venue kept on one line.
    var factSpans: [(label: String, spans: [TextCells.Span])] {
        var rows: [(String, [TextCells.Span])] = [
            (labels.time, [.unbreakable(heading.date), .text(" "), .unbreakable("\(event.start)–\(event.end)")])
        ]
        if let venue = EventFacts(book: book, event: event, labels: labels).factSpans.first(where: {
            $0.label == labels.venue
        }) {
            rows.append((labels.venue, venue.spans))
        }
        let orgs = book.organisationsByID
        rows += [
            (labels.part(.host), list(holders(.host).map { [.unbreakable($0)] }, labels.language == .zh ? "、" : ", ")),
            (
                labels.part(.recorder),
                list(holders(.recorder).map { [.unbreakable($0)] }, labels.language == .zh ? "、" : ", ")
            ),
            (
                labels.organisations,
                list(
                    event.orgs.map { [.unbreakable(orgs[$0.org]?.name ?? $0.org)] },
                    labels.language == .zh ? "、" : ", ")
            ),
            (labels.turnout, [.text(report.total.summary.text(labels.language))]),
            (
                labels.excused,
                names(report.excused) {
                    [.unbreakable(report.name($0, labels)), .text(labels.colon + report.leave($0, labels))]
                }
            ),
            (report.absentHeading(labels), names(report.absent) { [.unbreakable(report.name($0, labels))] }),
            (labels.observers, names(report.observers) { [.unbreakable(report.name($0, labels))] }),
        ]
        return rows.map { (label: $0.0, spans: $0.1) }
    }

    /// Items one after another, `separator` between them.
    private func list(_ items: [[TextCells.Span]], _ separator: String) -> [TextCells.Span] {
        items.enumerated().flatMap { i, item in (i == 0 ? [] : [.text(separator)]) + item }
    }

    private func names(_ rows: [ParticipantRow], _ line: (ParticipantRow) -> [TextCells.Span]) -> [TextCells.Span] {
        rows.isEmpty ? [.text(labels.none)] : list(rows.map(line), labels.language == .zh ? "；" : "; ")
    }

    /// The people in a part anywhere on the agenda, each once, in the agenda's order.
    func holders(_ part: RolePart) -> [String] {
        var seen: Set<String> = [], names: [String] = []
        for item in event.items {
            for role in item.roles where role.part == part && seen.insert(role.person).inserted {
                names.append(people[role.person]?.fullName ?? role.person)
            }
        }
        return names
    }

    /// Every speech of the agenda, in order: who, and on what.
    var speeches: [RoleLine] {
        event.items.flatMap { item in
            RoleLine.lines(of: item, people: people, labels: labels).enumerated().filter {
                item.roles[$0.offset].part == .speaker
            }.map(\.element)
        }
    }

    /// For a terminal or `lp`: ruled lines to write on.
    public func renderText() -> String {
        var lines = heading.textLines(width: width) + [""]
        var head = TextTable()
        for fact in factSpans { head.add([fact.label], spans: fact.spans) }
        lines += head.render(width: width)
        lines += ["", labels.agenda]
        var agenda = TextTable(indent: 2)
        if event.items.isEmpty { agenda.add([labels.noItems]) }
        for item in event.items {
            agenda.add([item.timeRange, labels.kind(item.kind)], spans: [.text(item.title)])
            for role in RoleLine.lines(of: item, people: people, labels: labels) {
                agenda.add(["", role.label], spans: role.detailSpans(labels))
            }
        }
        lines += agenda.render(width: width)
        let rule = "  " + String(repeating: "_", count: width - 2)
        lines += ["", labels.keyPoints]
        for speech in speeches {
            var table = TextTable(indent: 2)
            table.add([], spans: speech.detailSpans(labels))
            lines += table.render(width: width) + Array(repeating: rule, count: Self.linesPerSpeaker)
        }
        if speeches.isEmpty { lines += Array(repeating: rule, count: Self.linesPerSpeaker) }
        lines += ["", labels.decisions] + Array(repeating: rule, count: Self.decisionLines)
        let signature = String(repeating: "_", count: 16)
        lines +=
            [""]
            + TextCells.wrapped(
                [
                    .unbreakable(labels.hostSignature + labels.colon + signature), .text("    "),
                    .unbreakable(labels.recorderSignature + labels.colon + signature),
                ], toCells: width)
        return lines.joined(separator: "\n") + "\n"
    }

    /// For a report or a chat: the head as a list, the agenda, and headings with room to write under.
    public func renderMarkdown() -> String {
        var lines = ["# " + MarkdownText.escape(heading.title), ""]
        lines += facts.map { "- **\(MarkdownText.escape($0.label))**\(labels.colon)\(MarkdownText.escape($0.value))" }
        lines += ["", "## " + MarkdownText.escape(labels.agenda), ""]
        if event.items.isEmpty { lines.append(MarkdownText.escape(labels.noItems)) }
        for item in event.items {
            lines.append("- \(item.timeRange) **\(MarkdownText.escape(item.title))**")
            for role in RoleLine.lines(of: item, people: people, labels: labels) {
                lines.append(
                    "  - \(MarkdownText.escape(role.label))\(labels.colon)\(MarkdownText.escape(role.detail(labels)))")
            }
        }
        lines += ["", "## " + MarkdownText.escape(labels.keyPoints)]
        for speech in speeches { lines += ["", "### " + MarkdownText.escape(speech.detail(labels)), "", "&nbsp;"] }
        lines += ["", "## " + MarkdownText.escape(labels.decisions), "", "&nbsp;", ""]
        lines.append(
            "\(MarkdownText.escape(labels.hostSignature))\(labels.colon)\\_\\_\\_\\_\\_\\_\\_\\_    "
                + "\(MarkdownText.escape(labels.recorderSignature))\(labels.colon)\\_\\_\\_\\_\\_\\_\\_\\_")
        return lines.joined(separator: "\n") + "\n"
    }

    /// One printable A4 document: the head as a table, the agenda, and boxes to write in.
    public func renderHTML() -> String {
        var page = HTMLPage(title: heading.title, labels: labels, event: event)
        page.body = [HTMLPage.element("h1", heading.title), "<table class=\"record\">"]
        page.body += facts.map {
            "<tr><th>\(HTMLText.escape($0.label))</th><td>\(HTMLText.escape($0.value))</td></tr>"
        }
        page.body += ["</table>", HTMLPage.element("h2", labels.agenda)]
        if event.items.isEmpty { page.body.append(HTMLPage.element("p", labels.noItems)) }
        for item in event.items {
            page.body.append(HTMLPage.element("h3", "\(item.timeRange)  \(item.title)"))
            let roles = RoleLine.lines(of: item, people: people, labels: labels)
            if !roles.isEmpty {
                page.body +=
                    ["<ul class=\"roles\">"]
                    + roles.map { HTMLPage.element("li", $0.label + labels.colon + $0.detail(labels)) } + ["</ul>"]
            }
        }
        page.body.append(HTMLPage.element("h2", labels.keyPoints))
        for speech in speeches {
            page.body += [HTMLPage.element("h3", speech.detail(labels)), "<div class=\"write\"></div>"]
        }
        if speeches.isEmpty { page.body.append("<div class=\"write\"></div>") }
        page.body += [HTMLPage.element("h2", labels.decisions), "<div class=\"write tall\"></div>"]
        page.body.append(
            "<p class=\"signatures\"><span>\(HTMLText.escape(labels.hostSignature + labels.colon))</span>"
                + "<span>\(HTMLText.escape(labels.recorderSignature + labels.colon))</span></p>")
        return page.render()
    }
}
