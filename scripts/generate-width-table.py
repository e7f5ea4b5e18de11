#!/usr/bin/env python3
"""Writes Sources/TextCells/WidthTable.swift, the width table behind TextCells, from the Unicode data files.

    python3 scripts/generate-width-table.py                  # from /usr/share/unicode (Debian's unicode-data)
    python3 scripts/generate-width-table.py --data DIR       # from another copy of the Unicode Character Database
    python3 scripts/generate-width-table.py --stdout         # print instead of writing (the tests compare this)

Reads EastAsianWidth.txt, extracted/DerivedGeneralCategory.txt, emoji/emoji-data.txt and
emoji/emoji-variation-sequences.txt, and writes five sorted, disjoint range lists:

  zeroWidth          General_Category Mn, Me or Cf (but U+00AD SOFT HYPHEN, which terminals draw), and the Hangul
                     medial vowels and final consonants (U+1160..11FF, U+D7B0..D7FF), which join the syllable before
  wide               East_Asian_Width W or F, and the unassigned code points that UAX #11 defaults to W
  ambiguous          East_Asian_Width A: one cell, or two when TextCells counts ambiguous characters as wide
  emojiPresentation  Emoji_Presentation=Yes but not W (the regional indicators): two cells
  emojiVariation     bases of an emoji variation sequence (base + U+FE0F) that are not wide: two cells with U+FE0F

A code point in several lists keeps the first of zeroWidth, wide, emojiPresentation, ambiguous; every other code
point is one cell. Python 3 standard library only.
"""

import argparse
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPO, "Sources", "TextCells", "WidthTable.swift")
FILES = {
    "eaw": "EastAsianWidth.txt",
    "gc": os.path.join("extracted", "DerivedGeneralCategory.txt"),
    "emoji": os.path.join("emoji", "emoji-data.txt"),
    "variations": os.path.join("emoji", "emoji-variation-sequences.txt"),
}
LINE = re.compile(r"^([0-9A-Fa-f]{4,6})(?:\.\.([0-9A-Fa-f]{4,6}))?\s*;\s*([^#;]+?)\s*(?:[;#].*)?$")
# UAX #11: unassigned code points in these ranges default to W (EastAsianWidth.txt's header says so).
WIDE_DEFAULTS = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2FFFD), (0x30000, 0x3FFFD)]
HANGUL_JOINING_JAMO = [(0x1160, 0x11FF), (0xD7B0, 0xD7FF)]
DRAWN_FORMAT_CHARACTERS = {0x00AD}


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return f.read().splitlines()


def version_of(path):
    """The version in the file's first line: '# EastAsianWidth-15.0.0.txt' gives '15.0.0'."""
    first = read_lines(path)[0]
    found = re.search(r"-(\d+\.\d+\.\d+)\.txt", first)
    if not found:
        sys.exit(f"{path}: no version in its first line ({first!r})")
    return found.group(1)


def emoji_version_of(path):
    """The emoji version: '# Used with Emoji Version 15.0 and ...' gives '15.0'."""
    for line in read_lines(path)[:20]:
        found = re.search(r"Emoji Version (\d+\.\d+)", line)
        if found:
            return found.group(1)
    sys.exit(f"{path}: no 'Emoji Version' in its header")


def properties(path):
    """{code point: value} for every code point a property file lists."""
    values = {}
    for line in read_lines(path):
        m = LINE.match(line)
        if not m:
            continue
        lo = int(m.group(1), 16)
        hi = int(m.group(2), 16) if m.group(2) else lo
        for cp in range(lo, hi + 1):
            values[cp] = m.group(3).strip()
    return values


def variation_bases(path):
    bases = set()
    for line in read_lines(path):
        m = re.match(r"^([0-9A-Fa-f]{4,6}) FE0F\s*;\s*emoji style", line)
        if m:
            bases.add(int(m.group(1), 16))
    return bases


def ranges(code_points):
    """Sorted code points as merged (lo, hi) ranges."""
    out = []
    for cp in sorted(code_points):
        if out and out[-1][1] + 1 == cp:
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return [tuple(r) for r in out]


def classify(data):
    paths = {key: os.path.join(data, name) for key, name in FILES.items()}
    for path in paths.values():
        if not os.path.exists(path):
            sys.exit(f"{path} is missing: install Debian's unicode-data (apt-get install unicode-data) or pass --data")
    version = version_of(paths["eaw"])
    others = {paths["gc"]: version_of(paths["gc"]), paths["emoji"]: emoji_version_of(paths["emoji"])}
    for path, other in others.items():
        if other != version and not version.startswith(other + "."):
            sys.exit(f"{path} is Unicode {other} but {paths['eaw']} is {version}: use one version's files")
    eaw = properties(paths["eaw"])
    gc = properties(paths["gc"])
    presentation = set()
    for line in read_lines(paths["emoji"]):
        m = LINE.match(line)
        if m and m.group(3).strip() == "Emoji_Presentation":
            lo = int(m.group(1), 16)
            hi = int(m.group(2), 16) if m.group(2) else lo
            presentation.update(range(lo, hi + 1))
    bases = variation_bases(paths["variations"])

    zero, wide, ambiguous, emoji_presentation, emoji_variation = set(), set(), set(), set(), set()
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            continue  # surrogates are no scalars
        category = gc.get(cp, "Cn")
        width = eaw.get(cp)
        if width is None:
            width = "W" if any(lo <= cp <= hi for lo, hi in WIDE_DEFAULTS) else "N"
        if (category in ("Mn", "Me", "Cf") and cp not in DRAWN_FORMAT_CHARACTERS) or any(
            lo <= cp <= hi for lo, hi in HANGUL_JOINING_JAMO
        ):
            zero.add(cp)
        elif width in ("W", "F"):
            wide.add(cp)
        elif cp in presentation:
            emoji_presentation.add(cp)
        else:
            if width == "A":
                ambiguous.add(cp)
            if cp in bases:
                emoji_variation.add(cp)
    return version, {
        "zeroWidth": ranges(zero),
        "wide": ranges(wide),
        "emojiPresentation": ranges(emoji_presentation),
        "ambiguous": ranges(ambiguous),
        "emojiVariation": ranges(emoji_variation),
    }


DOCS = {
    "zeroWidth": "Combining and enclosing marks, format characters (U+00AD aside) and the Hangul medial and final jamo.",
    "wide": "East Asian Wide and Fullwidth, and the unassigned code points of the CJK blocks and planes 2 and 3.",
    "emojiPresentation": "Emoji that are drawn as emoji on their own but are not East Asian Wide (regional indicators).",
    "ambiguous": "East Asian Ambiguous: one cell, or two when TextCells counts ambiguous characters as wide.",
    "emojiVariation": "Narrow bases that U+FE0F (emoji presentation) turns into a two-cell emoji.",
}


def swift(version, tables):
    out = [
        "// Generated by scripts/generate-width-table.py from the Unicode Character Database " + version + ":",
        "// EastAsianWidth.txt, extracted/DerivedGeneralCategory.txt, emoji/emoji-data.txt and",
        "// emoji/emoji-variation-sequences.txt. Do not edit by hand: install Debian's unicode-data and run",
        "// `python3 scripts/generate-width-table.py` (CONTRIBUTING.md, \"The width table\").",
        "",
        "/// The width classes of every Unicode scalar, as sorted, disjoint ranges: each array holds `first, last`",
        "/// pairs. A scalar in none of them is one cell wide.",
        "@usableFromInline",
        "enum WidthTable {",
        "    /// The Unicode version of the data files the table was made from.",
        f'    static let unicodeVersion = "{version}"',
    ]
    for name, rs in tables.items():
        out.append("")
        out.append(f"    /// {DOCS[name]}")
        out.append(f"    /// {len(rs)} ranges.")
        out.append(f"    static let {name}: [UInt32] = [")
        pairs = [f"0x{lo:X}, 0x{hi:X}," for lo, hi in rs]
        line = "       "
        for pair in pairs:
            if len(line) + 1 + len(pair) > 120:
                out.append(line)
                line = "       "
            line += " " + pair
        if line.strip():
            out.append(line)
        out.append("    ]")
    out.append("}")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default="/usr/share/unicode", help="the Unicode Character Database folder")
    parser.add_argument("--out", default=OUTPUT, help="the Swift file to write")
    parser.add_argument("--stdout", action="store_true", help="print the Swift file instead of writing it")
    args = parser.parse_args()
    version, tables = classify(args.data)
    text = swift(version, tables)
    if args.stdout:
        sys.stdout.write(text)
        return
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text)
    counts = ", ".join(f"{name} {len(rs)}" for name, rs in tables.items())
    print(f"wrote {os.path.relpath(args.out, REPO)}: Unicode {version}; ranges: {counts}")


if __name__ == "__main__":
    main()
