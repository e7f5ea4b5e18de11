import Phrasebook

/// A phrase as the journal keeps it (a multi-edit step's label): its key and its arguments, nested phrases too, so
/// a replayed step is said in the reader's language. `{"key": "edit item {}", "args": [{"text": "座谈会"}]}`.
struct PhraseCoding: Codable {
    let phrase: Phrase

    init(_ phrase: Phrase) { self.phrase = phrase }

    private enum Keys: String, CodingKey { case key, args }
    private enum ArgumentKeys: String, CodingKey { case text, phrase, count, series, clauses }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(phrase.key, forKey: .key)
        var list = c.nestedUnkeyedContainer(forKey: .args)
        for argument in phrase.arguments {
            var a = list.nestedContainer(keyedBy: ArgumentKeys.self)
            switch argument {
            case .text(let text): try a.encode(text, forKey: .text)
            case .phrase(let inner): try a.encode(PhraseCoding(inner), forKey: .phrase)
            case .count(let n): try a.encode(n, forKey: .count)
            case .series(let items): try a.encode(items.map(PhraseCoding.init), forKey: .series)
            case .clauses(let items): try a.encode(items.map(PhraseCoding.init), forKey: .clauses)
            }
        }
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        var list = try c.nestedUnkeyedContainer(forKey: .args)
        var arguments: [Phrase.Argument] = []
        while !list.isAtEnd {
            let a = try list.nestedContainer(keyedBy: ArgumentKeys.self)
            if let text = try a.decodeIfPresent(String.self, forKey: .text) {
                arguments.append(.text(text))
            } else if let inner = try a.decodeIfPresent(PhraseCoding.self, forKey: .phrase) {
                arguments.append(.phrase(inner.phrase))
            } else if let n = try a.decodeIfPresent(Int.self, forKey: .count) {
                arguments.append(.count(n))
            } else if let items = try a.decodeIfPresent([PhraseCoding].self, forKey: .series) {
                arguments.append(.series(items.map(\.phrase)))
            } else {
                arguments.append(.clauses(try a.decode([PhraseCoding].self, forKey: .clauses).map(\.phrase)))
            }
        }
        phrase = Phrase(key: try c.decode(String.self, forKey: .key), arguments: arguments)
    }
}
