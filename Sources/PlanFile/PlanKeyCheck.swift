import Foundation
import Phrasebook

/// Fields the reader would drop: a key that appears twice in one object (JSONDecoder keeps the last silently) and
/// a field no record has (JSONDecoder skips it, and the next save would lose it). Both are load errors naming the
/// place, so nothing in a hand-edited file is lost without the user's say. Only files the fast reader did not take
/// come here: it reads Convene's own layout and hands anything else, these among it, to JSONDecoder.
enum PlanKeyCheck {
    /// Throws for the first repeated key, then for the first unknown field (by comparing the file with what the
    /// decoded records write back).
    static func check(_ data: Data, decoded document: PlanRecord.Document, path: String) throws {
        if let place = firstRepeatedKey(in: data) {
            throw PlanFileError.invalid(
                path: path, location: .verbatim(place.location),
                detail: tr(
                    "the field \"\(place.key)\" is given twice; keep one (a reader would silently take the last)"))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let original = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let written = try? JSONSerialization.jsonObject(with: try encoder.encode(document))
        else { return }
        if let unknown = firstUnknown(original, known: written, at: "") {
            throw PlanFileError.invalid(
                path: path, location: .verbatim(unknown),
                detail: tr(
                    "is not a field Convene knows; remove it or rename it to the field it should be (it would be lost at the next save)"
                ))
        }
    }

    /// The first key in `original` (non-null) that the records do not write back, as a path.
    private static func firstUnknown(_ original: Any, known: Any, at place: String) -> String? {
        switch (original, known) {
        case let (object as [String: Any], knownObject as [String: Any]):
            for key in object.keys.sorted() {
                let child = place.isEmpty ? key : place + "." + key
                guard let value = object[key], !(value is NSNull) else { continue }
                guard let knownValue = knownObject[key] else { return child }
                if let found = firstUnknown(value, known: knownValue, at: child) { return found }
            }
        case let (array as [Any], knownArray as [Any]):
            for (i, element) in array.enumerated() where i < knownArray.count {
                if let found = firstUnknown(element, known: knownArray[i], at: place + "[\(i)]") { return found }
            }
        default: break
        }
        return nil
    }

    /// The first key given twice in one object, with the object's path (`events[0].items[1]`).
    static func firstRepeatedKey(in data: Data) -> (location: String, key: String)? {
        data.withUnsafeBytes { raw -> (String, String)? in
            let bytes = raw.bindMemory(to: UInt8.self)
            enum Frame {
                case object(place: String, keys: Set<[UInt8]>, expectingKey: Bool, lastKey: String)
                case array(place: String, index: Int)
            }
            var stack: [Frame] = []
            var i = 0
            func place(ofChildIn frame: Frame?) -> String {
                switch frame {
                case .object(let place, _, _, let key)?: return place.isEmpty ? key : place + "." + key
                case .array(let place, let index)?: return place + "[\(index)]"
                case nil: return ""
                }
            }
            while i < bytes.count {
                let b = bytes[i]
                switch b {
                case UInt8(ascii: "\""):
                    var j = i + 1
                    while j < bytes.count, bytes[j] != UInt8(ascii: "\"") {
                        j += bytes[j] == UInt8(ascii: "\\") ? 2 : 1
                    }
                    let text = Array(bytes[min(i + 1, bytes.count)..<min(j, bytes.count)])
                    if case .object(let place, var keys, true, _)? = stack.last {
                        let key = String(decoding: text, as: UTF8.self)
                        guard keys.insert(text).inserted else { return (place.isEmpty ? "the top level" : place, key) }
                        stack[stack.count - 1] = .object(place: place, keys: keys, expectingKey: false, lastKey: key)
                    }
                    i = j + 1
                    continue
                case UInt8(ascii: "{"):
                    stack.append(
                        .object(place: place(ofChildIn: stack.last), keys: [], expectingKey: true, lastKey: ""))
                case UInt8(ascii: "["):
                    stack.append(.array(place: place(ofChildIn: stack.last), index: 0))
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    _ = stack.popLast()
                case UInt8(ascii: ","):
                    switch stack.last {
                    case .object(let place, let keys, _, let key)?:
                        stack[stack.count - 1] = .object(place: place, keys: keys, expectingKey: true, lastKey: key)
                    case .array(let place, let index)?:
                        stack[stack.count - 1] = .array(place: place, index: index + 1)
                    case nil: break
                    }
                default: break
                }
                i += 1
            }
            return nil
        }
    }
}
