import Foundation

@testable import PlanFile

/// The JSON `data` with the value at `path` (keys and indexes) replaced; `nil` removes a key; `NSNull()` writes null.
func editingJSON(_ data: Data, at path: [Any], to value: Any?) throws -> Data {
    /// The path does not lead through objects and lists as it says.
    struct NoSuchPath: Error { let path: [Any] }
    func setting(_ node: Any, _ path: ArraySlice<Any>) throws -> Any {
        guard let first = path.first else { return value ?? NSNull() }
        let rest = path.dropFirst()
        if let key = first as? String {
            guard var dict = node as? [String: Any] else { throw NoSuchPath(path: Array(path)) }
            if rest.isEmpty, value == nil {
                dict.removeValue(forKey: key)
            } else {
                dict[key] = try setting(dict[key] ?? NSNull(), rest)
            }
            return dict
        }
        guard var list = node as? [Any], let i = first as? Int, list.indices.contains(i) else {
            throw NoSuchPath(path: Array(path))
        }
        list[i] = try setting(list[i], rest)
        return list
    }
    let root = try JSONSerialization.jsonObject(with: data)
    return try JSONSerialization.data(
        withJSONObject: try setting(root, path[...]), options: [.prettyPrinted, .sortedKeys])
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
