extension Catalogue {
    /// English texts of the documents' keys that carry a note of their sense, and their plural forms.
    static let englishDocuments: KeyValuePairs<String, String> = [
        "On leave (names)": "People on leave",
        "Absent (names)": "People absent",
        "Not signed in yet (names)": "People not signed in yet",
        "activity (after a title)": "",
        "{} people ({})": "{1} person ({2})|{1} people ({2})",
        "{} party members": "{1} party member|{1} party members",
        "{} probationary members": "{1} probationary member|{1} probationary members",
        "{} others ({})": "{1} other ({2})|{1} others ({2})",
        "{} others": "{1} other|{1} others",
        "{} enterprise representatives": "{1} enterprise representative|{1} enterprise representatives",
        "{} observers": "{1} observer|{1} observers",
        "{} guests": "{1} guest|{1} guests",
        "{} staff": "{1} member of staff|{1} staff",
    ]
}
