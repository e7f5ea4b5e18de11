/// The event's facts (date, time, venue) as each printout format writes them under its title: one home, so the
/// agenda and the participant list say them alike.
extension EventFacts {
    /// A Markdown list: `- **日期**：2023-06-16 星期五`.
    var markdownLines: [String] {
        facts.map { "- **\($0.label)**\(labels.colon)\(MarkdownText.escape($0.value))" }
    }

    /// An HTML table of class `facts`.
    var htmlLines: [String] {
        ["<table class=\"facts\">"]
            + facts.map { "<tr><th>\(HTMLText.escape($0.label))</th><td>\(HTMLText.escape($0.value))</td></tr>" }
            + ["</table>"]
    }
}
