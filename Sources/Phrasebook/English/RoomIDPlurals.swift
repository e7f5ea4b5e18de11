extension Catalogue {
    /// English plural forms of rooms by id (issue 13).
    static let englishRoomIDs: KeyValuePairs<String, String> = [
        "{} rooms": "{1} room|{1} rooms"
    ]
}
