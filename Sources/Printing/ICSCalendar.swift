import Phrasebook
import PlannerCore

/// What every calendar Convene writes shares: the VCALENDAR's opening properties and one VTIMEZONE per zone used.
enum ICSCalendar {
    /// BEGIN:VCALENDAR and its properties; `name` and `zone` (X-WR-CALNAME, X-WR-TIMEZONE) when there is one of each.
    static func begin(_ ics: inout ICSWriter, language: PrintLanguage, name: String?, zone: String?) {
        ics.add("BEGIN", "VCALENDAR")
        ics.add("VERSION", "2.0")
        ics.add("PRODID", "-//Convene//Convene agenda//" + language.rawValue.uppercased())
        ics.add("CALSCALE", "GREGORIAN")
        ics.add("METHOD", "PUBLISH")
        if let name { ics.text("X-WR-CALNAME", name) }
        if let zone { ics.text("X-WR-TIMEZONE", zone) }
    }

    /// The zones of `events` in order of first use, each covering the years of its events; a name that is not an
    /// IANA zone is an error naming it.
    static func zones(of events: [Event]) throws -> [ICSTimeZone] {
        var years: [String: Set<Int>] = [:], order: [String] = []
        for event in events {
            if years[event.tz] == nil { order.append(event.tz) }
            years[event.tz, default: []].insert(event.date.year)
        }
        return try order.map { tz in
            guard let zone = ICSTimeZone(identifier: tz, years: years[tz] ?? []) else {
                throw PlanError.invalid(
                    field: tr("time zone"), message: tr("'\(tz)' is not an IANA time zone (e.g. Asia/Shanghai)"))
            }
            return zone
        }
    }
}
