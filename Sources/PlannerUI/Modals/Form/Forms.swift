import PlannerCore

/// Opens each form, pre-filled from the record being edited or with sensible defaults.
enum Forms {
    static func item(_ state: AppState, editing item: AgendaItem?) -> Form {
        Form(ItemForm(state, editing: item), state.language)
    }

    static func role(_ state: AppState, item: AgendaItem, index: Int?) -> Form {
        Form(RoleForm(state, item: item, index: index), state.language)
    }

    static func leave(_ state: AppState, person: Person, leave: Leave?) -> Form {
        Form(LeaveForm(state, person: person, leave: leave), state.language)
    }

    static func person(_ state: AppState, editing person: Person?, org: String?) -> Form {
        Form(PersonForm(state, editing: person, org: org), state.language)
    }

    static func organisation(_ state: AppState, editing org: Organisation?) -> Form {
        Form(OrganisationForm(state, editing: org), state.language)
    }

    static func venue(_ state: AppState, editing venue: Venue?) -> Form {
        Form(VenueForm(state, editing: venue), state.language)
    }

    static func room(_ state: AppState, editing room: Room?, index: Int?) -> Form {
        Form(RoomForm(state, editing: room, index: index), state.language)
    }

    static func event(_ state: AppState, editing event: Event?, standard: Bool = true) -> Form {
        Form(EventForm(state, editing: event, standard: standard), state.language)
    }

    static func saveAs(_ state: AppState) -> Form { Form(SaveAsForm(state), state.language) }
}
