extension Catalogue {
    /// English texts of the merge conflict field labels whose keys carry a note of their sense.
    static let englishMergeConflictContexts: KeyValuePairs<String, String> = [
        "name (a person's)": "name",
        "part (an organisation's)": "part",
        "capacity (a participant's)": "capacity",
        "leave (of absence)": "leave",
        "parts (of an item)": "parts",
    ]
}
