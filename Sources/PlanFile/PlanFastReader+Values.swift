import PlannerCore

/// The schema's values: text, whole numbers, the names of the core's cases, dates and times, from their spelling
/// in the file.
extension PlanFastReader {
    static let politics = PlanCaseNames<Politics>(), stages = PlanCaseNames<Stage>(), rsvps = PlanCaseNames<RSVP>()
    static let capacities = PlanCaseNames<Capacity>(), attendances = PlanCaseNames<PlanRecord.AttendanceName>()
    static let leaveReasons = PlanCaseNames<LeaveReason>()
    static let kinds = PlanCaseNames<ItemKind>(), parts = PlanCaseNames<RolePart>()
    static let organisationParts = PlanCaseNames<OrganisationPart>()

    @inline(__always)
    mutating func string() throws -> String { try scanner.string() }

    @inline(__always)
    mutating func int() throws -> Int { try scanner.int() }

    /// An enumeration's case, its name matched as bytes against `names` (no String made); a name with escapes
    /// goes the String way.
    @inline(__always)
    mutating func enumeration<T: RawRepresentable>(_ names: PlanCaseNames<T>) throws -> T
    where T.RawValue == String {
        let start = scanner.at
        if let raw = try scanner.plainString() {
            guard let value = names.value(named: raw) else { throw PlanScanner.GiveUp() }
            return value
        }
        scanner.at = start
        guard let value = T(rawValue: try scanner.string()) else { throw PlanScanner.GiveUp() }
        return value
    }

    /// `YYYY-MM-DD`, read from its ten bytes; any other spelling goes through `CivilDate`'s own parser.
    mutating func date() throws -> CivilDate {
        let start = scanner.at
        if let raw = try scanner.plainString(), raw.count == 10, raw[4] == UInt8(ascii: "-"),
            raw[7] == UInt8(ascii: "-"), let year = Self.digits(raw, 0, 4), let month = Self.digits(raw, 5, 2),
            let day = Self.digits(raw, 8, 2)
        {
            guard let date = CivilDate(year: year, month: month, day: day) else { throw PlanScanner.GiveUp() }
            return date
        }
        scanner.at = start
        guard let date = CivilDate(try scanner.string()) else { throw PlanScanner.GiveUp() }
        return date
    }

    /// `HH:MM`, read from its five bytes; any other spelling goes through `ClockTime`'s own parser.
    mutating func time() throws -> ClockTime {
        let start = scanner.at
        if let raw = try scanner.plainString(), raw.count == 5, raw[2] == UInt8(ascii: ":"),
            let hours = Self.digits(raw, 0, 2), let minutes = Self.digits(raw, 3, 2)
        {
            guard hours <= 24, minutes < 60, let time = ClockTime(minutes: hours * 60 + minutes) else {
                throw PlanScanner.GiveUp()
            }
            return time
        }
        scanner.at = start
        guard let time = ClockTime(try scanner.string()) else { throw PlanScanner.GiveUp() }
        return time
    }

    /// The number written by the ASCII digits `raw[from..<from + count]`, or nil if one is not a digit.
    @inline(__always)
    static func digits(_ raw: UnsafeRawBufferPointer, _ from: Int, _ count: Int) -> Int? {
        var value = 0
        for i in from..<(from + count) {
            let d = raw[i] &- UInt8(ascii: "0")
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
        }
        return value
    }
}
