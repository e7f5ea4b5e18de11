import PlannerCore
import TerminalKit

extension AppState {
    public var organisationRows: [Organisation] { book.organisations }

    public var selectedOrganisation: Organisation? {
        let rows = organisationRows
        return rows.isEmpty ? nil : rows[max(0, min(list(.organisations).selected, rows.count - 1))]
    }

    /// The selected organisation's people by pinyin, filtered by `/` (sorted once per book version, searched through
    /// the roster's search keys as the participants are).
    public var personRows: FilteredRows<Person> {
        guard let org = selectedOrganisation else { return FilteredRows([]) }
        let sorted = cache.value("people|\(org.id)", version: history.version) {
            let members = book.people.indices.filter { book.people[$0].org == org.id }
            let orders = members.map { PinyinKey.order(book.people[$0].name) }
            let order = orders.indices.sorted { orders[$0] < orders[$1] }
            return (rows: order.map { book.people[members[$0]] }, positions: order.map { Int32(members[$0]) })
        }
        guard let filter = filters[.organisations], !filter.isEmpty else { return FilteredRows(sorted.rows) }
        let search = cache.value("people-filter|\(org.id)", version: history.version) {
            NameFilter(rosterSearch.search(of: book.people), rows: sorted.positions)
        }
        return search.rows(of: sorted.rows, matching: filter)
    }

    /// The person under the roster pane's selection.
    var selectedRosterPerson: Person? {
        let people = personRows, index = list(.roster).selected
        return people.indices.contains(index) ? people[index] : nil
    }
}

/// Screen 4: organisations on the left, the selected one's roster on the right.
enum OrganisationsScreen: ScreenFeature {
    static func leftWidth(_ content: Rect) -> Int { max(10, min(34, content.width / 2 - 2)) }

    static func leftTable(_ content: Rect) -> Rect {
        Rect(x: content.x, y: content.y + 1, width: leftWidth(content), height: max(0, content.height - 1))
    }

    static func rightPane(_ content: Rect) -> Rect {
        let left = leftWidth(content)
        return Rect(x: left + 1, y: content.y, width: max(0, content.width - left - 1), height: content.height)
    }

    static func rightTable(_ content: Rect) -> Rect {
        let right = rightPane(content)
        return Rect(x: right.x, y: right.y + 1, width: right.width, height: max(0, right.height - 1))
    }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] {
        [
            ListRegion(list: .organisations, rows: leftTable(content).belowHeader),
            ListRegion(list: .roster, rows: rightTable(content).belowHeader),
        ]
    }

    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        let leftWidth = leftWidth(rect)
        buffer.put(
            "Organisations (Space invites)", x: 1, y: rect.y, style: state.pane == 0 ? theme[.accent] : theme[.dim],
            maxWidth: leftWidth - 1)
        let headCount = state.rosterSizes, parts = state.partByOrganisation
        let orgs = state.organisationRows
        let orgList = state.list(.organisations)
        // Only the rows on screen are formatted: 1,000 organisations cost no more than 30.
        TableView(
            widths: [11, max(1, leftWidth - 20), 4], count: orgs.count,
            cells: { i in
                let org = orgs[i]
                return [parts[org.id]?.rawValue ?? "–", org.displayName, String(headCount[org.id] ?? 0)]
            },
            selected: orgList.selected, scroll: orgList.offset
        )
        .draw(&buffer, leftTable(rect), header: ["Part", "Name", "#"], theme, focused: state.pane == 0)
        if orgs.isEmpty {
            buffer.put("None yet: a adds one", x: 1, y: rect.y + 2, style: theme[.dim], maxWidth: leftWidth - 1)
        }
        buffer.vline(x: leftWidth, y: rect.y, length: rect.height, style: theme[.border])
        let right = rightPane(rect)
        var title = state.selectedOrganisation.map { "\($0.name)" } ?? "No organisations yet: press a to add one"
        if let filter = state.filters[.organisations] { title += "   filter: \(filter)" }
        buffer.put(
            title, x: right.x + 1, y: right.y, style: state.pane == 1 ? theme[.accent] : theme[.dim],
            maxWidth: right.width - 2)
        let people = state.personRows
        let rsvp = state.rsvpByPerson
        let roster = state.list(.roster)
        TableView(
            widths: [10, 14, 12, 10], count: people.count,
            cells: { i in
                let p = people[i]
                return [p.name, p.latin ?? "", p.status.rawValue, rsvp[p.id]?.rawValue ?? "–", p.title ?? ""]
            },
            selected: state.pane == 1 ? roster.selected : nil, scroll: roster.offset
        )
        .draw(&buffer, rightTable(rect), header: ["Name", "Latin", "Status", "RSVP", "Title"], theme)
    }

    static func perform(_ action: Action, _ state: inout AppState) {
        if state.pane == 0 { organisation(action, &state) } else { person(action, &state) }
    }

    private static func organisation(_ action: Action, _ state: inout AppState) {
        let org = state.selectedOrganisation
        switch action {
        case .add: state.mode = .form(Forms.organisation(editing: nil))
        case .open:
            guard org != nil else { return Update.info(&state, "No organisations yet: press a to add one") }
            state.pane = 1
            state.clampLists()
        case .edit:
            guard let org else { return Update.info(&state, "No organisations yet: press a to add one") }
            state.mode = .form(Forms.organisation(editing: org))
        case .delete:
            guard let org else { return Update.info(&state, "No organisations yet: press a to add one") }
            state.mode = .confirm(
                Confirmation(
                    question: "Delete the organisation \(org.name)?  y/n",
                    purpose: .apply(.removeOrganisation(id: org.id))
                ))
        case .toggle:
            guard let org else { return Update.info(&state, "No organisations yet: press a to add one") }
            guard let event = state.event else { return Update.info(&state, Missing.event) }
            // Cycles: not invited → participant → host → guiding body → not invited.
            let edit: Edit
            switch event.part(of: org.id) {
            case nil: edit = .invite(event: event.id, org: org.id, part: .participant)
            case .participant?: edit = .invite(event: event.id, org: org.id, part: .host)
            case .host?: edit = .invite(event: event.id, org: org.id, part: .guiding)
            case .guiding?: edit = .uninvite(event: event.id, org: org.id)
            }
            if Update.perform(edit, &state) {
                let part = state.event?.part(of: org.id)?.rawValue ?? "not invited"
                Update.info(&state, "\(org.displayName): \(part)")
            }
        default: Update.info(&state, "On Organisations: a adds, e edits, Space invites, Tab goes to their people")
        }
    }

    private static func person(_ action: Action, _ state: inout AppState) {
        guard let org = state.selectedOrganisation else {
            state.pane = 0
            if action == .add {
                state.mode = .form(Forms.organisation(editing: nil))
            } else {
                Update.info(&state, "No organisations yet: press a to add one")
            }
            return
        }
        let person = state.selectedRosterPerson
        let nobody = "Nobody on \(org.displayName)'s roster yet: press a to add someone"
        switch action {
        case .add: state.mode = .form(Forms.person(state, editing: nil, org: org.id))
        case .edit, .open:
            guard let person else { return Update.info(&state, nobody) }
            state.mode = .form(Forms.person(state, editing: person, org: nil))
        case .delete:
            guard let person else { return Update.info(&state, nobody) }
            let edit = Edit.removePerson(id: person.id)
            var question = "Delete \(person.name) from the roster?"
            if let note = state.book.consequences(of: edit) { question += " " + note + "." }
            state.mode = .confirm(Confirmation(question: question + "  y/n", purpose: .apply(edit)))
        case .toggle:
            guard let person else { return Update.info(&state, nobody) }
            guard let event = state.event else { return Update.info(&state, Missing.event) }
            if event.participant(person.id) != nil {
                let edit = Edit.removeParticipant(event: event.id, person: person.id)
                let note = state.book.consequences(of: edit)
                if Update.perform(edit, &state) {
                    Update.info(&state, "Removed \(person.name) from the event" + (note.map { "; " + $0 } ?? ""))
                }
            } else if Update.perform(.addParticipant(event: event.id, person: person.id, rsvp: .invited), &state) {
                Update.info(&state, "Added \(person.name) to the event (invited)")
            }
        default: Update.info(&state, "On the roster: a adds a person, e edits, Space adds to or removes from the event")
        }
    }
}
