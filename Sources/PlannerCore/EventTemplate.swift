/// The standard programme of a joint party-building activity: oath review, guided visit, symposium, discussion.
public enum EventTemplate {
    /// The four standard parts, back to back from `start`, with fresh ids from `book`.
    public static func standardItems(startingAt start: ClockTime, book: Book, language: Language = .chinese)
        -> [AgendaItem]
    {
        let parts: [(ItemKind, String, String, Int)] = [
            (.oath, "重温入党誓词", "Oath review", 20),
            (.visit, "参观学习", "Guided visit", 50),
            (.symposium, "党建座谈会", "Party-building symposium", 60),
            (.discussion, "互动交流", "Interactive session", 40),
        ]
        var ids = book.idAllocator(.item)
        var minute = start.minutes
        var items: [AgendaItem] = []
        for (kind, zh, en, minutes) in parts {
            guard let at = ClockTime(minutes: minute), minute + minutes <= 1440 else { break }
            items.append(
                AgendaItem(
                    id: ids.next(), kind: kind, title: language == .chinese ? zh : en,
                    start: at, minutes: minutes))
            minute += minutes
        }
        return items
    }

    /// The language of the template's titles.
    public enum Language: Sendable { case chinese, english }
}
