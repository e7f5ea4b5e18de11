import Foundation

/// The fast reader's bytes-to-values layer: JSON's punctuation, strings, whole numbers, `null` and the space between,
/// read straight from the UTF-8 bytes of a plan file. It knows nothing of plans; `PlanFastReader` maps what it reads
/// onto records.
///
/// It reads only the JSON Convene could have written. On anything else — a fraction or exponent, a lone surrogate
/// escape, a control character in text, a syntax error, the end of the bytes — it throws `GiveUp`, and the file goes
/// to `JSONDecoder`.
struct PlanScanner {
    /// The bytes are not something this scanner reads: `JSONDecoder` reads them instead.
    struct GiveUp: Error {}

    let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    var at: Int

    init(_ bytes: UnsafeRawBufferPointer, at: Int = 0) {
        self.bytes = bytes
        self.at = at
    }

    var isAtEnd: Bool { at == bytes.count }

    // MARK: Objects and lists

    /// Steps over `open` and the space after it; false, with `close` stepped over too, when the object or list is
    /// empty.
    @inline(__always)
    mutating func enter(_ open: UInt8, close: UInt8) throws -> Bool {
        try expect(open)
        skipSpace()
        if try peek() == close {
            at += 1
            return false
        }
        return true
    }

    /// After a member of an object or list: true past the comma before the next one, false past `close`.
    @inline(__always)
    mutating func another(close: UInt8) throws -> Bool {
        skipSpace()
        let next = try take()
        if next == close { return false }
        guard next == UInt8(ascii: ",") else { throw GiveUp() }
        return true
    }

    /// A field's name and the colon after it, with the space around them; `at` is left on the value.
    @inline(__always)
    mutating func fieldName() throws -> Key {
        skipSpace()
        let key = try self.key()
        skipSpace()
        try expect(UInt8(ascii: ":"))
        skipSpace()
        return key
    }

    /// A field name, compared as bytes with the names the format knows (no String made for it).
    /// A name with an escape in it is not one Convene writes: JSONDecoder reads that file.
    private mutating func key() throws -> Key {
        try expect(UInt8(ascii: "\""))
        let first = at
        while at < bytes.count, bytes[at] != UInt8(ascii: "\"") {
            guard bytes[at] != UInt8(ascii: "\\"), bytes[at] >= 0x20 else { throw GiveUp() }
            at += 1
        }
        guard at < bytes.count else { throw GiveUp() }
        at += 1
        return Key(bytes: UnsafeRawBufferPointer(rebasing: bytes[first..<(at - 1)]))
    }

    // MARK: Values

    /// Steps over `null` and gives true; false, without moving, when the value is something else.
    @inline(__always)
    mutating func null() throws -> Bool {
        guard try peek() == UInt8(ascii: "n") else { return false }
        guard bytes.count - at >= 4, bytes[at + 1] == UInt8(ascii: "u"), bytes[at + 2] == UInt8(ascii: "l"),
            bytes[at + 3] == UInt8(ascii: "l")
        else { throw GiveUp() }
        at += 4
        return true
    }

    /// The bytes of a string without escapes, `at` after its closing quote; nil, with `at` on the first backslash,
    /// when it has one.
    mutating func plainString() throws -> UnsafeRawBufferPointer? {
        try expect(UInt8(ascii: "\""))
        let first = at
        while at < bytes.count {
            let byte = bytes[at]
            if byte == UInt8(ascii: "\"") {
                at += 1
                return UnsafeRawBufferPointer(rebasing: bytes[first..<(at - 1)])
            }
            if byte == UInt8(ascii: "\\") { return nil }
            guard byte >= 0x20 else { throw GiveUp() }
            at += 1
        }
        throw GiveUp()
    }

    /// A string without escapes, as a String; nil for anything else (`at` is then somewhere inside it).
    @inline(__always)
    mutating func plainText() -> String? {
        guard let raw = try? plainString() else { return nil }
        return String(decoding: raw, as: UTF8.self)
    }

    /// A JSON string. The whole file was checked to be UTF-8 first, so the bytes between escapes are taken as they are.
    mutating func string() throws -> String {
        let first = at + 1
        if let raw = try plainString() { return String(decoding: raw, as: UTF8.self) }
        return try escapedString(from: first)
    }

    /// The rest of a string that has escapes, from its first byte at `first`; `at` is on the first backslash.
    private mutating func escapedString(from first: Int) throws -> String {
        var utf8 = Array(UnsafeRawBufferPointer(rebasing: bytes[first..<at]))
        while at < bytes.count {
            let byte = bytes[at]
            at += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let escape = try take()
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    var scalar = try hex4()
                    if (0xD800...0xDBFF).contains(scalar) {
                        guard try take() == UInt8(ascii: "\\"), try take() == UInt8(ascii: "u") else { throw GiveUp() }
                        let low = try hex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw GiveUp() }
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let unicode = Unicode.Scalar(scalar), let encoded = UTF8.encode(unicode) else {
                        throw GiveUp()
                    }
                    utf8.append(contentsOf: encoded)
                default: throw GiveUp()
                }
            default:
                guard byte >= 0x20 else { throw GiveUp() }
                utf8.append(byte)
            }
        }
        throw GiveUp()
    }

    private mutating func hex4() throws -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = try take()
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw GiveUp()
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// A whole number written as digits with an optional minus: no fraction, exponent or leading zero.
    mutating func int() throws -> Int {
        let negative = try peek() == UInt8(ascii: "-")
        if negative { at += 1 }
        let first = at
        var value = 0
        while at < bytes.count, bytes[at] >= UInt8(ascii: "0"), bytes[at] <= UInt8(ascii: "9") {
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(bytes[at] - UInt8(ascii: "0")))
            guard !o1, !o2 else { throw GiveUp() }
            value = sum
            at += 1
        }
        let digits = at - first
        guard digits > 0, !(digits > 1 && bytes[first] == UInt8(ascii: "0")), !(negative && value == 0) else {
            throw GiveUp()
        }
        if at < bytes.count, bytes[at] == UInt8(ascii: ".") || bytes[at] | 0x20 == UInt8(ascii: "e") { throw GiveUp() }
        return negative ? -value : value
    }

    // MARK: Bytes

    /// Skips whitespace; the pretty layout's indentation eight spaces at a time.
    @inline(__always)
    mutating func skipSpace() {
        while at < bytes.count {
            switch bytes[at] {
            case 0x20, 0x0A, 0x0D, 0x09:
                at += 1
                while at + 8 <= bytes.count,
                    bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self) == 0x2020_2020_2020_2020
                { at += 8 }
            default: return
            }
        }
    }

    /// Steps over the comma (and the space around it) between two fields; false when there is none.
    @inline(__always)
    mutating func comma() -> Bool {
        skipSpace()
        guard literal(",") else { return false }
        skipSpace()
        return true
    }

    /// Steps over `text` if the bytes at `at` are exactly it.
    @inline(__always)
    mutating func literal(_ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard bytes.count - at >= count, let start = bytes.baseAddress, memcmp(start + at, text.utf8Start, count) == 0
        else { return false }
        at += count
        return true
    }

    @inline(__always)
    func peek() throws -> UInt8 {
        guard at < bytes.count else { throw GiveUp() }
        return bytes[at]
    }

    @inline(__always)
    mutating func take() throws -> UInt8 {
        let byte = try peek()
        at += 1
        return byte
    }

    @inline(__always)
    mutating func expect(_ byte: UInt8) throws {
        guard try take() == byte else { throw GiveUp() }
    }
}
