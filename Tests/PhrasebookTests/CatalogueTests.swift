import Foundation
import Testing

@testable import Phrasebook

/// Every phrase in the sources has its Chinese text (and English plural forms), and every catalogue entry is used.
@Suite("The language catalogue")
struct CatalogueTests {
    @Test("every tr(\"…\") in the sources has a Chinese text, and a count has English plural forms")
    func everyPhraseHasBothLanguages() throws {
        let (phrases, unreadable) = try SourcePhrases.scan()
        #expect(unreadable.isEmpty, "tr(…) calls that are not one plain literal: \(unreadable)")
        #expect(phrases.count > 0)
        var missing: [String] = []
        var plurals: [String] = []
        for phrase in phrases {
            if Catalogue.chinese[phrase.key] == nil { missing.append("\(phrase.place)  \(phrase.key)") }
            if phrase.hasCount, !(Catalogue.english[phrase.key]?.contains("|") ?? false) {
                plurals.append("\(phrase.place)  \(phrase.key)")
            }
        }
        #expect(
            missing.isEmpty,
            "no Chinese text for \(missing.count) phrases:\n\(missing.sorted().joined(separator: "\n"))")
        #expect(plurals.isEmpty, "no English plural forms (one|other) for:\n\(plurals.joined(separator: "\n"))")
    }

    @Test("every catalogue entry is a phrase some source uses")
    func noDeadEntries() throws {
        let keys = Set(try SourcePhrases.scan().phrases.map(\.key))
        let dead = Set(Catalogue.chinese.keys).union(Catalogue.english.keys).subtracting(keys)
        #expect(dead.isEmpty, "entries no source uses:\n\(dead.sorted().joined(separator: "\n"))")
    }

    @Test("a key is written once, in one section, so each text has one home")
    func oneHomePerKey() {
        var seen: [String: String] = [:]
        var twice: [String] = []
        for section in Catalogue.chineseSections + Catalogue.englishSections.map({ ("English " + $0.name, $0.entries) })
        {
            for (key, _) in section.entries {
                if let first = seen[section.name.hasPrefix("English") ? "en " + key : key] {
                    twice.append("\(key)  (\(first), \(section.name))")
                }
                seen[section.name.hasPrefix("English") ? "en " + key : key] = section.name
            }
        }
        #expect(twice.isEmpty, "keys in two sections:\n\(twice.joined(separator: "\n"))")
    }

    @Test("each text uses the places its key has: all of them, but a count may be left out of its forms")
    func placesMatch() throws {
        let counted = Set(try SourcePhrases.scan().phrases.filter(\.hasCount).map(\.key))
        var wrong: [String] = []
        for (key, value) in Catalogue.chinese.merging(Catalogue.english, uniquingKeysWith: { a, _ in a }) {
            let n = placeCount(key)
            let wanted = n == 0 ? Set<Int>() : Set(1...n)
            for form in value.split(separator: "|", omittingEmptySubsequences: false) {
                let used = numberedPlaces(String(form))
                let left = wanted.subtracting(used)
                if !used.isSubset(of: wanted) || left.count > (counted.contains(key) ? 1 : 0) {
                    wrong.append("\(key) → \(form): uses \(used.sorted()), the key has \(n)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test("Chinese texts use Chinese punctuation and are Chinese")
    func chinesePunctuation() {
        var wrong: [String] = []
        for (key, value) in Catalogue.chinese {
            let scalars = Array(value.unicodeScalars)
            if !scalars.contains(where: isHan) && !value.allSatisfy({ !$0.isLetter }) {
                wrong.append("not Chinese: \(key) → \(value)")
            }
            for (i, s) in scalars.enumerated() where [":", ",", "(", ")", ";", "?", "!"].contains(s) {
                let before = i > 0 ? scalars[i - 1] : " "
                let after = i + 1 < scalars.count ? scalars[i + 1] : " "
                if isHan(before) || (isHan(after) && s != ")") {
                    wrong.append("ASCII '\(s)' beside Chinese: \(key) → \(value)")
                }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.sorted().joined(separator: "\n"))")
    }

    @Test("English plurals: 1 person, 2 people; Chinese measure words: 3 人")
    func plurals() {
        #expect(tr("\(count: 1) people").text(.en) == "1 person")
        #expect(tr("\(count: 2) people").text(.en) == "2 people")
        #expect(tr("\(count: 3) people").text(.zh) == "3 人")
    }

    @Test("arguments fill numbered places; nested phrases follow the language; braces stay braces")
    func filling() {
        #expect(Phrase.fill("{2} and {1}", with: ["a", "b"]) == "b and a")
        #expect(Phrase.fill("{} and {}", with: ["a", "b"]) == "a and b")
        #expect(Phrase.fill("{{x}} {1}", with: ["a"]) == "{x} a")
        #expect(Phrase.fill("{9} {", with: ["a"]) == "{9} {")
        #expect(tr("{json}").text(.en) == "{json}")
        let inner = tr("\(count: 2) people")
        #expect(Phrase.verbatim("王芳").text(.zh) == "王芳")
        #expect(Phrase(key: "{}", arguments: [.phrase(inner)]).text(.zh) == "2 人")
    }

    @Test("the language: --lang, then config, then LC_ALL, LC_MESSAGES, LANG (zh* is Chinese), then English")
    func choosing() {
        #expect(Language.choose(option: nil, config: nil, environment: ["LANG": "zh_CN.UTF-8"]) == .zh)
        #expect(Language.choose(option: nil, config: nil, environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C"]) == .en)
        #expect(
            Language.choose(option: nil, config: nil, environment: ["LC_MESSAGES": "zh_TW", "LANG": "en_US"]) == .zh)
        #expect(Language.choose(option: nil, config: .zh, environment: ["LANG": "en_US.UTF-8"]) == .zh)
        #expect(Language.choose(option: .en, config: .zh, environment: ["LANG": "zh_CN.UTF-8"]) == .en)
        #expect(Language.choose(option: nil, config: nil, environment: [:]) == .en)
        #expect(Language(spelling: "zh-CN") == .zh)
        #expect(Language(spelling: "中文") == .zh)
        #expect(Language(spelling: "fr") == nil)
    }

    private func placeCount(_ key: String) -> Int {
        var n = 0
        var rest = Substring(key)
        while let r = rest.range(of: "{}") {
            let before = rest[..<r.lowerBound]
            if !before.hasSuffix("{") { n += 1 }
            rest = rest[r.upperBound...]
        }
        return n
    }

    private func numberedPlaces(_ text: String) -> Set<Int> {
        var found: Set<Int> = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let n = Int(after[..<close]) { found.insert(n) }
            rest = after
        }
        return found
    }

    private func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value)
            || (0x3000...0x303F).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
    }
}
