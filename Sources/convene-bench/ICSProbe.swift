import Foundation
import PlannerCore
import Printing

/// Printing the agenda as iCalendar (`Printing.AgendaICS`), with a fixed stamp so every run prints the same text.
enum ICSProbe {
    static func measure(book: Book, event: Event, runs: Int) -> Double? {
        let stamp = Date(timeIntervalSince1970: 1_700_000_000)
        guard (try? AgendaICS(book: book, event: event, stamp: stamp).render()) != nil else { return nil }
        return try? medianMilliseconds(runs) {
            sink &+= try AgendaICS(book: book, event: event, stamp: stamp).render().utf8.count
        }
    }
}
