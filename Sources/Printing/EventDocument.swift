import PlannerCore

/// A document drafted from one event, printed as text, Markdown or HTML: the meeting record and the activity brief.
public protocol EventDocument {
    init(book: Book, event: Event, language: PrintLanguage, width: Int)
    func renderText() -> String
    func renderMarkdown() -> String
    func renderHTML() -> String
}

extension MeetingRecord: EventDocument {}
extension ActivityBrief: EventDocument {}
