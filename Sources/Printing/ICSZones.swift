import Foundation
import Phrasebook

/// The time zones a calendar's times are in: a `TZID=` names an IANA zone ("Asia/Shanghai", also behind a prefix
/// such as "/mozilla.org/20050126_1/Europe/Berlin"), an Outlook (Windows) zone ("China Standard Time"), or a
/// VTIMEZONE of the file that says its IANA name (X-LIC-LOCATION) or keeps one offset all year; a time with neither
/// `TZID` nor `Z` (a floating time) is in the calendar's X-WR-TIMEZONE, else in `floating`.
public struct ICSZones: Sendable {
    /// The zone of floating times.
    public let floating: TimeZone
    private let declared: [String: TimeZone]

    /// The zones of a calendar: its VTIMEZONEs, and X-WR-TIMEZONE (Google) or `fallback` for floating times.
    public init(calendar: ICSComponent, fallback: TimeZone) {
        var declared: [String: TimeZone] = [:]
        for zone in calendar.components("VTIMEZONE") {
            guard let id = zone.property("TZID")?.text else { continue }
            if let named = Self.named(id) ?? zone.property("X-LIC-LOCATION").flatMap({ Self.named($0.text) }) {
                declared[id] = named
                continue
            }
            let offsets = Set(
                zone.components.compactMap { $0.property("TZOFFSETTO").flatMap { Self.offsetSeconds($0.value) } })
            if offsets.count == 1, let offset = offsets.first, let fixed = TimeZone(secondsFromGMT: offset) {
                declared[id] = fixed
            }
        }
        self.declared = declared
        floating = calendar.property("X-WR-TIMEZONE").flatMap { Self.named($0.text) } ?? fallback
    }

    /// The zone a `TZID` names, or nil.
    public func zone(_ tzid: String) -> TimeZone? { Self.named(tzid) ?? declared[tzid] }

    /// Whether a zone has an IANA name an event can keep (`Asia/Shanghai`, not `GMT+0800`).
    public static func isIANA(_ zone: TimeZone) -> Bool {
        zone.identifier.contains("/") && TimeZone(identifier: zone.identifier) != nil
    }

    /// An IANA name, possibly behind a path prefix, or an Outlook name.
    static func named(_ name: String) -> TimeZone? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        if let windows = WindowsTimeZones.iana(trimmed) { return TimeZone(identifier: windows) }
        let parts = trimmed.split(separator: "/").map(String.init)
        // The shortest tail that is a zone of two or three parts: "Europe/Berlin", "America/Argentina/Salta".
        for count in [2, 3] where parts.count >= count {
            let tail = parts.suffix(count).joined(separator: "/")
            if let zone = TimeZone(identifier: tail), TimeZone.knownTimeZoneIdentifiers.contains(tail) { return zone }
        }
        if ["UTC", "GMT", "Etc/UTC", "Etc/GMT", "Z"].contains(trimmed) { return TimeZone(identifier: "UTC") }
        return nil
    }

    /// "+0800" or "-043000" as seconds east of UTC.
    static func offsetSeconds(_ text: String) -> Int? {
        let s = Array(text.trimmingCharacters(in: .whitespaces))
        guard s.count == 5 || s.count == 7, s[0] == "+" || s[0] == "-",
            s.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
            let h = Int(String(s[1...2])), let m = Int(String(s[3...4]))
        else { return nil }
        let sec = s.count == 7 ? Int(String(s[5...6])) ?? 0 : 0
        let total = h * 3600 + m * 60 + sec
        return s[0] == "-" ? -total : total
    }
}
