import Phrasebook

extension ItemKind {
    /// The kind a title names, for items brought in from other programs: 重温入党誓词 is an oath review, 参观 a visit,
    /// 座谈会 a symposium, 交流 or 讨论 a discussion, 党员大会 a branch meeting (the kinds' own names, in either language,
    /// count too); `other` when the title names none. The more specific words are tried first: 支部党员大会上的交流
    /// is a meeting.
    public static func guessed(fromTitle title: String) -> ItemKind {
        let lowered = title.lowercased()
        for (kind, words) in titleWords where words.contains(where: { lowered.contains($0) }) { return kind }
        for kind in allCases where kind != .other {
            for language in Language.allCases where lowered.contains(kind.phrase.text(language).lowercased()) {
                return kind
            }
        }
        return .other
    }

    /// The words that say a title's kind, most specific first.
    private static let titleWords: [(ItemKind, [String])] = [
        (.oath, ["入党誓词", "重温誓词", "宣誓", "oath"]),
        (.meeting, ["党员大会", "支部大会", "branch meeting", "general meeting"]),
        (.symposium, ["座谈", "研讨", "symposium", "seminar"]),
        (.visit, ["参观", "讲解", "guided visit", "guided tour", "visit"]),
        (.discussion, ["交流", "讨论", "discussion", "exchange"]),
    ]
}
