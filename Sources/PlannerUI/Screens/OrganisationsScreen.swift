import Phrasebook
import PlannerCore
import TerminalKit
import TextCells

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
    /// The organisations' table: what it shows, without the selection (the pane's width is measured on it).
    static func organisationTable(_ state: AppState) -> TableView {
        let headCount = state.rosterSizes, parts = state.partByOrganisation
        let orgs = state.organisationRows
        // Only the rows on screen are formatted: 1,000 organisations cost no more than 30.
        return TableView(
            columns: [
                .actedOn(state.text(tr("Role")), min: 4), TableColumn(state.text(tr("Organisation")), min: 6),
                TableColumn(state.text(tr("#")), min: 1, drop: 1),
            ],
            count: orgs.count,
            cells: { i in
                let org = orgs[i]
                return [
                    parts[org.id].map { state.text($0.phrase) } ?? "–", org.displayName, String(headCount[org.id] ?? 0),
                ]
            },
            selected: nil, scroll: 0)
    }

    /// The left pane's width: what its widest organisation asks for, between a third and half of the screen.
    static func leftWidth(_ state: AppState, _ content: Rect) -> Int {
        let key = "orgPane|\(state.eventID ?? "")|\(state.language)"
        let natural = state.cache.value(key, version: state.history.version) {
            let table = organisationTable(state)
            return table.natural(rows: 0..<table.count).reduce(1, +) + TableView.gap * 2 + 1
        }
        return max(10, min(content.width / 2 - 2, max(34, natural)))
    }

    static func leftTable(_ state: AppState, _ content: Rect) -> Rect {
        Rect(x: content.x, y: content.y + 1, width: leftWidth(state, content), height: max(0, content.height - 1))
    }

    static func rightPane(_ state: AppState, _ content: Rect) -> Rect {
        let left = leftWidth(state, content)
        return Rect(x: left + 1, y: content.y, width: max(0, content.width - left - 1), height: content.height)
    }

    static func rightTable(_ state: AppState, _ content: Rect) -> Rect {
        let right = rightPane(state, content)
        return Rect(x: right.x, y: right.y + 1, width: right.width, height: max(0, right.height - 1))
    }

    static func regions(_ state: AppState, _ content: Rect) -> [ListRegion] {
        [
            ListRegion(list: .organisations, rows: leftTable(state, content).belowHeader),
            ListRegion(list: .roster, rows: rightTable(state, content).belowHeader),
        ]
    }

    static func draw(_ buffer: inout CellBuffer, _ rect: Rect, _ state: AppState, _ theme: Theme) {
        let leftWidth = leftWidth(state, rect)
        buffer.put(
            TextCells.truncatedAtWord(state.text(tr("Organisations (Space invites)")), toCells: leftWidth - 1), x: 1,
            y: rect.y,
            style: state.pane == 0 ? theme[.accent] : theme[.dim])
        let orgs = state.organisationRows
        let orgList = state.list(.organisations)
        var organisations = organisationTable(state)
        organisations.selected = orgList.selected
        organisations.scroll = orgList.offset
        organisations.draw(&buffer, leftTable(state, rect), theme, focused: state.pane == 0)
        if orgs.isEmpty {
            buffer.put(
                state.text(tr("None yet: a adds one")), x: 1, y: rect.y + 2, style: theme[.dim], maxWidth: leftWidth - 1
            )
        }
        buffer.vline(x: leftWidth, y: rect.y, length: rect.height, style: theme[.border])
        let right = rightPane(state, rect)
        var title =
            state.selectedOrganisation.map { "\($0.name)" }
            ?? state.text(tr("No organisations yet: press a to add one"))
        if let filter = state.filters[.organisations] { title += "   " + state.text(tr("filter: \(filter)")) }
        buffer.put(
            title, x: right.x + 1, y: right.y, style: state.pane == 1 ? theme[.accent] : theme[.dim],
            maxWidth: right.width - 2)
        let people = state.personRows
        let rsvp = state.rsvpByPerson
        let roster = state.list(.roster)
        // Each status's and answer's words once per frame, not once per row (as on the Participants screen).
        let say = FrameTexts(state.language)
        let rsvpText = Dictionary(uniqueKeysWithValues: RSVP.allCases.map { ($0, state.text($0.phrase)) })
        TableView(
            columns: [
                TableColumn(state.text(tr("Name")), min: 6), TableColumn(state.text(tr("Latin")), min: 6, drop: 3),
                TableColumn(state.text(tr("Political status")), min: 6, drop: 2),
                .actedOn(state.text(tr("RSVP")), min: 6),
                TableColumn(state.text(tr("Job title")), min: 5, cap: 200, drop: 1, fills: true),
            ], count: people.count,
            cells: { i in
                let p = people[i]
                return [
                    p.name, p.latin ?? "", say(p.politicsPhrase), rsvp[p.id].map { rsvpText[$0] ?? "" } ?? "–",
                    p.title ?? "",
                ]
            },
            selected: state.pane == 1 ? roster.selected : nil, scroll: roster.offset
        )
        .draw(&buffer, rightTable(state, rect), theme)
    }

    static func perform(_ action: Action, _ state: inout AppState) {
        if state.pane == 0 { organisation(action, &state) } else { person(action, &state) }
    }

    private static func organisation(_ action: Action, _ state: inout AppState) {
        let org = state.selectedOrganisation
        switch action {
        case .add: state.mode = .form(Forms.organisation(state, editing: nil))
        case .open:
            guard org != nil else { return Update.info(&state, tr("No organisations yet: press a to add one")) }
            state.pane = 1
            state.clampLists()
        case .edit:
            guard let org else { return Update.info(&state, tr("No organisations yet: press a to add one")) }
            state.mode = .form(Forms.organisation(state, editing: org))
        case .delete:
            guard let org else { return Update.info(&state, tr("No organisations yet: press a to add one")) }
            state.mode = .confirm(
                Confirmation(
                    question: state.text(tr("Delete the organisation \(org.name)?  y/n")),
                    purpose: .apply(.removeOrganisation(id: org.id))
                ))
        case .toggle:
            guard let org else { return Update.info(&state, tr("No organisations yet: press a to add one")) }
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
                let part = state.event?.part(of: org.id)?.phrase ?? tr("not invited")
                Update.info(&state, tr("\(org.displayName): \(part)"))
            }
        default:
            Update.info(&state, tr("On Organisations: a adds, e edits, Space invites, Tab goes to their people"))
        }
    }

    private static func person(_ action: Action, _ state: inout AppState) {
        guard let org = state.selectedOrganisation else {
            state.pane = 0
            if action == .add {
                state.mode = .form(Forms.organisation(state, editing: nil))
            } else {
                Update.info(&state, tr("No organisations yet: press a to add one"))
            }
            return
        }
        let person = state.selectedRosterPerson
        let nobody = tr("Nobody on \(org.displayName)'s roster yet: press a to add someone")
        switch action {
        case .add: state.mode = .form(Forms.person(state, editing: nil, org: org.id))
        case .edit, .open:
            guard let person else { return Update.info(&state, nobody) }
            state.mode = .form(Forms.person(state, editing: person, org: nil))
        case .delete:
            guard let person else { return Update.info(&state, nobody) }
            Update.askToApply(.removePerson(id: person.id), &state) { note in
                note.map { tr("Delete \(person.name) from the roster? \($0).  y/n") }
                    ?? tr("Delete \(person.name) from the roster?  y/n")
            }
        case .toggle:
            guard let person else { return Update.info(&state, nobody) }
            guard let event = state.event else { return Update.info(&state, Missing.event) }
            if event.participant(person.id) != nil {
                let edit = Edit.removeParticipant(event: event.id, person: person.id)
                let note = state.book.consequences(of: edit)
                if Update.perform(edit, &state) {
                    Update.info(
                        &state,
                        note.map { tr("Removed \(person.name) from the event; \($0)") }
                            ?? tr("Removed \(person.name) from the event"))
                }
            } else if Update.perform(.addParticipant(event: event.id, person: person.id, rsvp: .invited), &state) {
                Update.info(&state, tr("Added \(person.name) to the event (invited)"))
            }
        default:
            Update.info(&state, tr("On the roster: a adds a person, e edits, Space adds to or removes from the event"))
        }
    }
}
