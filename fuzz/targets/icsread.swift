// libFuzzer target: the ics reader and the calendar import (`convene import ics`) on arbitrary bytes. Any input must
// give calendars, entries and a plan of edits, or problems with a line of the file, never a crash or a hang.
import Foundation
import PlannerCore
import Printing

let book = Book(
    organisations: [Organisation(id: "o1", name: "协会")],
    venues: [Venue(id: "v1", name: "冼星海故乡纪念馆", rooms: [Room(id: "r1", name: "展厅")])],
    events: [
        Event(
            id: "e1", title: "党建活动", date: CivilDate("2023-06-16")!, start: ClockTime(minutes: 540)!,
            end: ClockTime(minutes: 720)!, venue: "v1",
            items: [AgendaItem(id: "i1", kind: .oath, title: "重温入党誓词", start: ClockTime(minutes: 540)!, minutes: 20)])
    ])
let shanghai = TimeZone(identifier: "Asia/Shanghai")!

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzICSRead(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(UnsafeBufferPointer(start: bytes, count: count))
    let calendars: [ICSComponent]
    do { calendars = try ICSReader.read(data) } catch {
        if error.line < 1 { fatalError("a problem without a line: \(error)") }
        return 0
    }
    for calendar in calendars {
        let reader = CalendarEntries(calendar: calendar, floating: shanghai)
        switch reader.entries() {
        case .failure(let problems):
            if problems.problems.isEmpty || problems.problems.contains(where: { $0.line < 1 }) { fatalError("\(problems)") }
        case .success(let entries):
            for event in [nil, "e1"] {
                let importer = CalendarImport(book: book, event: event, calendarName: reader.name, zone: reader.zones.floating)
                if case .success(let plan) = importer.plan(entries) {
                    // Every edit the import plans is one the core may refuse, never one that crashes it.
                    _ = try? book.applying(.batch(plan.edits, label: .verbatim("import ics")))
                }
            }
        }
    }
    return 0
}
