import PlannerCore
import TextCells

/// One person in one part of an agenda item, as every printout shows it: "Speaker 2", "徐晓敏 Xu Xiaomin", topic, minutes.
struct RoleLine {
    /// The part's label, numbered when an item has several speakers ("Speaker 1").
    let label: String
    /// The person's full name (with the Latin name where known), or the id of a person no longer in the plan.
    let name: String
    let topic: String?
    let minutes: Int?

    /// The name followed by " — topic" and " (20 min)" or "（20 分钟）" where known.
    func detail(_ labels: Labels) -> String { detailSpans(labels).map(\.text).joined() }

    /// `detail` in spans for a text printout: the name and the minutes are never broken across lines.
    func detailSpans(_ labels: Labels) -> [TextCells.Span] {
        var spans: [TextCells.Span] = [.unbreakable(name)]
        if let topic { spans.append(.text(" — " + topic)) }
        if let minutes {
            spans += [.text(labels.beforeParenthesis), .unbreakable(labels.parenthesised(labels.minutes(minutes)))]
        }
        return spans
    }

    /// The people of an item in their parts, in the item's order.
    static func lines(of item: AgendaItem, people: PersonLookup, labels: Labels) -> [RoleLine] {
        lines(of: item, names: item.roles.map { people[$0.person]?.fullName }, labels: labels)
    }

    /// The people of an item in their parts, `names` the full name in each part (nil: the id is shown).
    static func lines(of item: AgendaItem, names: [String?], labels: Labels) -> [RoleLine] {
        let numbered = item.roles(.speaker).count > 1
        var speaker = 0
        return zip(item.roles, names).map { role, name in
            var label = labels.part(role.part)
            if role.part == .speaker, numbered {
                speaker += 1
                label += " \(speaker)"
            }
            return RoleLine(
                label: label, name: name ?? role.person, topic: role.topic,
                minutes: role.minutes)
        }
    }
}

extension AgendaItem {
    /// "09:00–09:20"; an end past midnight prints as "?".
    var timeRange: String {
        "\(start)–\(ClockTime(minutes: min(1440, endMinutes))?.description ?? "?")"
    }
}
