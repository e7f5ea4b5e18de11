import PlannerCore
import TextCells

/// The two lines that head a document of an event (the sign-in sheet, attendance, the meeting record):
/// "党建强堡垒 促发展 联建交流活动 · 签到表" and "2023-06-16 星期五 09:00–12:00 · 冼星海故乡纪念馆".
struct DocumentHeading {
    let book: Book
    let event: Event
    let labels: Labels
    /// The document's name: 签到表, 出席情况统计, 会议记录.
    let document: String

    var title: String { "\(event.title) · \(document)" }
    var subtitle: String { subtitleSpans.map(\.text).joined() }

    /// The date with its weekday, as the running header of an html page prints it.
    var date: String { "\(event.date) \(labels.weekday(event.date.weekday))" }

    /// Both lines for a text printout, each piece kept whole where it fits.
    func textLines(width: Int) -> [String] {
        TextCells.wrapped(
            [.unbreakable(TextCells.sanitized(event.title)), .text(" · "), .unbreakable(document)], toCells: width)
            + TextCells.wrapped(
                subtitleSpans.map { TextCells.Span(TextCells.sanitized($0.text), unbreakable: $0.isUnbreakable) },
                toCells: width)
    }

    /// Both lines as the top of an html page.
    var htmlLines: [String] { [HTMLPage.element("h1", title), HTMLPage.element("p", subtitle)] }

    /// The subtitle in spans: the date, the times and the venue each kept on one line.
    private var subtitleSpans: [TextCells.Span] {
        var spans: [TextCells.Span] = [.unbreakable(date), .text(" "), .unbreakable("\(event.start)–\(event.end)")]
        if let venue = event.venue.flatMap(book.venue) { spans += [.text(" · "), .unbreakable(venue.name)] }
        return spans
    }
}
