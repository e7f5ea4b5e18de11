extension Catalogue {
    /// English texts of keys that carry a note of their sense, for words that Chinese says in two ways: the note
    /// keeps the two apart in the catalogue, and English shows the plain word.
    static let englishContexts: KeyValuePairs<String, String> = [
        "Venue (where it is)": "Venue",
        "Organisations (taking part)": "Organisations",
        "Title (a person's)": "Title",
        "Part (an organisation's)": "Part",
    ]
}
