import Foundation
import PlannerCore
import Testing

private typealias F = Fixture

/// The message a refused edit gives, or nil when it was accepted.
private func refusal(_ edit: Edit, on book: Book = F.book()) -> String? {
    do {
        _ = try book.applying(edit)
        return nil
    } catch let error as PlanError {
        return error.description
    } catch {
        return "unexpected \(error)"
    }
}

@Suite("Edits: what they change and what they refuse")
struct EditTests {
    // MARK: Refusals, with their exact messages

    @Test("an empty or blank name is refused")
    func emptyName() {
        #expect(refusal(.addOrganisation(Organisation(id: "o9", name: "  "))) == "name: must not be empty")
        #expect(
            refusal(.addPerson(Person(id: "p9", name: "", org: "o1", politics: .member))) == "name: must not be empty")
        #expect(refusal(.addVenue(Venue(id: "v9", name: "\t"))) == "name: must not be empty")
        var item = F.book().e1.item("i2")!
        item.title = " "
        #expect(refusal(.updateItem(event: "e1", item: item)) == "title: must not be empty")
        var details = EventDetails(of: F.book().e1)
        details.title = ""
        #expect(refusal(.updateEvent(id: "e1", details: details)) == "title: must not be empty")
    }

    @Test("a name with a line break is refused")
    func multiLineName() {
        #expect(
            refusal(.addOrganisation(Organisation(id: "o9", name: "甲\n乙")))
                == "name: must be one line (it contains a line break)")
    }

    @Test("an event that ends before (or when) it starts is refused")
    func endBeforeStart() {
        var details = EventDetails(of: F.book().e1)
        details.start = F.t("10:00")
        details.end = F.t("09:00")
        #expect(
            refusal(.updateEvent(id: "e1", details: details)) == "end: the event ends (09:00) before it starts (10:00)")
        details.end = F.t("10:00")
        #expect(
            refusal(.updateEvent(id: "e1", details: details)) == "end: the event ends (10:00) before it starts (10:00)")
        let event = Event(id: "e2", title: "晚会", date: F.d("2023-06-16"), start: F.t("20:00"), end: F.t("19:00"))
        #expect(refusal(.addEvent(event)) == "end: the event ends (19:00) before it starts (20:00)")
    }

    @Test("a time zone that is not an IANA name is refused")
    func badTimeZone() {
        var details = EventDetails(of: F.book().e1)
        details.tz = "Mars/Olympus"
        #expect(
            refusal(.updateEvent(id: "e1", details: details))
                == "time zone: 'Mars/Olympus' is not an IANA time zone (e.g. Asia/Shanghai)")
        details.tz = "Europe/Berlin"
        #expect(refusal(.updateEvent(id: "e1", details: details)) == nil)
    }

    @Test("an item that would end after midnight is refused; one ending at 24:00 is fine")
    func pastMidnight() {
        let late = AgendaItem(id: "i9", kind: .other, title: "夜谈", start: F.t("23:50"), minutes: 20)
        #expect(refusal(.addItem(event: "e1", item: late)) == "minutes: '夜谈' would end after midnight (23:50 + 20 min)")
        var fits = late
        fits.minutes = 10
        #expect(refusal(.addItem(event: "e1", item: fits)) == nil)
    }

    @Test("an item shorter than one minute is refused")
    func minutesBelowOne() {
        let item = AgendaItem(id: "i9", kind: .other, title: "合影", start: F.t("12:00"), minutes: 0)
        #expect(refusal(.addItem(event: "e1", item: item)) == "minutes: an item lasts at least 1 minute (got 0)")
        var negative = F.book().e1.item("i2")!
        negative.minutes = -5
        #expect(
            refusal(.updateItem(event: "e1", item: negative)) == "minutes: an item lasts at least 1 minute (got -5)")
    }

    @Test("a speech shorter than one minute is refused")
    func speechMinutes() {
        let role = Role(person: "p1", part: .speaker, topic: "题目", minutes: 0)
        #expect(
            refusal(.assign(event: "e1", item: "i3", role: role)) == "minutes: a speech lasts at least 1 minute (got 0)"
        )
    }

    @Test("a speech longer than a day, or an item too long to add to its start, is refused (no overflow)")
    func hugeMinutes() {
        let role = Role(person: "p1", part: .speaker, topic: "题目", minutes: Int.max)
        #expect(
            refusal(.assign(event: "e1", item: "i3", role: role))
                == "minutes: a speech lasts at most 1440 minutes, a whole day (got \(Int.max))")
        var item = F.book().e1.item("i2")!
        item.minutes = Int.max
        #expect(
            refusal(.updateItem(event: "e1", item: item))?.hasSuffix(
                "would end after midnight (\(item.start) + \(Int.max) min)") == true)
    }

    @Test("a room the venue does not have is refused, listing its rooms")
    func unknownRoom() {
        var item = F.book().e1.item("i2")!
        item.room = "礼堂"
        #expect(refusal(.updateItem(event: "e1", item: item)) == "room: 纪念馆 has no room '礼堂'; its rooms are: 展厅, 会议室")
    }

    @Test("a room is refused when the venue lists none or there is no venue, and a new venue clears the rooms")
    func noRoomWithoutRooms() throws {
        var details = EventDetails(of: F.book().e1)
        details.venue = "v2"
        let book = try F.book().applying(.updateEvent(id: "e1", details: details))
        #expect(book.e1.items.allSatisfy { $0.room == nil }, "v2 has none of v1's rooms")
        var item = book.e1.item("i2")!
        item.room = "r1"
        let v2 = try #require(book.venue("v2")).name
        #expect(
            refusal(.updateItem(event: "e1", item: item), on: book)
                == "room: \(v2) has no rooms; add the room to the venue first")
        details.venue = nil
        let without = try book.applying(.updateEvent(id: "e1", details: details))
        #expect(
            refusal(.updateItem(event: "e1", item: item), on: without)
                == "room: '\(without.e1.title)' has no venue, so its items have no rooms; choose the venue first")
    }

    @Test("an organisation with people on its roster cannot be removed")
    func removeOrganisationWithMembers() {
        #expect(
            refusal(.removeOrganisation(id: "o2"))
                == "广东省电子信息行业协会 still has 3 people on its roster; move or remove them first")
        #expect(
            refusal(.removeOrganisation(id: "o1"))
                == "广州市科学技术协会 still has 1 person on its roster; move or remove them first")
    }

    @Test("removing an organisation also withdraws its invitations")
    func removeOrganisationUninvites() throws {
        let book = try F.book().applying(.invite(event: "e1", org: "o3", part: .participant))
        #expect(book.e1.part(of: "o3") == .participant)
        let after = try book.applying(.removeOrganisation(id: "o3"))
        #expect(after.organisation("o3") == nil)
        #expect(after.e1.orgs.map(\.org) == ["o1", "o2"])
    }

    @Test("a venue an event uses cannot be removed")
    func removeVenueInUse() {
        #expect(refusal(.removeVenue(id: "v1")) == "纪念馆 is the venue of '联建交流活动'; choose another venue for it first")
        #expect(refusal(.removeVenue(id: "v2")) == nil)
    }

    @Test("a person already taking part cannot be added again")
    func duplicateParticipant() {
        #expect(
            refusal(.addParticipant(event: "e1", person: "p2", rsvp: .invited)) == "徐晓敏 already takes part in '联建交流活动'")
    }

    @Test("a duplicate id or a missing id is refused")
    func duplicateID() {
        #expect(
            refusal(.addPerson(Person(id: "p1", name: "某人", org: "o1", politics: .unrecorded)))
                == "there is already a person with id p1")
        #expect(
            refusal(
                .addItem(
                    event: "e1", item: AgendaItem(id: "i3", kind: .other, title: "甲", start: F.t("12:00"), minutes: 5)))
                == "there is already an item with id i3")
        #expect(refusal(.addOrganisation(Organisation(id: "", name: "甲"))) == "id: an organisation needs an id")
    }

    @Test("references to records that do not exist are refused")
    func danglingReferences() {
        #expect(
            refusal(.addPerson(Person(id: "p9", name: "某人", org: "o9", politics: .unrecorded)))
                == "no organisation matches 'o9'; list them with 'convene orgs'")
        #expect(
            refusal(.addParticipant(event: "e1", person: "p9", rsvp: .invited))
                == "no person matches 'p9'; list them with 'convene roster'")
        #expect(
            refusal(.removeItem(event: "e9", item: "i1")) == "no event matches 'e9'; list them with 'convene events'")
        #expect(
            refusal(.setRSVP(event: "e1", person: "p4", rsvp: .confirmed))
                == "周明轩 does not take part in '联建交流活动'; add them first")
        #expect(refusal(.uninvite(event: "e1", org: "o3")) == "冼星海故乡纪念馆 is not invited to '联建交流活动'")
        #expect(refusal(.unassign(event: "e1", item: "i2", index: 0)) == "part: '参观学习' has no part number 1")
    }

    @Test("an email without @ is refused")
    func badEmail() {
        let person = Person(id: "p9", name: "某人", org: "o1", politics: .unrecorded, email: "someone.example.com")
        #expect(refusal(.addPerson(person)) == "email: 'someone.example.com' is not an email address (it has no @)")
    }

    @Test("a negative capacity and a room listed twice are refused")
    func venueChecks() {
        #expect(refusal(.addVenue(Venue(id: "v9", name: "甲", capacity: -1))) == "capacity: must be 0 or more (got -1)")
        #expect(
            refusal(
                .addVenue(Venue(id: "v9", name: "甲", rooms: [Room(id: "r8", name: "厅"), Room(id: "r9", name: "厅")])))
                == "rooms: the room '厅' is listed twice")
    }

    @Test("the same person cannot hold the same non-speaker part twice, but may give two speeches")
    func doubleParts() {
        #expect(
            refusal(.assign(event: "e1", item: "i3", role: Role(person: "p3", part: .host)))
                == "陈思远 is already host of '党建座谈会'")
        #expect(
            refusal(.assign(event: "e1", item: "i3", role: Role(person: "p1", part: .speaker, topic: "第二个发言"))) == nil)
    }

    @Test("an event added with bad contents is refused as a whole")
    func addEventChecksContents() {
        let item = AgendaItem(
            id: "i9", kind: .other, title: "甲", start: F.t("10:00"), minutes: 10,
            roles: [Role(person: "p9", part: .host)])
        let event = Event(
            id: "e2", title: "乙", date: F.d("2023-07-01"), start: F.t("09:00"), end: F.t("12:00"), items: [item])
        #expect(refusal(.addEvent(event)) == "no person matches 'p9'; list them with 'convene roster'")
        let reused = Event(
            id: "e2", title: "乙", date: F.d("2023-07-01"), start: F.t("09:00"), end: F.t("12:00"),
            items: [AgendaItem(id: "i1", kind: .other, title: "甲", start: F.t("10:00"), minutes: 10)])
        #expect(refusal(.addEvent(reused)) == "there is already an item with id i1")
    }

    @Test("a batch is all or nothing")
    func batchAtomic() {
        let book = F.book()
        let batch = Edit.batch(
            [.removeItem(event: "e1", item: "i1"), .removeOrganisation(id: "o2")], label: .verbatim("two"))
        #expect(throws: PlanError.self) { try book.applying(batch) }
        #expect(book == F.book())
    }

    // MARK: Cascades and ordering

    @Test("removing a person takes them out of every event's participants and parts")
    func removePersonCascades() throws {
        let book = try F.book().applying(.removePerson(id: "p2"))
        #expect(book.person("p2") == nil)
        #expect(book.e1.participants.map(\.person) == ["p1", "p3"])
        #expect(book.e1.item("i3")!.roles.map(\.person) == ["p3", "p1"])
        #expect(book.e1.item("i4")!.roles.isEmpty)
        #expect(book.consistencyProblems().isEmpty)
    }

    @Test("items stay in start order when added or edited; equal starts keep their order")
    func startOrder() throws {
        var book = F.book()
        book = try book.applying(
            .addItem(
                event: "e1", item: AgendaItem(id: "i5", kind: .other, title: "签到", start: F.t("08:30"), minutes: 30)))
        book = try book.applying(
            .addItem(
                event: "e1", item: AgendaItem(id: "i6", kind: .other, title: "茶歇", start: F.t("10:20"), minutes: 10)))
        #expect(book.e1.items.map(\.id) == ["i5", "i1", "i2", "i3", "i6", "i4"])
        var i4 = book.e1.item("i4")!
        i4.start = F.t("08:00")
        book = try book.applying(.updateItem(event: "e1", item: i4))
        #expect(book.e1.items.map(\.id) == ["i4", "i5", "i1", "i2", "i3", "i6"])
        let event = Event(
            id: "e2", title: "乙", date: F.d("2023-07-01"), start: F.t("09:00"), end: F.t("12:00"),
            items: [
                AgendaItem(id: "i7", kind: .other, title: "后", start: F.t("11:00"), minutes: 10),
                AgendaItem(id: "i8", kind: .other, title: "前", start: F.t("09:00"), minutes: 10),
            ])
        book = try book.applying(.addEvent(event))
        #expect(book.event("e2")!.items.map(\.id) == ["i8", "i7"])
    }

    @Test("moving an item alone changes only its start and re-sorts")
    func moveAlone() throws {
        let book = try F.book().applying(.moveItem(event: "e1", item: "i2", to: F.t("11:45"), shiftFollowing: false))
        #expect(book.e1.items.map(\.id) == ["i1", "i3", "i4", "i2"])
        #expect(book.e1.items.map(\.start.description) == ["09:00", "10:20", "11:20", "11:45"])
    }

    @Test("moving with shiftFollowing moves the items after it by the same amount")
    func moveShifting() throws {
        let later = try F.book().applying(.moveItem(event: "e1", item: "i2", to: F.t("09:30"), shiftFollowing: true))
        #expect(later.e1.items.map(\.start.description) == ["09:00", "09:30", "10:30", "11:30"])
        let earlier = try F.book().applying(.moveItem(event: "e1", item: "i3", to: F.t("10:00"), shiftFollowing: true))
        #expect(earlier.e1.items.map(\.start.description) == ["09:00", "09:20", "10:00", "11:00"])
    }

    @Test("moving is refused when it would push an item past 24:00, and then nothing moves")
    func movePastMidnight() throws {
        let edit = Edit.moveItem(event: "e1", item: "i3", to: F.t("22:50"), shiftFollowing: true)
        #expect(refusal(edit) == "start: moving '互动交流' to 23:50 would take it outside the day (00:00–24:00)")
        #expect(refusal(.moveItem(event: "e1", item: "i3", to: F.t("22:50"), shiftFollowing: false)) == nil)
        #expect(
            refusal(.moveItem(event: "e1", item: "i4", to: F.t("23:30"), shiftFollowing: false))
                == "start: moving '互动交流' to 23:30 would take it outside the day (00:00–24:00)")
        #expect(refusal(.moveItem(event: "e1", item: "i4", to: F.t("23:20"), shiftFollowing: false)) == nil)
    }

    @Test("inviting an organisation already invited changes its part")
    func reinvite() throws {
        let book = try F.book().applying(.invite(event: "e1", org: "o2", part: .participant))
        #expect(
            book.e1.orgs == [
                EventOrganisation(org: "o1", part: .guiding), EventOrganisation(org: "o2", part: .participant),
            ])
    }

    @Test("updating an event trims its title and theme and keeps its agenda, each item's revision advanced")
    func updateEventTrims() throws {
        var details = EventDetails(of: F.book().e1)
        details.title = "  新标题 "
        details.theme = "   "
        let now = Date(timeIntervalSince1970: 1_686_888_000)
        let book = try F.book().applying(.updateEvent(id: "e1", details: details), at: now)
        #expect(book.e1.title == "新标题")
        #expect(book.e1.theme == nil)
        // The title is in every item's calendar entry (its SUMMARY), so each entry changed.
        #expect(
            book.e1.items
                == F.book().e1.items.map {
                    var item = $0
                    item.revision = 1
                    item.modified = now
                    return item
                })
    }

    // MARK: Ids

    @Test("newID is the prefix and one more than the highest number in use")
    func newID() {
        #expect(Book().newID(.person) == "p1")
        #expect(Book().newID(.item) == "i1")
        let book = F.book()
        #expect(book.newID(.organisation) == "o4")
        #expect(book.newID(.person) == "p5")
        #expect(book.newID(.venue) == "v3")
        #expect(book.newID(.event) == "e2")
        #expect(book.newID(.item) == "i5")
        var gaps = Book()
        gaps.people = [
            Person(id: "p2", name: "甲", org: "o1", politics: .unrecorded),
            Person(id: "p10", name: "乙", org: "o1", politics: .unrecorded),
            Person(id: "px", name: "丙", org: "o1", politics: .unrecorded),
            Person(id: "q99", name: "丁", org: "o1", politics: .unrecorded),
        ]
        #expect(gaps.newID(.person) == "p11")
    }

    @Test("item ids are counted across all events")
    func itemIDsAcrossEvents() throws {
        let event = Event(
            id: "e2", title: "乙", date: F.d("2023-07-01"), start: F.t("09:00"), end: F.t("12:00"),
            items: [AgendaItem(id: "i12", kind: .other, title: "甲", start: F.t("10:00"), minutes: 10)])
        let book = try F.book().applying(.addEvent(event))
        #expect(book.newID(.item) == "i13")
        #expect(book.eventIndex(holdingItem: "i12") == 1)
        #expect(book.eventIndex(holdingItem: "i99") == nil)
    }

    // MARK: Template

    @Test("the standard template gives four parts back to back with fresh ids")
    func template() {
        let items = EventTemplate.standardItems(startingAt: F.t("09:00"), book: F.book())
        #expect(items.map(\.id) == ["i5", "i6", "i7", "i8"])
        #expect(items.map(\.kind) == [.oath, .visit, .symposium, .discussion])
        #expect(items.map(\.title) == ["重温入党誓词", "参观学习", "党建座谈会", "互动交流"])
        #expect(items.map(\.start.description) == ["09:00", "09:20", "10:10", "11:10"])
        let english = EventTemplate.standardItems(startingAt: F.t("09:00"), book: Book(), language: .english)
        #expect(english.first?.title == "Oath review")
        #expect(english.first?.id == "i1")
    }

    @Test("the template stops before a part that would pass midnight")
    func templateNearMidnight() {
        let items = EventTemplate.standardItems(startingAt: F.t("23:00"), book: Book())
        #expect(items.map(\.kind) == [.oath])
    }

    @Test("a person's full name adds the Latin name when it differs")
    func fullName() {
        #expect(
            Person(id: "p", name: "徐晓敏", latin: "Xu Xiaomin", org: "o", politics: .member).fullName == "徐晓敏 Xu Xiaomin")
        #expect(Person(id: "p", name: "Anna", latin: "Anna", org: "o", politics: .member).fullName == "Anna")
        #expect(Person(id: "p", name: "徐晓敏", latin: " ", org: "o", politics: .member).fullName == "徐晓敏")
        #expect(Organisation(id: "o", name: "广州市科学技术协会", short: "").displayName == "广州市科学技术协会")
    }
}

@Suite("Names that show nothing or hold controls")
struct InvisibleNameTests {
    private func refusal(_ name: String) -> String? {
        do {
            _ = try F.book().applying(.addOrganisation(Organisation(id: "o9", name: name)))
            return nil
        } catch let error as PlanError {
            return error.description
        } catch {
            return "\(error)"
        }
    }

    @Test("empty and white-space-only names keep 'must not be empty'; U+3000 is white space")
    func empty() {
        #expect(refusal("") == "name: must not be empty")
        #expect(refusal(" \u{3000} ") == "name: must not be empty")
    }

    @Test("zero-width, BOM, Hangul filler, blank braille and lone combining marks are not a name")
    func invisible() {
        for name in ["\u{200B}", "\u{200B}\u{3000}\u{FEFF}", "\u{2060}", "\u{3164}", "\u{2800}", "\u{301}", "\u{200D}"]
        {
            #expect(
                refusal(name)
                    == "name: has no visible character (only spaces or invisible characters such as U+200B); type the name",
                "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(refusal("\u{200B}李明") == nil, "a visible character with them is a name")
    }

    @Test("a NUL, ESC or bidi override in a name is refused with its code")
    func controls() {
        #expect(refusal("李\u{0}明") == "name: contains the control character U+0000; remove it")
        #expect(refusal("张伟\u{1B}]52;c;SGVsbG8=\u{07}") == "name: contains the control character U+001B; remove it")
        #expect(refusal("abc\u{202E}def") == "name: contains the control character U+202E; remove it")
        #expect(refusal("\u{9B}2J") == "name: contains the control character U+009B; remove it")
    }
}

@Suite("Leave, sign-in and 政治面貌: what the edits refuse")
struct ParticipantCycleEditTests {
    static func book() throws -> Book {
        var book = F.book()
        book.events[0].participants.append(Participant(person: "p4", rsvp: .declined))
        return book
    }

    @Test("one who declined cannot sign in, one signed in cannot decline; both say what to do")
    func declinedAndSignedIn() throws {
        let book = try Self.book()
        #expect(
            refusal(.setAttendance(event: "e1", person: "p4", attendance: .signedIn(at: nil)), on: book)
                == "周明轩 declined '联建交流活动': set the reply to confirmed before signing them in")
        let signedIn = try book.applying(.setAttendance(event: "e1", person: "p1", attendance: .signedIn(at: nil)))
        #expect(
            refusal(.setRSVP(event: "e1", person: "p1", rsvp: .declined), on: signedIn)
                == "程智鹏 has signed in to '联建交流活动': clear the sign-in before recording a decline")
        #expect(try signedIn.applying(.setAttendance(event: "e1", person: "p1", attendance: .absent)) != signedIn)
    }

    @Test("leave needs an approver on the roster; removing the approver keeps the leave")
    func leave() throws {
        let book = try Self.book()
        #expect(
            refusal(.setLeave(event: "e1", person: "p1", leave: Leave(reason: .sick, approvedBy: "p9")), on: book)
                != nil)
        let onLeave = try book.applying(
            .setLeave(event: "e1", person: "p1", leave: Leave(reason: .official, note: "出差", approvedBy: "p2")))
        #expect(onLeave.events[0].participant("p1")?.leave?.reason == .official)
        let removed = try onLeave.applying(.removePerson(id: "p2"))
        #expect(removed.events[0].participant("p1")?.leave == Leave(reason: .official, note: "出差"))
        #expect(removed.consistencyProblems().isEmpty)
    }

    @Test("a party member has no stage of the membership pipeline")
    func stage() throws {
        let book = try Self.book()
        var p = try #require(book.person("p1"))
        p.stage = .activist
        #expect(refusal(.updatePerson(p), on: book)?.contains("is a party member already") == true)
        p.politics = .masses
        #expect(try book.applying(.updatePerson(p)).person("p1")?.stage == .activist)
    }
}
