import PlannerCore
import TerminalKit

/// Builds the forms of the planner, pre-filled from the record being edited or with sensible defaults.
enum Forms {
    static let kinds: [ChoiceOption] = [
        .init(value: "oath", label: "Oath review 重温入党誓词"), .init(value: "visit", label: "Guided visit 参观"),
        .init(value: "symposium", label: "Symposium 座谈会"), .init(value: "discussion", label: "Discussion 互动交流"),
        .init(value: "other", label: "Other 其他"),
    ]
    static let parts: [ChoiceOption] = RolePart.allCases.map { .init(value: $0.rawValue, label: $0.rawValue) }
    static let statuses: [ChoiceOption] = [
        .init(value: "member", label: "party member 党员"), .init(value: "probationary", label: "probationary 预备党员"),
        .init(value: "representative", label: "representative 企业代表"), .init(value: "guest", label: "guest 嘉宾"),
    ]

    static func item(_ state: AppState, editing item: AgendaItem?) -> Form {
        let event = state.event!
        let lastEnd = event.items.map(\.endMinutes).max() ?? event.start.minutes
        let start = item?.start ?? ClockTime(minutes: min(lastEnd, 1410))!
        var fields: [FormField] = [
            .text("title", "Title", item?.title ?? ""),
            .choice("kind", "Kind", kinds, selected: (item?.kind ?? .other).rawValue),
            .text("start", "Start (HH:MM)", start.description),
            .text("minutes", "Minutes", String(item?.minutes ?? 30)),
        ]
        let rooms = state.venue?.rooms ?? []
        if rooms.isEmpty {
            fields.append(.text("room", "Room", item?.room ?? ""))
        } else {
            fields.append(FormField(key: "room", label: "Room", value: .pick(id: item?.room, label: item?.room ?? "")))
        }
        fields.append(.text("notes", "Notes", item?.notes ?? ""))
        if item != nil {
            fields.append(
                .choice(
                    "shift", "If the start changes",
                    [
                        .init(value: "no", label: "move this item only"),
                        .init(value: "yes", label: "shift the items after it too"),
                    ], selected: "no"))
        }
        return Form(
            title: item == nil ? "New agenda item" : "Edit agenda item", fields: fields,
            purpose: item.map { .editItem($0.id) } ?? .addItem)
    }

    static func role(_ state: AppState, item: AgendaItem, index: Int?) -> Form {
        let role = index.map { item.roles[$0] }
        let defaultPart: RolePart
        switch item.kind {
        case .oath: defaultPart = .leader
        case .visit: defaultPart = .narrator
        case .symposium: defaultPart = item.roles(.host).isEmpty ? .host : .speaker
        case .discussion: defaultPart = .host
        case .other: defaultPart = .host
        }
        let person = role.flatMap { state.book.person($0.person) }
        return Form(
            title: "Part in '\(item.title)'",
            fields: [
                FormField(key: "person", label: "Person", value: .pick(id: person?.id, label: person?.fullName ?? "")),
                .choice("part", "Part", parts, selected: (role?.part ?? defaultPart).rawValue),
                .text("topic", "Topic (speakers)", role?.topic ?? ""),
                .text("minutes", "Minutes (speakers)", role?.minutes.map(String.init) ?? ""),
            ], purpose: index.map { .editRole(item: item.id, index: $0) } ?? .addRole(item: item.id))
    }

    static func person(_ state: AppState, editing person: Person?, org: String?) -> Form {
        return Form(
            title: person == nil ? "New person" : "Edit person",
            fields: [
                .text("name", "Name", person?.name ?? ""),
                .text("latin", "Name in Latin letters", person?.latin ?? ""),
                FormField(
                    key: "org", label: "Organisation",
                    value: .pick(
                        id: person?.org ?? org,
                        label: (person?.org ?? org).flatMap(state.book.organisation)?.displayName ?? "")),
                .choice("status", "Status", statuses, selected: (person?.status ?? .member).rawValue),
                .text("title", "Title / position", person?.title ?? ""),
                .text("phone", "Phone", person?.phone ?? ""),
                .text("email", "Email", person?.email ?? ""),
            ], purpose: person.map { .editPerson($0.id) } ?? .addPerson)
    }

    static func organisation(editing org: Organisation?) -> Form {
        Form(
            title: org == nil ? "New organisation" : "Edit organisation",
            fields: [
                .text("name", "Name", org?.name ?? ""),
                .text("short", "Short name", org?.short ?? ""),
                .text("branch", "Party branch", org?.branch ?? ""),
                .text("contact", "Contact", org?.contact ?? ""),
            ], purpose: org.map { .editOrganisation($0.id) } ?? .addOrganisation)
    }

    static func venue(editing venue: Venue?) -> Form {
        Form(
            title: venue == nil ? "New venue for this event" : "Edit venue",
            fields: [
                .text("name", "Name", venue?.name ?? ""),
                .text("address", "Address", venue?.address ?? ""),
                .text("capacity", "Capacity", venue?.capacity.map(String.init) ?? ""),
                .text("notes", "Notes", venue?.notes ?? ""),
            ], purpose: venue.map { .editVenue($0.id) } ?? .addVenue)
    }

    static func room(editing room: Room?, index: Int?) -> Form {
        Form(
            title: room == nil ? "New room" : "Edit room",
            fields: [
                .text("name", "Name", room?.name ?? ""),
                .text("capacity", "Capacity", room?.capacity.map(String.init) ?? ""),
            ], purpose: index.map { .editRoom($0) } ?? .addRoom)
    }

    static func event(_ state: AppState, editing event: Event?, standard: Bool = true) -> Form {
        let venues =
            [ChoiceOption(value: nil, label: "(none)")] + state.book.venues.map { .init(value: $0.id, label: $0.name) }
        var fields: [FormField] = [
            .text("title", "Title", event?.title ?? ""),
            .text("theme", "Theme", event?.theme ?? ""),
            .text(
                "date", "Date (YYYY-MM-DD)", event?.date.description ?? state.event?.date.description ?? "2026-01-01"),
            .text("start", "Start (HH:MM)", event?.start.description ?? "09:00"),
            .text("end", "End (HH:MM)", event?.end.description ?? "12:00"),
            .text("tz", "Time zone", event?.tz ?? Event.defaultTimeZone),
            .choice("venue", "Venue", venues, selected: event?.venue),
        ]
        if event == nil {
            fields.append(
                .choice(
                    "template", "Agenda",
                    [
                        .init(value: "standard", label: "the four standard parts"),
                        .init(value: "blank", label: "blank"),
                    ], selected: standard ? "standard" : "blank"))
        }
        return Form(
            title: event == nil ? "New event" : "Edit event", fields: fields,
            purpose: event.map { .editEvent($0.id) } ?? .addEvent)
    }
}
