extension Catalogue {
    /// The participant list's CSV headers in English: the plan file's names, which `convene import people` reads.
    static let englishCSVColumns: KeyValuePairs<String, String> = [
        "id (CSV column)": "id",
        "name (CSV column)": "name",
        "latin (CSV column)": "latin",
        "organisation (CSV column)": "organisation",
        "politics (CSV column)": "politics",
        "title (CSV column)": "title",
        "capacity (CSV column)": "capacity",
        "rsvp (CSV column)": "rsvp",
        "leave (CSV column)": "leave",
        "leave note (CSV column)": "leave note",
        "approved by (CSV column)": "approved by",
        "attendance (CSV column)": "attendance",
        "signed in at (CSV column)": "signed in at",
        "parts (CSV column)": "parts",
        "phone (CSV column)": "phone",
        "email (CSV column)": "email",
        "Roster (sheet name)": "Roster",
    ]
}
