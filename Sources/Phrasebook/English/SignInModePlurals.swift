extension Catalogue {
    /// English plural forms of the Participants screen's replies, marks, whole organisations and sign-in desk.
    static let englishSignInMode: KeyValuePairs<String, String> = [
        "{} marked: c x i o C act on them, M clears":
            "{1} marked: c x i o C act on them, M clears|{1} marked: c x i o C act on them, M clears",
        "The {} marked participants are {} already":
            "The marked participant is {2} already|The {1} marked participants are {2} already",
        "{} for {} participants": "{1} for {2} participant|{1} for {2} participants",
        "{} marked participants now {}": "{1} marked participant now {2}|{1} marked participants now {2}",
        "Capacity for {} marked participants":
            "Capacity for {1} marked participant|Capacity for {1} marked participants",
        "{} people, {} not on the list": "{1} person, {2} not on the list|{1} people, {2} not on the list",
        "invite {} and its {} people": "invite {1} and its {2} person|invite {1} and its {2} people",
        "Invited {}: {} people added (u takes them all back)":
            "Invited {1}: {2} person added (u takes it back)|Invited {1}: {2} people added (u takes them all back)",
    ]
}
