import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A workbook part's XML read as a stream of element starts, ends and text, through Foundation's `XMLParser`
/// (libxml2 underneath; it ships with the toolchain, also in a static build). Element names come without their
/// namespace prefix (`x:row` is `row`), as some writers prefix every element.
final class XMLEvents: NSObject, XMLParserDelegate {
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    /// Where and why the XML is not well-formed.
    struct Failure: Error {
        var line: Int
        var reason: String
    }

    private let handle: (Event) -> Void
    private static let parseLock = NSLock()

    private init(_ handle: @escaping (Event) -> Void) {
        self.handle = handle
    }

    /// Parses `data`, calling `handle` for each event in order.
    ///
    /// The bytes must be UTF-8 (as every workbook writer writes its parts): FoundationXML traps on a name that is
    /// not (`<\u{E6}\u{9C}c`, found by fuzz/targets/xlsx.swift), so such a part is refused before it gets there.
    static func parse(_ data: Data, _ handle: @escaping (Event) -> Void) -> Failure? {
        if let line = firstNonUTF8Line(data) { return Failure(line: line, reason: "not UTF-8") }
        // One parse at a time: libxml2's set-up and FoundationXML's current-parser bookkeeping are process-wide,
        // and tests read workbooks on many threads at once.
        parseLock.lock()
        defer { parseLock.unlock() }
        let parser = XMLParser(data: data)
        let events = XMLEvents(handle)
        parser.delegate = events
        parser.shouldProcessNamespaces = true
        parser.shouldResolveExternalEntities = false
        if parser.parse() { return nil }
        let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "not well-formed"
        return Failure(line: parser.lineNumber, reason: reason)
    }

    /// The 1-based line of the first byte that is not UTF-8; nil when all of `data` is.
    static func firstNonUTF8Line(_ data: Data) -> Int? {
        data.withUnsafeBytes { raw -> Int? in
            let bytes = raw.bindMemory(to: UInt8.self)
            if String(validating: bytes, as: UTF8.self) != nil { return nil }
            var iterator = bytes.makeIterator()
            var decoder = UTF8()
            var line = 1
            while true {
                switch decoder.decode(&iterator) {
                case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
                case .emptyInput: return nil
                case .error: return line
                }
            }
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName qName: String?,
        attributes attributeDict: [String: String] = [:]
    ) {
        handle(.start(elementName, attributeDict))
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        handle(.end(elementName))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        handle(.text(string))
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        handle(.text(String(decoding: CDATABlock, as: UTF8.self)))
    }
}

extension [String: String] {
    /// An attribute by local name, whatever its prefix (`r:id` is found as `id`).
    func attribute(_ name: String) -> String? {
        if let value = self[name] { return value }
        return first { $0.key.hasSuffix(":" + name) }?.value
    }
}
