import PlannerCore
import TerminalKit
import TextCells

/// Screen 1: the event at a glance.
enum OverviewView {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let event = state.event else {
            buffer.put(
                "No event yet. Press E to create one (with the four standard parts, or blank).", x: 1, y: rect.y + 1,
                style: theme[.accent])
            return
        }
        var y = rect.y
        func line(_ label: String, _ value: String, _ style: Theme.Role = .normal) {
            guard y < rect.maxY else { return }
            buffer.put(label, x: 1, y: y, style: theme[.header])
            buffer.put(value, x: 12, y: y, style: theme[style], maxWidth: rect.width - 13)
            y += 1
        }
        line("Event", event.title, .accent)
        if let theme = event.theme { line("Theme", theme) }
        line("When", "\(event.date) \(weekday(event.date)) \(event.start)–\(event.end) (\(event.tz))")
        if let venue = state.venue {
            line(
                "Venue",
                venue.name
                    + (venue.address.map { address in
                        (address.contains { TextCells.width(of: $0) == 2 } ? "，" : ", ") + address
                    } ?? "") + (venue.capacity.map { " · capacity \($0)" } ?? ""))
        }
        let attending = event.participants.filter { $0.rsvp == .confirmed || $0.rsvp == .attended }.count
        line(
            "People", "\(event.participants.count) invited · \(attending) confirmed · \(event.items.count) agenda items"
        )
        y += 1
        guard y < rect.maxY else { return }
        let turnout = state.turnout, orgs = state.book.organisationsByID
        let rows: [[String]] = event.orgs.map { invited in
            let t = turnout[invited.org] ?? Turnout()
            return [
                invited.part.rawValue, orgs[invited.org]?.displayName ?? invited.org, String(t.total),
                String(t.confirmed),
                String(t.count(.member)), String(t.count(.probationary)), String(t.count(.representative)),
                String(t.count(.guest)),
            ]
        }
        let header = ["Part", "Organisation", "All", "Conf.", "Member", "Prob.", "Rep.", "Guest"]
        let table = TableView(widths: [11, 18, 4, 5, 6, 5, 4, 5], rows: rows, selected: nil, scroll: 0)
        table.draw(
            &buffer, Rect(x: rect.x, y: y, width: rect.width, height: min(rows.count + 1, rect.maxY - y - 2)),
            header: header, theme)
        y += rows.count + 2
        guard y < rect.maxY else { return }
        if let problems = state.problemsIfReady {
            let errors = problems.filter { $0.severity == .error }.count,
                warnings = problems.filter { $0.severity == .warning }.count
            let summary =
                problems.isEmpty
                ? "Checks: no problems"
                : "Checks: \(errors) errors, \(warnings) warnings, \(problems.count - errors - warnings) notes (6 shows them)"
            buffer.put(
                summary, x: 1, y: y, style: errors > 0 ? theme[.error] : warnings > 0 ? theme[.warning] : theme[.dim])
        } else {
            buffer.put("Checks: running…", x: 1, y: y, style: theme[.dim])
        }
    }

    static func weekday(_ date: CivilDate) -> String {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][date.weekday - 1]
    }
}

/// Screen 2: the timeline, each item followed by its people in their parts.
enum AgendaView {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let event = state.event else { return }
        buffer.put(
            "\(event.title) · \(event.date) \(event.start)–\(event.end)", x: 1, y: rect.y, style: theme[.accent],
            maxWidth: rect.width - 2)
        let people = state.peopleByID
        let rows: [[String]] = state.agendaRows.map { row in
            switch row {
            case .item(let item):
                return [
                    "\(item.start)–\(ClockTime(minutes: min(1440, item.endMinutes))!)", kind(item.kind), item.title,
                    item.room ?? "",
                ]
            case .role(_, _, let role):
                var text = "  " + (people[role.person]?.fullName ?? role.person)
                if let topic = role.topic { text += " — " + topic }
                if let minutes = role.minutes { text += " (\(minutes) min)" }
                return ["", "  " + role.part.rawValue, text, ""]
            }
        }
        let styles: [Theme.Role?] = state.agendaRows.map {
            if case .role = $0 { return .dim }
            return nil
        }
        if rows.isEmpty {
            buffer.put("No agenda items yet. Press a to add one.", x: 1, y: rect.y + 2, style: theme[.dim])
            return
        }
        let roomWidth = min(10, max(4, rows.map { $0[3].cellWidth }.max() ?? 4))
        var table = TableView(
            widths: [11, 10, max(10, rect.width - 11 - 10 - roomWidth - 10), roomWidth], rows: rows, rowStyles: styles,
            selected: state.selected(.agenda), scroll: state.scroll[.agenda] ?? 0)
        // The room goes last, right-aligned in its own column: keep the title column fixed.
        table.widths[2] = max(10, rect.width - 11 - 10 - roomWidth - 9)
        table.draw(
            &buffer, Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1),
            header: ["Time", "Kind", "Title / people", "Room"], theme)
    }

    static func kind(_ kind: ItemKind) -> String {
        switch kind {
        case .oath: return "oath"
        case .visit: return "visit"
        case .symposium: return "symposium"
        case .discussion: return "discussion"
        case .other: return "other"
        }
    }
}

/// Screen 3: who comes, by organisation, with status and RSVP.
enum ParticipantsView {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let event = state.event else { return }
        let rows = state.participantRows
        let orgs = state.book.organisationsByID
        var parts: [String: [String]] = [:]
        for item in event.items {
            for role in item.roles { parts[role.person, default: []].append(role.part.rawValue) }
        }
        let byRSVP = state.rsvpCounts
        var head = "\(event.participants.count) participants"
        for r in RSVP.allCases { head += " · \(byRSVP[r] ?? 0) \(r.rawValue)" }
        if let filter = state.filters[.participants] {
            head = "filter “\(filter)”: \(rows.count) shown · Esc clears · " + head
        }
        buffer.put(head, x: 1, y: rect.y, style: theme[.accent], maxWidth: rect.width - 2)
        let table = TableView(
            widths: [14, 16, 14, 10, 20], count: rows.count,
            cells: { i in
                let r = rows[i]
                return [
                    r.person.name, r.person.latin ?? "", orgs[r.person.org]?.displayName ?? r.person.org,
                    r.person.status.rawValue, r.rsvp.rawValue, (parts[r.person.id] ?? []).joined(separator: ", "),
                ]
            },
            rowStyle: { rows[$0].rsvp == .declined ? .dim : nil },
            selected: state.selected(.participants), scroll: state.scroll[.participants] ?? 0)
        table.draw(
            &buffer, Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1),
            header: ["Name", "Latin", "Organisation", "Status", "RSVP", "Parts"], theme)
        if rows.isEmpty {
            buffer.put(
                state.filters[.participants] == nil
                    ? "Nobody yet. Press a to add participants." : "Nobody matches the filter.", x: 1, y: rect.y + 3,
                style: theme[.dim])
        }
    }
}

/// Screen 4: organisations on the left, the selected one's roster on the right.
enum OrganisationsView {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        let leftWidth = min(34, rect.width / 2 - 2)
        buffer.put(
            "Organisations (Space invites)", x: 1, y: rect.y, style: state.pane == 0 ? theme[.accent] : theme[.dim],
            maxWidth: leftWidth - 1)
        let headCount = state.rosterSizes, parts = state.partByOrganisation
        let orgs = state.organisationRows
        // Only the rows on screen are formatted: 1,000 organisations cost no more than 30.
        TableView(
            widths: [11, leftWidth - 20, 4], count: orgs.count,
            cells: { i in
                let org = orgs[i]
                return [parts[org.id]?.rawValue ?? "–", org.displayName, String(headCount[org.id] ?? 0)]
            },
            selected: state.selected(.organisations), scroll: state.scroll[.organisations] ?? 0
        )
        .draw(
            &buffer, Rect(x: rect.x, y: rect.y + 1, width: leftWidth, height: rect.height - 1),
            header: ["Part", "Name", "#"], theme, focused: state.pane == 0)
        buffer.vline(x: leftWidth, y: rect.y, length: rect.height, style: theme[.border])
        let right = Rect(x: leftWidth + 1, y: rect.y, width: rect.width - leftWidth - 1, height: rect.height)
        var title = state.selectedOrganisation.map { "\($0.name)" } ?? "No organisations yet: press a to add one"
        if let filter = state.filters[.organisations] { title += "   filter: \(filter)" }
        buffer.put(
            title, x: right.x + 1, y: right.y, style: state.pane == 1 ? theme[.accent] : theme[.dim],
            maxWidth: right.width - 2)
        let people = state.personRows
        let rsvp = state.rsvpByPerson
        TableView(
            widths: [10, 14, 12, 10], count: people.count,
            cells: { i in
                let p = people[i]
                return [p.name, p.latin ?? "", p.status.rawValue, rsvp[p.id]?.rawValue ?? "–", p.title ?? ""]
            },
            selected: state.pane == 1 ? state.personSelection : nil, scroll: state.personScroll
        )
        .draw(
            &buffer, Rect(x: right.x, y: right.y + 1, width: right.width, height: right.height - 1),
            header: ["Name", "Latin", "Status", "RSVP", "Title"], theme)
    }
}

/// Screen 5: the event's venue and its rooms.
enum VenueView {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        guard let venue = state.venue else {
            buffer.put("This event has no venue yet. Press a to add one.", x: 1, y: rect.y + 1, style: theme[.dim])
            return
        }
        var y = rect.y
        for (label, value) in [
            ("Venue", venue.name), ("Address", venue.address ?? "–"),
            ("Capacity", venue.capacity.map(String.init) ?? "–"), ("Notes", venue.notes ?? ""),
        ] {
            buffer.put(label, x: 1, y: y, style: theme[.header])
            buffer.put(value, x: 12, y: y, style: theme[.normal], maxWidth: rect.width - 13)
            y += 1
        }
        buffer.put("Rooms", x: 1, y: y + 1, style: theme[.accent])
        let event = state.event
        let rows = venue.rooms.map { room -> [String] in
            let uses = event?.items.filter { $0.room == room.name }.map(\.title).joined(separator: ", ") ?? ""
            return [room.name, room.capacity.map(String.init) ?? "–", uses]
        }
        TableView(widths: [16, 8], rows: rows, selected: state.selected(.venue), scroll: state.scroll[.venue] ?? 0)
            .draw(
                &buffer, Rect(x: rect.x, y: y + 2, width: rect.width, height: rect.maxY - y - 2),
                header: ["Room", "Capacity", "Used by"], theme)
    }
}

/// Screen 6: the problems the core finds; Enter jumps to the thing to fix.
enum ChecksView {
    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        let problems = state.problems
        buffer.put(
            problems.isEmpty
                ? "No problems found."
                : "\(problems.count) problem\(problems.count == 1 ? "" : "s") · Enter goes to the thing to fix",
            x: 1, y: rect.y, style: theme[.accent])
        TableView(
            widths: [8, 24], count: problems.count,
            cells: { [problems[$0].severity.rawValue, problems[$0].code, problems[$0].message] },
            rowStyle: {
                problems[$0].severity == .error ? .error : problems[$0].severity == .warning ? .warning : .dim
            },
            selected: state.selected(.checks), scroll: state.scroll[.checks] ?? 0
        )
        .draw(
            &buffer, Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1),
            header: ["Severity", "Code", "Problem"], theme)
    }
}
