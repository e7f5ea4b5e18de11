import Phrasebook
import PlannerCore
import TerminalKit

/// Creates an event (from the standard template or blank) or edits the current one's details.
struct EventForm: FormModel {
    let editing: Event?
    var name: FormField
    var theme: FormField
    var date: FormField
    var start: FormField
    var end: FormField
    var timeZone: FormField
    var venue: FormField
    /// New events only: the four standard parts, or blank.
    var template: FormField
    /// Editing only: whether a new start moves the items too, as the item form offers for the items after one.
    var shift: FormField

    var fields: [WritableKeyPath<EventForm, FormField>] {
        [\.name, \.theme, \.date, \.start, \.end, \.timeZone, \.venue] + (editing == nil ? [\.template] : [\.shift])
    }

    var title: Phrase { editing == nil ? tr("New event") : tr("Edit event") }

    init(_ state: AppState, editing event: Event?, standard: Bool = true) {
        editing = event
        name = .text(state.text(tr("Title")), event?.title ?? "", concerns: ["title"])
        theme = .text(state.text(tr("Theme")), event?.theme ?? "")
        date = .text(
            state.text(tr("Date (YYYY-MM-DD)")), (event?.date ?? state.today).description, concerns: ["date"])
        start = .text(state.text(tr("Start (HH:MM)")), event?.start.description ?? "09:00", concerns: ["start"])
        end = .text(state.text(tr("End (HH:MM)")), event?.end.description ?? "12:00", concerns: ["end"])
        timeZone = .text(
            state.text(tr("Time zone")), event?.tz ?? Event.defaultTimeZone, concerns: ["time zone"])
        let venues =
            [ChoiceOption(value: nil, label: state.text(tr("(none)")))]
            + state.book.venues.map { venue in
                // Namesakes (a duplicate-venue warning) are told apart by their ids.
                let alike = state.book.venues.count { $0.name == venue.name } > 1
                return ChoiceOption(value: venue.id, label: alike ? "\(venue.name) (\(venue.id))" : venue.name)
            }
        venue = FormField(
            state.text(tr("Venue")), .choice(venues, selected: venues.firstIndex { $0.value == event?.venue } ?? 0),
            concerns: ["venue"])
        template = .choice(
            state.text(tr("Agenda")),
            [
                .init(value: "standard", label: state.text(tr("the four standard parts"))),
                .init(value: "blank", label: state.text(tr("blank"))),
            ],
            selected: standard ? "standard" : "blank")
        shift = .choice(
            state.text(tr("If the start changes")),
            [
                .init(value: "keep", label: state.text(tr("keep the items where they are"))),
                .init(value: "move", label: state.text(tr("move the items by the same amount"))),
            ],
            selected: "keep")
    }

    func outcome(_ state: AppState) throws -> FormOutcome {
        let rawDate = date.text ?? ""
        guard let day = CivilDate(rawDate) else { throw fail(\.date, tr("'\(rawDate)' is not a date; use YYYY-MM-DD")) }
        let startTime = try time(\.start), endTime = try time(\.end)
        let details = EventDetails(
            title: name.text ?? "", theme: theme.text, date: day, start: startTime, end: endTime,
            tz: timeZone.text ?? Event.defaultTimeZone, venue: venue.text)
        if let editing {
            let update = Edit.updateEvent(id: editing.id, details: details)
            let delta = startTime.minutes - editing.start.minutes
            guard shift.text == "move", delta != 0, let first = editing.items.min(by: { $0.start < $1.start }) else {
                return .edit(update)
            }
            // One move of the first item with the ones after it: the core keeps every item within the day.
            guard let to = ClockTime(minutes: first.start.minutes + delta) else {
                throw fail(
                    \.start,
                    tr("moving the items by \(delta) min would take '\(first.title)' outside the day (00:00–24:00)"))
            }
            return .edit(
                .batch(
                    [update, .moveItem(event: editing.id, item: first.id, to: to, shiftFollowing: true)],
                    label: tr("edit event \(details.title) and move its items")))
        }
        let book = state.book
        let items = template.text == "standard" ? EventTemplate.standardItems(startingAt: startTime, book: book) : []
        return .edit(
            .addEvent(
                Event(
                    id: book.newID(.event), title: details.title, theme: details.theme, date: day, start: startTime,
                    end: endTime, tz: details.tz, venue: details.venue, items: items)))
    }
}
