import Foundation
import Phrasebook

extension PlanFormat {
    /// The first number in a syntactically valid file that no field of a plan can hold — a fraction (`20.5`), an
    /// exponent (`1e2`) or one beyond a 64-bit whole number — with its place (`events[0].items[0].minutes`).
    /// JSONDecoder on Linux reports these as "not valid JSON" at the top level, which names no place.
    static func numberProblem(in data: Data) -> (location: Phrase, detail: Phrase)? {
        guard let root = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        return numberProblem(in: root, at: "")
    }

    private static func numberProblem(in value: Any, at place: String) -> (location: Phrase, detail: Phrase)? {
        switch value {
        case let object as [String: Any]:
            // Sorted, so the same file always names the same place.
            for key in object.keys.sorted() {
                if let child = object[key],
                    let found = numberProblem(in: child, at: place.isEmpty ? key : place + "." + key)
                {
                    return found
                }
            }
        case let array as [Any]:
            for (i, element) in array.enumerated() {
                if let found = numberProblem(in: element, at: place + "[\(i)]") { return found }
            }
        case let number as NSNumber:
            // Booleans come as NSNumber too: 0 or 1, never caught below.
            let double = number.doubleValue
            if double.rounded() != double {
                return (
                    place.isEmpty ? tr("the top level") : .verbatim(place),
                    tr("\(number) is not a whole number; write it without a fraction")
                )
            }
            if abs(double) >= 9.2e18 || number.stringValue.count > 19 {
                return (
                    place.isEmpty ? tr("the top level") : .verbatim(place),
                    tr("\(number.stringValue) is far too large a number for this field")
                )
            }
        default: break
        }
        return nil
    }
}
