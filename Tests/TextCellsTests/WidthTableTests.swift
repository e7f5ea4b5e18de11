import ConveneTestSupport
import Foundation
import Testing

@testable import TextCells

/// Prints, after wcwidth's Unicode version, one line per run of code points on which Python's `wcwidth` gives the
/// same two answers: `first last narrow wide` (hex code points; its width with ambiguous characters as 1 and as 2).
private let wcwidthRuns = #"""
    import wcwidth
    measure = getattr(wcwidth.wcwidth, "__wrapped__", wcwidth.wcwidth)  # past its cache, for speed
    print(wcwidth.list_versions()[-1])
    run = None
    for cp in range(0x110001):
        cur = None if cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF else (measure(chr(cp)), measure(chr(cp), "auto", 2))
        if run and run[2] == cur and run[1] + 1 == cp:
            run[1] = cp
            continue
        if run and run[2] is not None:
            print("%X %X %d %d" % (run[0], run[1], run[2][0], run[2][1]))
        run = [cp, cp, cur]
    """#

/// Whether `python3 -c "import wcwidth"` works here. CI installs wcwidth (.ci/run) and sets CI, so there the test
/// runs, and fails, without it; elsewhere it is reported as skipped.
private let wcwidthAvailable: Bool = {
    if ProcessInfo.processInfo.environment["CI"] != nil { return true }
    let result = try? Spawn.run(["/usr/bin/env", "python3", "-c", "import wcwidth"])
    return result?.status == 0
}()

/// Why Convene's table and wcwidth may give a code point different widths. Each one is a rule of Convene's or a
/// change in Unicode since the table's version; anything else fails the comparison.
private enum Difference: String, CaseIterable {
    case control = "a control: Convene counts what `sanitized` puts in its place (a space or U+FFFD), wcwidth -1 or 0"
    case newerUnicode = "not assigned in the table's Unicode version, so one cell (the CJK defaults aside)"
    case spacingMark =
        "a spacing combining mark (Mc): wcwidth 0, Convene its East Asian Width; in text it sits in its base's grapheme"
    case eastAsianWidthChanged =
        "East_Asian_Width N became W in Unicode 16.0: trigrams, monograms, digrams, hexagrams, tetragrams, counting rods"
    case prependedMark = "a prepended concatenation mark (Cf, Arabic number signs): Convene 0 like every Cf, wcwidth 1"
    case separator = "LINE and PARAGRAPH SEPARATOR: wcwidth 0, Convene 1 (no mark or format character)"
    case hangulFiller = "a Hangul filler (default-ignorable letter): wcwidth 0, Convene its East Asian Width (W, H)"

    /// Code points named one by one, each of which must still differ (no stale exception).
    var listed: [ClosedRange<UInt32>] {
        switch self {
        case .eastAsianWidthChanged:
            [0x2630...0x2637, 0x268A...0x268F, 0x4DC0...0x4DFF, 0x1D300...0x1D356, 0x1D360...0x1D376]
        case .prependedMark:
            [0x0600...0x0605, 0x06DD...0x06DD, 0x070F...0x070F, 0x0890...0x0891, 0x08E2...0x08E2]
                + [0x110BD...0x110BD, 0x110CD...0x110CD]
        case .separator: [0x2028...0x2029]
        case .hangulFiller: [0x3164...0x3164, 0xFFA0...0xFFA0]
        case .control, .newerUnicode, .spacingMark: []
        }
    }

    static func of(_ scalar: Unicode.Scalar, tableVersion: (Int, Int)) -> Difference? {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) {
            return .control
        }
        // Swift's own Unicode data says when a scalar was assigned: independent of the files the table came from.
        guard let age = scalar.properties.age, (age.major, age.minor) <= tableVersion else { return .newerUnicode }
        if scalar.properties.generalCategory == .spacingMark { return .spacingMark }
        return allCases.first { $0.listed.contains { $0.contains(v) } }
    }
}

@Suite("The width table against independent sources")
struct WidthTableTests {
    @Test(
        "every code point measures as Python's wcwidth does, but for the differences explained",
        .enabled(if: wcwidthAvailable, "needs python3 with wcwidth (pip install wcwidth)"), .timeLimit(.minutes(10)))
    func everyCodePointAgreesWithWcwidth() throws {
        let result = try Spawn.run(["/usr/bin/env", "python3", "-c", wcwidthRuns])
        try #require(result.status == 0, "python3 with wcwidth (pip install wcwidth) failed:\n\(result.stderr)")
        var lines = result.stdout.split(separator: "\n")
        let theirVersion = lines.isEmpty ? "" : String(lines.removeFirst())
        let parts = TextCells.unicodeVersion.split(separator: ".").compactMap { Int($0) }
        let tableVersion = (parts.first ?? 0, parts.dropFirst().first ?? 0)

        var counts: [Difference: Int] = [:]
        var unexplained: [String] = []
        var checked = 0
        for line in lines {
            let fields = line.split(separator: " ")
            guard fields.count == 4, let first = UInt32(fields[0], radix: 16), let last = UInt32(fields[1], radix: 16),
                let narrow = Int(fields[2]), let wide = Int(fields[3])
            else {
                Issue.record("cannot read wcwidth's line '\(line)'")
                continue
            }
            for v in first...last {
                guard let scalar = Unicode.Scalar(v) else { continue }
                checked += 1
                let ours = (
                    TextCells.width(of: scalar, ambiguous: .narrow), TextCells.width(of: scalar, ambiguous: .wide)
                )
                if ours == (narrow, wide) { continue }
                if let why = Difference.of(scalar, tableVersion: tableVersion) {
                    counts[why, default: 0] += 1
                } else if unexplained.count < 40 {
                    let hex = String(v, radix: 16, uppercase: true)
                    unexplained.append(
                        "U+\(hex) \(scalar.properties.name ?? "?"): Convene \(ours), wcwidth \((narrow, wide))")
                }
            }
        }
        #expect(checked == 0x110000 - 0x800, "wcwidth's runs should cover every scalar")
        #expect(unexplained.isEmpty, "differences nobody explained:\n\(unexplained.joined(separator: "\n"))")
        for why in Difference.allCases where !why.listed.isEmpty {
            #expect(counts[why, default: 0] > 0, "no code point differs any more for: \(why.rawValue)")
        }
        let summary = Difference.allCases.map { "\(counts[$0, default: 0]) \($0)" }.joined(separator: ", ")
        print("width table (Unicode \(TextCells.unicodeVersion)) against wcwidth (Unicode \(theirVersion)): \(summary)")
    }

    @Test(
        "the table is what the script makes from the Unicode files installed here",
        .enabled(if: unicodeDataMatches, "needs Debian's unicode-data of the table's Unicode version"))
    func tableIsGenerated() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let result = try Spawn.run([
            "/usr/bin/env", "python3", root.path + "/scripts/generate-width-table.py", "--stdout",
        ])
        try #require(result.status == 0, "the generator failed:\n\(result.stderr)")
        let committed = try String(contentsOfFile: root.path + "/Sources/TextCells/WidthTable.swift", encoding: .utf8)
        #expect(
            result.stdout == committed,
            "Sources/TextCells/WidthTable.swift differs from what scripts/generate-width-table.py makes: run it")
    }

    @Test("the fast path for CJK Unified Ideographs agrees with the table")
    func cjkFastPathAgrees() {
        for v: UInt32 in 0x4E00...0x9FFF {
            #expect(UnicodeWidth.contains(WidthTable.wide, v), "U+\(String(v, radix: 16))")
        }
        for v: UInt32 in 0xA1..<0x300 {
            #expect(!UnicodeWidth.contains(WidthTable.wide, v) && !UnicodeWidth.contains(WidthTable.zeroWidth, v))
        }
    }

    @Test("the ranges of each list are sorted and apart, and no code point is in two width classes")
    func rangesAreSortedAndDisjoint() {
        // emojiVariation is no class of its own: its bases are narrow or ambiguous, and checked below.
        let lists = [WidthTable.zeroWidth, WidthTable.wide, WidthTable.emojiPresentation, WidthTable.ambiguous]
        for list in lists + [WidthTable.emojiVariation] {
            #expect(list.count % 2 == 0)
            for i in stride(from: 0, to: list.count, by: 2) {
                #expect(list[i] <= list[i + 1])
                if i >= 2 { #expect(list[i - 1] + 1 < list[i], "ranges \(i / 2 - 1) and \(i / 2) touch or overlap") }
            }
        }
        var all: [(first: UInt32, last: UInt32)] = []
        for list in lists {
            for i in stride(from: 0, to: list.count - 1, by: 2) { all.append((list[i], list[i + 1])) }
        }
        all.sort { $0.first < $1.first }
        for (a, b) in zip(all, all.dropFirst()) {
            #expect(a.last < b.first, "U+\(String(a.first, radix: 16)) and U+\(String(b.first, radix: 16)) overlap")
        }
        for i in stride(from: 0, to: WidthTable.emojiVariation.count - 1, by: 2) {
            for v in WidthTable.emojiVariation[i]...WidthTable.emojiVariation[i + 1] {
                #expect(!UnicodeWidth.contains(WidthTable.wide, v) && !UnicodeWidth.contains(WidthTable.zeroWidth, v))
            }
        }
    }
}

/// Whether the Unicode files installed here are those of the table's version (else the generator test is skipped).
private let unicodeDataMatches: Bool = {
    guard let text = try? String(contentsOfFile: "/usr/share/unicode/EastAsianWidth.txt", encoding: .utf8),
        access("/usr/share/unicode/emoji/emoji-variation-sequences.txt", R_OK) == 0
    else { return false }
    return text.prefix(60).contains("EastAsianWidth-\(TextCells.unicodeVersion).txt")
}()
