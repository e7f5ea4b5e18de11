import PlannerCore

/// Participants of one organisation, in the order `ParticipantRow.rows` gives them.
struct ParticipantGroup {
    /// The organisation's full name (or its id when it is no longer in the plan).
    let name: String
    let rows: [ParticipantRow]

    /// Confirmed, whether or not they came.
    var confirmed: Int { rows.filter { $0.rsvp == .confirmed }.count }

    /// "广州市科学技术协会（2，已确认 2）", "… (2, confirmed 2)": the name, how many, how many confirmed.
    func heading(_ labels: Labels) -> String {
        name + labels.beforeParenthesis
            + labels.parenthesised("\(rows.count)\(labels.comma)\(labels.rsvp(.confirmed)) \(confirmed)")
    }

    /// Consecutive rows of the same organisation, grouped.
    static func groups(_ rows: [ParticipantRow]) -> [ParticipantGroup] {
        var groups: [ParticipantGroup] = []
        var start = rows.startIndex
        while start < rows.endIndex {
            let org = rows[start].person.org
            var end = start + 1
            while end < rows.endIndex && rows[end].person.org == org { end += 1 }
            let name = rows[start].organisation?.name ?? org
            groups.append(ParticipantGroup(name: name, rows: Array(rows[start..<end])))
            start = end
        }
        return groups
    }
}

extension ParticipantRow {
    /// The cells of the participant tables: name, organisation (short), status, RSVP, contacts when asked, parts.
    func cells(_ labels: Labels, organisation: Bool, contacts: Bool) -> [String] {
        var cells = [person.name]
        if organisation { cells.append(self.organisation?.displayName ?? person.org) }
        cells += [labels.standing(participant, person), labels.rsvp(rsvp)]
        if contacts { cells += [person.phone ?? "", person.email ?? ""] }
        cells.append(partsText(labels))
        return cells
    }

    /// The headings matching `cells`.
    static func headings(_ labels: Labels, organisation: Bool, contacts: Bool) -> [String] {
        var header = [labels.name]
        if organisation { header.append(labels.organisation) }
        header += [labels.status, labels.rsvp]
        if contacts { header += [labels.phone, labels.email] }
        header.append(labels.parts)
        return header
    }
}
