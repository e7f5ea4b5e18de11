import Foundation

/// How a cell's stored value reads as roster text: numbers as a person typed them (a phone stored as a number is
/// 13800138000, never 1.38e10), dates and times from their serial numbers.
enum XLSXValue {
    /// A number cell's text: an integer without exponent or decimals, else the shortest decimal that round-trips.
    static func number(_ stored: String) -> String? {
        let t = stored.trimmingCharacters(in: .whitespaces)
        if !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-") }) { return t }
        guard let value = Double(t), value.isFinite else { return nil }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A date serial (days since 1899-12-30, or since 1904-01-01 in a 1904 workbook) as ISO text.
    static func date(_ stored: String, shown: XLSXStyles.Shown, date1904: Bool) -> String? {
        guard let serial = Double(stored.trimmingCharacters(in: .whitespaces)), serial.isFinite,
            serial > -1, serial < 2_958_466  // 9999-12-31
        else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds >= 86_400 {
            days += 1
            seconds -= 86_400
        }
        let time = String(format: "%02d:%02d", seconds / 3600, seconds / 60 % 60)
        if shown == .time { return time }
        // Excel's serials count the 29 February 1900 that never was, so 1900 dates after it are a day ahead: day 0
        // of 1899-12-30 reads every date from March 1900 on right.
        let (y, m, d) = civil(fromDays: days + (date1904 ? 1462 : 0) - 25_569)
        let date = String(format: "%04d-%02d-%02d", y, m, d)
        return shown == .dateTime && seconds != 0 ? date + " " + time : date
    }

    /// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `civil_from_days`).
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }
}
