import PlannerCore

/// Opens each form, pre-filled from the record being edited or with sensible defaults.
enum Forms {
    static func item(_ state: AppState, editing item: AgendaItem?) -> Form { Form(ItemForm(state, editing: item)) }

    static func role(_ state: AppState, item: AgendaItem, index: Int?) -> Form {
        Form(RoleForm(state, item: item, index: index))
    }

    static func person(_ state: AppState, editing person: Person?, org: String?) -> Form {
        Form(PersonForm(state, editing: person, org: org))
    }

    static func organisation(editing org: Organisation?) -> Form { Form(OrganisationForm(editing: org)) }

    static func venue(editing venue: Venue?) -> Form { Form(VenueForm(editing: venue)) }

    static func room(editing room: Room?, index: Int?) -> Form { Form(RoomForm(editing: room, index: index)) }

    static func event(_ state: AppState, editing event: Event?, standard: Bool = true) -> Form {
        Form(EventForm(state, editing: event, standard: standard))
    }

    static func saveAs(path: String) -> Form { Form(SaveAsForm(path: path)) }
}
