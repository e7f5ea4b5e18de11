// libFuzzer target: the ics writer → reader round trip. A fuzzed title, notes and topic go into a calendar;
// every line must be at most 75 octets, and unfolding + unescaping SUMMARY must give back the title
// (with line breaks as \n and other control characters removed).
import Foundation
import PlannerCore
import Printing

/// What the writer keeps of a text: CR LF / CR become LF, tab a space, other controls and bidi controls go (the
/// overrides, embeddings and isolates, and the marks LRM, RLM and ALM, as TextCells' output layer drops them).
func kept(_ s: String) -> String {
    var out = String.UnicodeScalarView()
    var previousCR = false
    for c in s.unicodeScalars {
        defer { previousCR = c == "\r" }
        let v = c.value
        switch c {
        case "\n" where previousCR: continue
        case "\n", "\r": out.append("\n")
        case "\t": out.append(" ")
        default:
            if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                || v == 0x200E || v == 0x200F || v == 0x061C { continue }
            out.append(c)
        }
    }
    return String(out)
}

func unescape(_ s: String) -> String {
    var out = String.UnicodeScalarView(), escaped = false
    for c in s.unicodeScalars {
        if escaped { out.append(c == "n" || c == "N" ? "\n" : c); escaped = false } else if c == "\\" { escaped = true } else { out.append(c) }
    }
    return String(out)
}

/// CRLF-separated lines (the last CRLF ends the last line).
func lines(_ octets: [UInt8]) -> [ArraySlice<UInt8>] {
    var result: [ArraySlice<UInt8>] = [], start = 0, i = 0
    while i + 1 < octets.count {
        if octets[i] == 0x0D && octets[i + 1] == 0x0A { result.append(octets[start..<i]); i += 2; start = i } else { i += 1 }
    }
    if start < octets.count { result.append(octets[start...]) }
    return result
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzICS(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let parts = text.split(separator: "\u{0}", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
    let title = parts[0], notes = parts.count > 1 ? parts[1] : nil, topic = parts.count > 2 ? parts[2] : nil
    let book = Book(organisations: [Organisation(id: "o1", name: "协会")],
                    people: [Person(id: "p1", name: "徐晓敏", org: "o1", politics: .member)])
    let item = AgendaItem(id: "i1", kind: .symposium, title: title, start: ClockTime(minutes: 600)!, minutes: 30, room: notes,
                          notes: notes, roles: [Role(person: "p1", part: .speaker, topic: topic, minutes: 10)])
    let event = Event(id: "e1", title: title, date: CivilDate("2023-06-16")!, start: ClockTime(minutes: 540)!,
                      end: ClockTime(minutes: 720)!, tz: "Asia/Shanghai", orgs: [], participants: [], items: [item])
    let ics: String
    do { ics = try AgendaICS(book: book, event: event, stamp: Date(timeIntervalSince1970: 1_686_900_000)).render() } catch {
        fatalError("render failed: \(error)")
    }
    // Everything on bytes: String matching is by grapheme, and a title may start with a combining mark.
    let octets = Array(ics.utf8)
    guard octets.count >= 2, octets[octets.count - 2] == 0x0D, octets.last == 0x0A else { fatalError("no CRLF at the end") }
    for line in lines(octets) {
        if line.count > 75 { fatalError("a line of \(line.count) octets") }
        if line.contains(0x0A) || line.contains(0x0D) { fatalError("a bare line break inside a line") }
    }
    let logical = lines(Array(ICSText.unfold(ics).utf8))
    let prefix = Array("SUMMARY:".utf8)
    guard let summary = logical.first(where: { $0.starts(with: prefix) }) else { fatalError("no SUMMARY") }
    let back = unescape(String(decoding: summary.dropFirst(prefix.count), as: UTF8.self))
    if !back.unicodeScalars.elementsEqual(kept(title).unicodeScalars) {
        fatalError("SUMMARY round trip: \(Array(kept(title).unicodeScalars)) became \(Array(back.unicodeScalars))")
    }
    return 0
}
