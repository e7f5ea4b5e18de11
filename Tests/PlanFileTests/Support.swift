import Foundation

@testable import PlanFile

/// The JSON `data` with the value at `path` (keys and indexes) replaced; `nil` removes a key; `NSNull()` writes null.
func editingJSON(_ data: Data, at path: [Any], to value: Any?) throws -> Data {
    func setting(_ node: Any, _ path: ArraySlice<Any>) -> Any {
        guard let first = path.first else { return value ?? NSNull() }
        let rest = path.dropFirst()
        if let key = first as? String {
            var dict = node as! [String: Any]
            if rest.isEmpty, value == nil {
                dict.removeValue(forKey: key)
            } else {
                dict[key] = setting(dict[key] ?? NSNull(), rest)
            }
            return dict
        }
        var list = node as! [Any]
        let i = first as! Int
        list[i] = setting(list[i], rest)
        return list
    }
    let root = try JSONSerialization.jsonObject(with: data)
    return try JSONSerialization.data(withJSONObject: setting(root, path[...]), options: [.prettyPrinted, .sortedKeys])
}

/// What reading `json` gives, as the book written back or the error's text: the fast reader and JSONDecoder
/// (`fast: false`) must give the same.
func reading(_ json: String, fast: Bool) -> String {
    do {
        let book = try PlanFormat.decode(Data(json.utf8), path: "plan.json", fastReader: fast)
        return String(decoding: try PlanFormat.encode(book), as: UTF8.self)
    } catch {
        return "error: \(error)"
    }
}
