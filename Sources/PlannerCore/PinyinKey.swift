import Foundation
import Synchronization

/// A name's search and sort keys: its pinyin (for Chinese) and the initials of its syllables.
///
/// `徐晓敏` has syllables `xu xiao min`, full key `xuxiaomin` and initials `xxm`, so typing `xu`,
/// `xiaomin` or `xxm` finds it; Latin names use their own words.
public struct PinyinKey: Hashable, Sendable {
    public let name: String
    /// Lowercased syllables (Chinese) or words (Latin).
    public let syllables: [String]
    public let full: String
    public let initials: String
    /// The name lowercased, without white space (what a query is matched against first).
    let compactName: String

    public init(_ name: String) {
        // Latin names are cheap to split: only transliterated ones are cached, so a big roster's
        // Chinese names fit the cache instead of being evicted by their own Latin spellings.
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        if !isASCII, let cached = pinyinCache.withLock({ $0[name] }) {
            self = cached
            return
        }
        self.name = name
        compactName = PinyinQuery(name).text
        if isASCII {
            syllables = Self.words(of: name)
        } else if let read = Self.characterByCharacter(name) {
            syllables = read
        } else {
            syllables = Self.words(of: Self.transliterated(name))
        }
        full = syllables.joined()
        initials = String(syllables.compactMap(\.first))
        guard !isASCII else { return }
        let key = self
        pinyinCache.withLock { cache in
            if cache.count > 200_000 { cache.removeAll() }
            cache[name] = key
        }
    }

    /// True when `query` is part of the name, of its full pinyin, or of its initials (case and spaces ignored).
    public func matches(_ query: String) -> Bool { matches(PinyinQuery(query)) }

    /// `matches` for a query normalised once, for filtering a whole roster.
    public func matches(_ query: PinyinQuery) -> Bool {
        let q = query.text
        if q.isEmpty { return true }
        return compactName.containsText(q) || full.containsText(q) || initials.containsText(q)
    }

    /// True when the name's pinyin or its initials begin with `query` (`xu` and `xx` for 徐晓敏).
    public func matchesAtStart(_ query: String) -> Bool {
        let q = query.lowercased().filter { !$0.isWhitespace }
        return full.hasPrefix(q) || initials.hasPrefix(q)
    }

    /// True when `query` matches from the start of a syllable: a run of whole syllables' pinyin, or of their initials
    /// (`xu`, `xiaomin` and `xm` for 徐晓敏, but not `iao`).
    public func matchesAtSyllableStart(_ query: String) -> Bool {
        let q = query.lowercased().filter { !$0.isWhitespace }
        if q.isEmpty { return true }
        let letters = Array(initials)
        for k in syllables.indices {
            if syllables[k...].joined().hasPrefix(q) { return true }
            if String(letters[k...]).hasPrefix(q) { return true }
        }
        return false
    }

    /// ICU's Han-Latin, without tone marks: `张三` → `zhang san`. ICU takes ~11 µs a character.
    private static func transliterated(_ text: String) -> String {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false) ?? text
        return latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
    }

    /// Lowercased runs of letters and digits.
    private static func words(of text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// The syllables of a name written only in CJK ideographs, each character's reading looked up once per process
    /// (a roster of 10,000 names uses a few thousand characters: 300 ms of ICU became ~30 ms). Nil for any other
    /// name, or one with a character ICU cannot read: those go through ICU whole.
    ///
    /// A decision: names are read character by character, so ICU's few phrase rules (重庆 → chong qing) do not
    /// apply inside a name; on 50,000 random names from the 3,755 commonest characters both ways agree on all.
    private static func characterByCharacter(_ name: String) -> [String]? {
        var syllables: [String] = []
        for scalar in name.unicodeScalars {
            guard (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) else {
                return nil
            }
            let reading = Self.reading(of: scalar)
            guard !reading.isEmpty else { return nil }
            syllables.append(reading)
        }
        return syllables.isEmpty ? nil : syllables
    }

    /// The toneless reading of one CJK ideograph as ICU gives it for the character alone: one word of lower-case
    /// ASCII letters and digits, or "" when ICU has none. Looked up once per process (`NameSearch` uses it too).
    static func reading(of scalar: Unicode.Scalar) -> String {
        if let known = characterReadings.withLock({ $0[scalar] }) { return known }
        let words = Self.words(of: transliterated(String(scalar)))
        let reading = words.count == 1 && words[0].utf8.allSatisfy { $0 < 0x80 } ? words[0] : ""
        characterReadings.withLock { $0[scalar] = reading }
        return reading
    }

    /// How a Latin letter of U+00C0–U+024F (ü, é, ß, …) takes part in the keys of a name written in ASCII and such
    /// letters, worked out as `init` works out the whole name's: its lower case (for the name's own key), and its
    /// lower case after ICU (without diacritics: ü → u, for the words). Nil when what ICU makes of it is empty or
    /// mixes letters with other characters: such a name is read whole. Looked up once per process.
    static func latinLetter(_ scalar: Unicode.Scalar) -> LatinLetter? {
        if let known = latinLetters.withLock({ $0[scalar] }) { return known.isUsable ? known : nil }
        let lower = String(scalar).lowercased(), plain = transliterated(String(scalar)).lowercased()
        let word = plain.allSatisfy { $0.isLetter || $0.isNumber }
        let apart = plain.allSatisfy { !$0.isLetter && !$0.isNumber }
        let usable = !plain.isEmpty && (word || apart) && !lower.contains { $0.isWhitespace }
        let letter = LatinLetter(
            lower: Array(lower.utf8), plain: Array(plain.utf8), initial: Array(plain.prefix(1).utf8), isWord: word,
            isUsable: usable)
        latinLetters.withLock { $0[scalar] = letter }
        return usable ? letter : nil
    }

    /// What `latinLetter` found.
    struct LatinLetter: Sendable {
        let lower: [UInt8], plain: [UInt8], initial: [UInt8]
        /// Part of a word (letters and digits), else a break between words.
        let isWord: Bool
        let isUsable: Bool
    }

    /// Works out and caches the keys of `names` (call it off the main thread; the cache is shared and locked).
    public static func warmUp(_ names: [String]) {
        for name in names { _ = PinyinKey(name) }
    }

    /// True when the key of `name` is in the cache (Latin names are never cached: they need no ICU).
    public static func isCached(_ name: String) -> Bool { pinyinCache.withLock { $0[name] != nil } }

    /// Forgets every cached key, so a benchmark can measure the cold cost again.
    public static func removeCachedKeys() {
        pinyinCache.withLock { $0.removeAll() }
        characterReadings.withLock { $0.removeAll() }
        latinLetters.withLock { $0.removeAll() }
    }

    /// Sorts Chinese names by pinyin among Latin names (the order a Chinese reader expects).
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool { order(a) < order(b) }

    /// A name's place in that order, to work out once per name when sorting many (not once per comparison).
    public static func order(_ name: String) -> NameOrder {
        NameOrder(syllables: PinyinKey(name).syllables, name: name)
    }

    /// Where a name sorts: by its syllables, then by the name itself.
    public struct NameOrder: Comparable, Sendable {
        let syllables: [String]
        let name: String

        public static func < (a: NameOrder, b: NameOrder) -> Bool {
            a.syllables != b.syllables ? a.syllables.lexicographicallyPrecedes(b.syllables) : a.name < b.name
        }
    }
}

extension Person {
    /// True when `query` matches the name or the Latin name (by characters, pinyin or initials).
    public func matches(_ query: PinyinQuery) -> Bool {
        PinyinKey(name).matches(query) || (latin.map { PinyinKey($0).matches(query) } ?? false)
    }
}

/// What the user typed to search names, lowercased and without white space.
public struct PinyinQuery: Sendable {
    public let text: String
    public init(_ typed: String) { text = typed.lowercased().filter { !$0.isWhitespace } }
}

/// Each CJK character's toneless reading ("" when ICU has none), as ICU gives it for the character alone.
private let characterReadings = Mutex<[Unicode.Scalar: String]>([:])

/// What `PinyinKey.latinLetter` found for each letter asked about.
private let latinLetters = Mutex<[Unicode.Scalar: PinyinKey.LatinLetter]>([:])

private let pinyinCache = Mutex<[String: PinyinKey]>([:])
