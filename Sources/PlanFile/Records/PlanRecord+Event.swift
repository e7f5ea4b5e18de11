import PlannerCore

extension PlanRecord {
    /// An event. `theme` and `venue` may be left out; so may `tz` (then `Event.defaultTimeZone`) and `orgs`,
    /// `participants` and `items` (then none), though Convene always writes those four.
    struct Event: Codable {
        var id: String
        var title: String
        var theme: String?
        var date: CivilDate
        var start: ClockTime
        var end: ClockTime
        var tz: String?
        var venue: String?
        var orgs: [EventOrganisation]?
        var participants: [Participant]?
        var items: [AgendaItem]?

        init(_ e: PlannerCore.Event) {
            id = e.id
            title = e.title
            theme = e.theme
            date = CivilDate(e.date)
            start = ClockTime(e.start)
            end = ClockTime(e.end)
            tz = e.tz
            venue = e.venue
            orgs = e.orgs.map(EventOrganisation.init)
            participants = e.participants.map(Participant.init)
            items = e.items.map(AgendaItem.init)
        }

        var core: PlannerCore.Event {
            PlannerCore.Event(
                id: id, title: title, theme: theme, date: date.value, start: start.value, end: end.value,
                tz: tz ?? PlannerCore.Event.defaultTimeZone, venue: venue, orgs: orgs?.map(\.core) ?? [],
                participants: participants?.map(\.core) ?? [], items: items?.map(\.core) ?? [])
        }
    }
}
