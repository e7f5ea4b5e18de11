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

    public init(_ name: String) {
        // Latin names are cheap to split: only transliterated ones are cached, so a big roster's
        // Chinese names fit the cache instead of being evicted by their own Latin spellings.
        let isASCII = name.utf8.allSatisfy { $0 < 0x80 }
        if !isASCII, let cached = pinyinCache.withLock({ $0[name] }) { self = cached; return }
        self.name = name
        let latin: String
        if isASCII {
            latin = name
        } else {
            let transliterated = name.applyingTransform(.mandarinToLatin, reverse: false) ?? name
            latin = transliterated.applyingTransform(.stripDiacritics, reverse: false) ?? transliterated
        }
        syllables = latin.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
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
    public func matches(_ query: String) -> Bool {
        let q = query.lowercased().filter { !$0.isWhitespace }
        if q.isEmpty { return true }
        if name.lowercased().filter({ !$0.isWhitespace }).containsText(q) { return true }
        if full.containsText(q) { return true }
        return initials.containsText(q)
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

    /// Forgets every cached key, so a benchmark can measure the cold cost again.
    public static func removeCachedKeys() { pinyinCache.withLock { $0.removeAll() } }

    /// Sorts Chinese names by pinyin among Latin names (the order a Chinese reader expects).
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let ka = PinyinKey(a), kb = PinyinKey(b)
        if ka.syllables != kb.syllables { return ka.syllables.lexicographicallyPrecedes(kb.syllables) }
        return a < b
    }
}

private let pinyinCache = Mutex<[String: PinyinKey]>([:])
