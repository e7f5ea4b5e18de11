/// Finds the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF), without copying the bytes into a String.
enum UTF8Validation {
    /// The offset of the first byte of the first ill-formed sequence, or nil when all of `bytes` is UTF-8.
    static func firstInvalid(in bytes: UnsafeRawBufferPointer) -> Int? {
        let count = bytes.count
        var i = 0
        while i < count {
            // ASCII runs eight bytes at a time.
            while i + 8 <= count, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < count else { return nil }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            let length: Int, low: UInt8, high: UInt8  // the allowed range of the second byte
            switch lead {
            case 0xC2...0xDF:
                length = 2
                low = 0x80
                high = 0xBF
            case 0xE0:
                length = 3
                low = 0xA0
                high = 0xBF
            case 0xE1...0xEC, 0xEE...0xEF:
                length = 3
                low = 0x80
                high = 0xBF
            case 0xED:
                length = 3
                low = 0x80
                high = 0x9F
            case 0xF0:
                length = 4
                low = 0x90
                high = 0xBF
            case 0xF1...0xF3:
                length = 4
                low = 0x80
                high = 0xBF
            case 0xF4:
                length = 4
                low = 0x80
                high = 0x8F
            default: return i
            }
            guard i + length <= count, (low...high).contains(bytes[i + 1]) else { return i }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
            i += length
        }
        return nil
    }
}
