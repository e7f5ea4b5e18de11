import BookGenerator
import Foundation
import PlannerCore

/// Random core edits for a book, as a user at the planner could make them: people, organisations, participants,
/// agenda items, event details, invitations and venues. Values come from small pools, so that two copies edited at
/// random now and then make the same change. An edit the core refuses is skipped (a refusal is not a bug).
struct RandomEdits {
    /// When every edit happens, so that items' times of change do not depend on the clock.
    static let now = Date(timeIntervalSince1970: 1_767_225_600)

    /// `book` after `count` random edits that the core accepted (attempts it refused are not counted). With a
    /// `focus` (0–8, a kind of edit as `edit` draws them), most edits are of that kind, so that two copies edited
    /// with one focus change one field of one record more often.
    static func applying(_ count: Int, to book: Book, focus: Int? = nil, _ rng: inout SplitMix64) -> Book {
        var book = book
        var done = 0
        var attempts = 0
        while done < count && attempts < count * 20 {
            attempts += 1
            guard let edit = RandomEdits.edit(for: book, focus: focus, &rng),
                let next = try? book.applying(edit, at: now)
            else {
                continue
            }
            book = next
            done += 1
        }
        return book
    }

    /// One random edit for `book`, of kind `focus` seven times in ten; nil when the kind drawn has nothing to edit.
    static func edit(for book: Book, focus: Int? = nil, _ rng: inout SplitMix64) -> Edit? {
        let kind = focus.flatMap { rng.chance(70) ? $0 : nil } ?? rng.below(9)
        switch kind {
        case 0: return personEdit(book, &rng)
        case 1: return organisationEdit(book, &rng)
        case 2, 3: return participantEdit(book, &rng)
        case 4, 5: return itemEdit(book, &rng)
        case 6: return eventEdit(book, &rng)
        case 7: return invitationEdit(book, &rng)
        default: return venueEdit(book, &rng)
        }
    }

    /// How often an edit goes to one of the first two records of a list: often enough that both copies change
    /// one record, and now and then one field of it.
    static let hotPercent = 60

    static let names = ["李华", "王芳", "张伟", "刘洋", "陈静", "Anna Müller"]
    static let titles: [String?] = [nil, "主任", "处长", "科员", "Director"]
    static let phones: [String?] = [nil, "13800000000", "13900000001", "020-88886666"]
    static let emails: [String?] = [nil, "a@example.com", "b@example.cn"]
    static let notes: [String?] = [nil, "请准备材料", "Bring the slides", "提前到场"]
    static let itemTitles = ["党建座谈会", "参观学习", "入党宣誓", "Opening", "总结讲话"]
    static let capacities: [Int?] = [nil, 30, 80, 200]

    static func personEdit(_ book: Book, _ rng: inout SplitMix64) -> Edit? {
        // The newest organisation now and then, so that people join organisations the copy added.
        guard let org = rng.chance(20) ? book.organisations.last : book.organisations.hot(&rng) else { return nil }
        switch rng.below(4) {
        case 0:
            return .addPerson(
                Person(id: book.newID(.person), name: rng.pick(names), org: org.id, title: rng.pick(titles)))
        case 1:
            guard let p = book.people.hot(&rng) else { return nil }
            return .removePerson(id: p.id)
        default:
            guard var p = book.people.hot(&rng) else { return nil }
            switch rng.below(6) {
            case 0: p.name = rng.pick(names)
            case 1: p.title = rng.pick(titles)
            case 2: p.phone = rng.pick(phones)
            case 3: p.email = rng.pick(emails)
            case 4: p.org = org.id
            default:
                p.politics = rng.pick([.member, .masses, .league, .unrecorded])
                if p.politics.isPartyMember { p.stage = nil }
            }
            return .updatePerson(p)
        }
    }

    static func organisationEdit(_ book: Book, _ rng: inout SplitMix64) -> Edit? {
        switch rng.below(4) {
        case 0:
            let id = book.newID(.organisation)
            return .addOrganisation(Organisation(id: id, name: "新单位" + id, short: rng.chance(50) ? "新单位" : nil))
        case 1:
            guard let o = book.organisations.hot(&rng) else { return nil }
            return .removeOrganisation(id: o.id)
        default:
            guard var o = book.organisations.hot(&rng) else { return nil }
            switch rng.below(4) {
            case 0: o.name = rng.pick(["广州市科协", "Guangzhou Club", "天河区工商联"]) + o.id
            case 1: o.short = rng.pick([nil, "科协", "工商联"])
            case 2: o.branch = rng.pick([nil, "机关党支部", "第一党支部"])
            default: o.contact = rng.pick(phones)
            }
            return .updateOrganisation(o)
        }
    }

    static func participantEdit(_ book: Book, _ rng: inout SplitMix64) -> Edit? {
        guard let e = book.events.hot(&rng) else { return nil }
        if rng.chance(15), let p = book.people.hot(&rng) {
            return .addParticipant(event: e.id, person: p.id, rsvp: rng.pick(RSVP.allCases))
        }
        guard let p = e.participants.hot(&rng) else { return nil }
        switch rng.below(6) {
        case 0: return .setRSVP(event: e.id, person: p.person, rsvp: rng.pick(RSVP.allCases))
        case 1: return .setCapacity(event: e.id, person: p.person, capacity: rng.pick(Capacity.allCases))
        case 2:
            let leave = Leave(
                reason: rng.pick(LeaveReason.allCases), note: rng.pick([nil, "出差", "病假"]),
                approvedBy: rng.chance(40) ? book.people.hot(&rng)?.id : nil)
            return .setLeave(event: e.id, person: p.person, leave: rng.chance(25) ? nil : leave)
        case 3:
            let at = rng.pick([nil, ClockTime(minutes: 8 * 60 + 45), ClockTime(minutes: 9 * 60)])
            return .setAttendance(
                event: e.id, person: p.person, attendance: rng.pick([.notYet, .signedIn(at: at), .absent]))
        case 4: return .removeParticipant(event: e.id, person: p.person)
        default: return .setRSVP(event: e.id, person: p.person, rsvp: .confirmed)
        }
    }

    static func itemEdit(_ book: Book, _ rng: inout SplitMix64) -> Edit? {
        guard let e = book.events.hot(&rng) else { return nil }
        let rooms = e.venue.flatMap(book.venue)?.rooms.map(\.id) ?? []
        let minute = rng.within(8 * 60...17 * 60)
        guard let start = ClockTime(minutes: minute - minute % 15) else { return nil }
        if rng.chance(20) || e.items.isEmpty {
            let item = AgendaItem(
                id: book.newID(.item), kind: rng.pick(ItemKind.allCases), title: rng.pick(itemTitles), start: start,
                minutes: rng.pick([15, 30, 60]), room: rng.chance(50) ? rooms.hot(&rng) : nil)
            return .addItem(event: e.id, item: item)
        }
        guard var item = e.items.hot(&rng) else { return nil }
        switch rng.below(10) {
        case 0: return .moveItem(event: e.id, item: item.id, to: start, shiftFollowing: rng.chance(30))
        case 1: return .removeItem(event: e.id, item: item.id)
        case 2:
            guard let p = e.participants.hot(&rng) else { return nil }
            return .assign(event: e.id, item: item.id, role: Role(person: p.person, part: rng.pick(RolePart.allCases)))
        case 3:
            guard !item.roles.isEmpty else { return nil }
            return .unassign(event: e.id, item: item.id, index: rng.below(item.roles.count))
        case 4: item.title = rng.pick(itemTitles)
        case 5: item.notes = rng.pick(notes)
        case 6: item.room = rng.chance(30) ? nil : rooms.hot(&rng)
        case 7: item.kind = rng.pick(ItemKind.allCases)
        case 8:
            guard !item.roles.isEmpty, let p = e.participants.hot(&rng) else { return nil }
            let k = rng.below(item.roles.count)
            return .updateRole(
                event: e.id, item: item.id, index: k, role: Role(person: p.person, part: item.roles[k].part))
        default: item.minutes = rng.pick([10, 20, 45, 90])
        }
        return .updateItem(event: e.id, item: item)
    }

    static func eventEdit(_ book: Book, _ rng: inout SplitMix64) -> Edit? {
        guard let e = book.events.hot(&rng) else { return nil }
        if rng.chance(5) { return .removeEvent(id: e.id) }
        if rng.chance(5) {
            let id = book.newID(.event)
            return .addEvent(
                Event(id: id, title: "座谈会" + id, date: e.date, start: e.start, end: e.end, venue: e.venue))
        }
        var details = EventDetails(of: e)
        switch rng.below(5) {
        case 0: details.title = rng.pick(["年度大会", "Annual meeting", "主题党日"])
        case 1: details.theme = rng.pick([nil, "不忘初心", "Renewal"])
        case 2: details.start = ClockTime(minutes: rng.pick([7, 8, 9, 10]) * 60) ?? details.start
        case 3: details.end = ClockTime(minutes: rng.pick([11, 12, 17, 23]) * 60) ?? details.end
        default: details.venue = rng.chance(20) ? nil : book.venues.hot(&rng)?.id
        }
        return .updateEvent(id: e.id, details: details)
    }

    static func invitationEdit(_ book: Book, _ rng: inout SplitMix64) -> Edit? {
        guard let e = book.events.hot(&rng), let o = book.organisations.hot(&rng)
        else { return nil }
        switch rng.below(3) {
        case 0: return .invite(event: e.id, org: o.id, part: rng.pick(OrganisationPart.allCases))
        case 1: return .uninvite(event: e.id, org: o.id)
        default:
            guard let invited = e.orgs.hot(&rng) else { return nil }
            return .setQuota(event: e.id, org: invited.org, quota: rng.pick([nil, 1, 5, 10]))
        }
    }

    static func venueEdit(_ book: Book, _ rng: inout SplitMix64) -> Edit? {
        if rng.chance(10) {
            let id = book.newID(.venue)
            return .addVenue(
                Venue(id: id, name: "会场" + id, rooms: [Room(id: book.newID(.room), name: "大厅", capacity: 100)]))
        }
        guard var v = book.venues.hot(&rng) else { return nil }
        if rng.chance(5) { return .removeVenue(id: v.id) }
        switch rng.below(7) {
        case 0: v.name = rng.pick(["市民中心", "Civic Hall", "党群服务中心"]) + v.id
        case 1: v.address = rng.pick([nil, "广州市天河区1号", "越秀区2号"])
        case 2: v.capacity = rng.pick(capacities)
        case 3: v.notes = rng.pick(notes)
        case 4: v.rooms.append(Room(id: book.newID(.room), name: rng.pick(["第一会议室", "报告厅", "Room A"])))
        case 5:
            guard !v.rooms.isEmpty else { return nil }
            v.rooms.remove(at: rng.below(v.rooms.count))
        default:
            guard !v.rooms.isEmpty else { return nil }
            let k = rng.below(v.rooms.count)
            if rng.chance(50) {
                v.rooms[k].capacity = rng.pick(capacities)
            } else {
                v.rooms[k].name = rng.pick(["小会议室", "Room B", "多功能厅"])
            }
        }
        return .updateVenue(v)
    }
}

extension Array {
    /// A random element, one of the first two most of the time (`RandomEdits.hotPercent`); nil when empty.
    func hot(_ rng: inout SplitMix64) -> Element? {
        guard !isEmpty else { return nil }
        return self[rng.below(rng.chance(RandomEdits.hotPercent) ? Swift.min(2, count) : count)]
    }
}
