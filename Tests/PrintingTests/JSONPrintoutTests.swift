import Foundation
import PlanFile
import PlannerCore
import Printing
import Testing

private var sample: Book { SampleBook.make() }

/// Parses a JSON printout into its top-level object, which must carry the shared `formatVersion`.
private func document(_ json: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let root = try #require(object as? [String: Any], "a JSON printout is an object", sourceLocation: sourceLocation)
    #expect(root["formatVersion"] as? Int == JSONOutput.formatVersion, sourceLocation: sourceLocation)
    return root
}

@Suite("JSON printouts for scripts: objects with formatVersion and stable keys")
struct JSONPrintoutTests {
    @Test("every JSON printout is an object with formatVersion 1")
    func everyPrintoutVersioned() throws {
        let book = sample, event = book.events[0]
        #expect(JSONOutput.formatVersion == 1)
        let printouts = [
            try AgendaJSON(book: book, event: event).render(), try PeopleJSON(book: book, event: event).render(),
            try AttendanceJSON(book: book, event: event).render(),
            try CheckReport.json(Checks.problems(in: event, book: book), event: event),
            try CheckReport.json([(event: event, problems: Checks.problems(in: event, book: book))], plan: []),
            try EventsJSON(book: book).render(), try OrganisationsJSON(book: book).render(),
            try VenuesJSON(book: book).render(), try RosterJSON(book: book).render(),
            try OverviewJSON(book: book).render(),
        ]
        for json in printouts { _ = try document(json) }
    }

    @Test("the lists' JSON of the sample, key for key")
    func goldens() throws {
        let book = sample, event = book.events[0]
        try checkGolden(try EventsJSON(book: book).render(), "events.json")
        try checkGolden(try OrganisationsJSON(book: book).render(), "organisations.json")
        try checkGolden(try VenuesJSON(book: book).render(), "venues.json")
        try checkGolden(try RosterJSON(book: book).render(), "roster.json")
        try checkGolden(try OverviewJSON(book: book).render(), "overview.json")
        try checkGolden(try CheckReport.json(Checks.problems(in: event, book: book), event: event), "check.json")
    }

    @Test("events: id, title, date, local times with the offset, zone, venue and the agenda's size")
    func events() throws {
        let root = try document(try EventsJSON(book: sample).render())
        #expect(Set(root.keys) == ["formatVersion", "events"])
        let event = try #require((root["events"] as? [[String: Any]])?.first)
        #expect(Set(event.keys) == ["id", "title", "theme", "date", "start", "end", "tz", "venue", "items"])
        #expect(event["id"] as? String == "e1" && event["title"] as? String == "党建强堡垒 促发展 联建交流活动")
        #expect(event["date"] as? String == "2023-06-16" && event["tz"] as? String == "Asia/Shanghai")
        #expect(event["start"] as? String == "2023-06-16T09:00:00+08:00")
        #expect(event["end"] as? String == "2023-06-16T12:00:00+08:00")
        #expect(event["items"] as? Int == 4)
        #expect((event["venue"] as? [String: Any])?["name"] as? String == "冼星海故乡纪念馆")
    }

    @Test("organisations: id, name, short name, branch and the roster's size")
    func organisations() throws {
        let book = sample
        let root = try document(try OrganisationsJSON(book: book).render())
        let orgs = try #require(root["organisations"] as? [[String: Any]])
        #expect(orgs.map { $0["id"] as? String } == book.organisations.map(\.id))
        let first = try #require(orgs.first)
        #expect(Set(first.keys) == ["id", "name", "short", "branch", "people"])
        #expect(first["name"] as? String == "广州市科学技术协会" && first["short"] as? String == "广州市科协")
        #expect(orgs.compactMap { $0["people"] as? Int }.reduce(0, +) == book.people.count)
    }

    @Test("venues: each with its rooms, capacities where known")
    func venues() throws {
        let root = try document(try VenuesJSON(book: sample).render())
        let venue = try #require((root["venues"] as? [[String: Any]])?.first)
        #expect(Set(venue.keys) == ["id", "name", "address", "capacity", "rooms"])
        #expect(venue["capacity"] as? Int == 60)
        let rooms = try #require(venue["rooms"] as? [[String: Any]])
        #expect(rooms.map { $0["name"] as? String } == ["展厅", "会议室"])
        #expect(rooms.map { $0["id"] as? String } == ["r1", "r2"] && rooms.map { $0["capacity"] as? Int } == [60, 40])
    }

    @Test("roster: the people the text list shows, in its order; contacts only when asked for")
    func roster() throws {
        var book = sample
        book.people[0].phone = "13800000000"
        let root = try document(try RosterJSON(book: book).render())
        let people = try #require(root["people"] as? [[String: Any]])
        #expect(people.map { $0["id"] as? String } == book.rosterPeople(org: nil, search: nil).map(\.id))
        #expect(!(try RosterJSON(book: book).render()).contains("13800000000"))
        #expect(try RosterJSON(book: book, withContacts: true).render().contains("\"phone\" : \"13800000000\""))
        let xu = try document(try RosterJSON(book: book, search: "xxm").render())
        let only = try #require((xu["people"] as? [[String: Any]])?.first)
        #expect((xu["people"] as? [Any])?.count == 1)
        #expect(only["name"] as? String == "徐晓敏" && only["organisationId"] as? String == "o2")
        #expect(only["politics"] as? String == "member" && only["latin"] as? String == "Xu Xiaomin")
        let o2 = try document(try RosterJSON(book: book, org: "o2").render())
        #expect((o2["people"] as? [[String: Any]])?.allSatisfy { $0["organisationId"] as? String == "o2" } == true)
    }

    @Test("overview: each event with its organisations' part and head counts")
    func overview() throws {
        let root = try document(try OverviewJSON(book: sample).render())
        let event = try #require((root["events"] as? [[String: Any]])?.first)
        #expect(
            Set(event.keys) == ["id", "title", "date", "start", "end", "tz", "venue", "items", "organisations"])
        #expect(event["start"] as? String == "2023-06-16T09:00:00+08:00")
        let orgs = try #require(event["organisations"] as? [[String: Any]])
        let host = try #require(orgs.first { $0["part"] as? String == "host" })
        #expect(Set(host.keys) == ["id", "name", "part", "total", "confirmed", "invited", "declined"])
        #expect(host["name"] as? String == "广东省电子信息行业协会")
        #expect(host["total"] as? Int == 4 && host["confirmed"] as? Int == 4 && host["declined"] as? Int == 0)
    }

    @Test("people: the event and its participants, no longer a bare array")
    func people() throws {
        let book = sample
        let root = try document(try PeopleJSON(book: book, event: book.events[0]).render())
        #expect(Set(root.keys) == ["formatVersion", "event", "participants"])
        #expect(Set((root["event"] as? [String: Any])?.keys ?? [:].keys) == ["id", "title", "date"])
        let participants = try #require(root["participants"] as? [[String: Any]])
        #expect(participants.count == book.events[0].participants.count)
        #expect(participants.first?["rsvp"] is String && participants.first?["parts"] is [Any])
    }

    @Test("check: one event's problems under its event; several events' rows each with their event")
    func check() throws {
        var book = sample
        book.events[0].items[1].minutes = 70
        book.events[0].items[1].room = book.events[0].items[2].room
        let event = book.events[0], problems = Checks.problems(in: event, book: book)
        let one = try document(try CheckReport.json(problems, event: event))
        #expect(Set(one.keys) == ["formatVersion", "event", "problems"])
        #expect((one["event"] as? [String: Any])?["id"] as? String == "e1")
        let overlap = try #require((one["problems"] as? [[String: Any]])?.first { $0["code"] as? String == "overlap" })
        #expect(Set(overlap.keys) == ["severity", "code", "message", "ids"])
        let all = try document(try CheckReport.json([(event: event, problems: problems)], plan: []))
        #expect(Set(all.keys) == ["formatVersion", "problems"])
        #expect((all["problems"] as? [[String: Any]])?.allSatisfy { $0["event"] as? String == "e1" } == true)
    }

    @Test("times carry the offset of their zone on that day, half hours and daylight saving time included")
    func offsets() throws {
        var book = sample
        book.events[0].date = try #require(CivilDate("2023-07-03"))
        for (tz, start) in [
            ("America/New_York", "2023-07-03T09:00:00-04:00"), ("Asia/Kolkata", "2023-07-03T09:00:00+05:30"),
            ("UTC", "2023-07-03T09:00:00+00:00"),
        ] {
            book.events[0].tz = tz
            let root = try document(try EventsJSON(book: book).render())
            #expect((root["events"] as? [[String: Any]])?.first?["start"] as? String == start, "\(tz)")
        }
        book.events[0].tz = "America/New_York"
        book.events[0].date = try #require(CivilDate("2023-01-03"))
        let winter = try document(try AgendaJSON(book: book, event: book.events[0]).render())
        #expect((winter["event"] as? [String: Any])?["start"] as? String == "2023-01-03T09:00:00-05:00")
    }
}
