extension Catalogue {
    /// English plural forms of the participant-cycle checks' phrases with a count.
    static let englishCycleChecks: KeyValuePairs<String, String> = [
        "{} has a quota of {}, but {} confirmed participants: {} short":
            "{1} has a quota of {2}, but {3} confirmed participant: {4} short|{1} has a quota of {2}, but {3} confirmed participants: {4} short",
        "{} has a quota of {}, but {} confirmed participants: {} over":
            "{1} has a quota of {2}, but {3} confirmed participant: {4} over|{1} has a quota of {2}, but {3} confirmed participants: {4} over",
        "{} and {} more": "{1} and {2} more|{1} and {2} more",
    ]
}
