/// The texts of every phrase in each language: one catalogue per language, assembled from sections by area.
///
/// English is the key itself unless the English catalogue says otherwise (plural forms); Chinese comes from the
/// Chinese catalogue, and a phrase missing there shows in English (the catalogue test fails on any such phrase).
public enum Catalogue {
    /// The template of `key` in `language`; for a phrase with a count, `one|other` picks by the count.
    static func template(for key: String, in language: Language, count: Int?) -> String {
        let entry = (language == .zh ? chinese[key] : english[key]) ?? key
        guard let count, let bar = entry.firstIndex(of: "|") else { return entry }
        if language == .en && count == 1 { return String(entry[..<bar]) }
        return String(entry[entry.index(after: bar)...])
    }

    /// Every Chinese text, by key.
    public static let chinese: [String: String] = merged(chineseSections)

    /// English texts that differ from their key: plural forms (`{1} note|{1} notes`).
    public static let english: [String: String] = merged(englishSections)

    /// The Chinese catalogue's sections, named for the test's messages.
    public static let chineseSections: [(name: String, entries: KeyValuePairs<String, String>)] = [
        ("Vocabulary", chineseVocabulary),
        ("Core", chineseCore),
        ("CopyTags", chineseCopyTags),
        ("Headings", chinesePrinting),
        ("Planner", chinesePlanner),
        ("PrintDialog", chinesePrintDialog),
        ("CommandLine", chineseCommandLine),
        ("Replies", chineseReplies),
        ("RoomIDs", chineseRoomIDs),
        ("CycleChecks", chineseCycleChecks),
        ("Documents", chineseDocuments),
        ("SignInMode", chineseSignInMode),
        ("CSVOut", chineseCSVOut),
        ("ICSExport", chineseICSExport),
        ("ICSImport", chineseICSImport),
        ("PlanDiff", chinesePlanDiff),
        ("Merge", chineseMerge),
        ("MergeCommand", chineseMergeCommand),
        ("MergeConflicts", chineseMergeConflicts),
        ("OptionHelp", chineseOptionHelp),
        ("PrintWorkbook", chinesePrintWorkbook),
        ("Share", chineseShare),
        ("FileAdvice", chineseFileAdvice),
        ("ShareGuard", chineseShareGuard),
    ]

    /// The English catalogue's sections.
    public static let englishSections: [(name: String, entries: KeyValuePairs<String, String>)] = [
        ("Plurals", englishPlurals),
        ("Contexts", englishContexts),
        ("RoomIDs", englishRoomIDs),
        ("CycleChecks", englishCycleChecks),
        ("Documents", englishDocuments),
        ("SignInMode", englishSignInMode),
        ("CSVColumns", englishCSVColumns),
        ("MergeConflictContexts", englishMergeConflictContexts),
    ]

    /// One table from the sections' pairs; a key written twice keeps its first text (the catalogue test fails on it).
    ///
    /// The sections are pairs, not dictionary literals, because a dictionary literal with a key written twice stops
    /// the program when it is first read, and a merge of two branches can write a key twice.
    private static func merged(_ sections: [(name: String, entries: KeyValuePairs<String, String>)]) -> [String: String]
    {
        var all: [String: String] = [:]
        for section in sections {
            for (key, text) in section.entries where all[key] == nil { all[key] = text }
        }
        return all
    }
}
