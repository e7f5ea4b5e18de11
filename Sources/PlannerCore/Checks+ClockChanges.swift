import Foundation
import Phrasebook

extension Checks {
    /// `dst-gap` (error) and `dst-overlap` (warning): items that start or end at a local time the event's zone skips
    /// or repeats on that date, one problem per item and kind.
    ///
    /// A gap's first minute (02:00 when clocks jump from 02:00 to 03:00) is not reported: it names the change's own
    /// instant, which every reader agrees on. An overlap's first minute (01:00 when clocks go back from 02:00 to
    /// 01:00) is: it happens twice.
    static func clockChangeProblems(in event: Event) -> [Problem] {
        guard !event.items.isEmpty, let zone = event.timeZone else { return [] }
        let changes = zone.clockChanges(on: event.date)
        guard !changes.isEmpty else { return [] }
        let dayStart = event.date.localSeconds(minutes: 0)
        func clock(_ localSeconds: Int) -> String {
            let minutes = (localSeconds - dayStart) / 60
            return ClockTime(minutes: ((minutes % 1440) + 1440) % 1440)?.description ?? "?"
        }
        var out: [Problem] = []
        for item in event.items {
            let times = [(true, item.start.minutes), (false, item.endMinutes)]
            for change in changes {
                let range = change.localTimes
                let hit = times.filter { _, minutes in
                    let local = event.date.localSeconds(minutes: minutes)
                    return change.skips ? range.lowerBound < local && local < range.upperBound : range.contains(local)
                }
                guard !hit.isEmpty else { continue }
                let times = hit.map { starts, minutes in
                    let time = ClockTime(minutes: minutes)?.description ?? "?"
                    return starts ? tr("starts at \(time)") : tr("ends at \(time)")
                }
                let when = times.count == 2 ? tr("\(times[0]) and \(times[1])") : times[0]
                let from = clock(range.lowerBound), to = clock(range.upperBound)
                let length = Self.duration(change.seconds)
                if change.skips {
                    out.append(
                        Problem(
                            severity: .error, code: "dst-gap",
                            message:
                                tr(
                                    "'\(item.title)' \(when) on \(event.date), \(count: hit.count) times that do not exist in \(event.tz): the clocks jump from \(from) to \(to), and calendars read them \(length) later; move the item out of \(from)–\(to)"
                                ),
                            ids: [item.id]))
                } else {
                    out.append(
                        Problem(
                            severity: .warning, code: "dst-overlap",
                            message:
                                tr(
                                    "'\(item.title)' \(when) on \(event.date), \(count: hit.count) times that happen twice in \(event.tz): the clocks go back \(length) from \(to) to \(from), and calendars take the first, before the change; move the item out of \(from)–\(to) or say which in its notes"
                                ),
                            ids: [item.id]))
                }
            }
        }
        return out
    }

    /// "1 hour", "30 minutes", "1 hour 30 minutes".
    static func duration(_ seconds: Int) -> Phrase {
        let hours = seconds / 3600, minutes = seconds % 3600 / 60
        if hours == 0 { return tr("\(count: minutes) minutes") }
        if minutes == 0 { return tr("\(count: hours) hours") }
        return tr("\(tr("\(count: hours) hours")) \(tr("\(count: minutes) minutes"))")
    }
}
