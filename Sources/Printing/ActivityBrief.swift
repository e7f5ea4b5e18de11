import Phrasebook
import PlannerCore
import TextCells

/// The activity brief (活动简报): a draft news item in the shape of the seed report, for the organiser to edit — when
/// and where, under whose guidance, which organisation hosted it with which others, who took part and how many of
/// each kind, then each part of the programme in order (who led the oath, the visit and its narrator, each speaker
/// and topic, the discussion), and a reminder to add what it achieved.
///
/// The head counts are 实到 by standing once attendance is recorded, 应到 before.
public struct ActivityBrief {
    public let book: Book
    public let event: Event
    public let labels: Labels
    let turnout: Turnout
    let people: PersonLookup
    let orgs: [String: Organisation]
    /// Text lines are at most this many cells wide.
    public let width: Int

    public init(book: Book, event: Event, language: PrintLanguage = .en, width: Int = 80) {
        self.book = book
        self.event = event
        labels = Labels(language)
        people = book.peopleByID
        orgs = book.organisationsByID
        turnout = event.turnout(people: people)
        self.width = max(40, width)
    }

    private func say(_ phrase: Phrase) -> String { phrase.text(labels.language) }

    /// The brief's paragraphs: the opening, one a part of the programme, and the reminder.
    public var paragraphs: [String] {
        [opening] + event.items.compactMap(sentence) + [say(tr("[Draft: add what the activity achieved.]"))]
    }

    /// "为推动落实…，2023年6月16日，广东省电子信息行业协会党支部在广州市科学技术协会的指导下，联合…，组织…共16人在…开展“…”活动。"
    var opening: String {
        let guiding = names(.guiding), partners = names(.participant)
        let host = names(.host)
        let venue = event.venue.flatMap(book.venue).map(\.name)
        // "开展“…联建交流活动”活动" says it twice.
        let activity =
            event.title.hasSuffix(say(tr("activity (after a title)"))) ? "" : say(tr("activity (after a title)"))
        let theme = event.theme?.trimmedOrNil.map { say(tr(" Its theme: “\($0)”.")) } ?? ""
        let guidance = guiding.isEmpty ? "" : say(tr("under the guidance of \(series(guiding)), "))
        let organiser = host.isEmpty ? say(tr("the organisers")) : series(host)
        let together = partners.isEmpty ? "" : say(tr(", together with \(series(partners)),"))
        let place = venue.map { say(tr("at \($0) ")) } ?? ""
        let sentence = tr(
            "On \(longDate), \(guidance)\(organiser)\(together) brought together \(headCount) \(place)for “\(event.title)”\(activity).\(theme)"
        )
        return say(sentence)
    }

    /// "2023年6月16日", "16 June 2023".
    var longDate: String {
        let months = [
            tr("January"), tr("February"), tr("March"), tr("April"), tr("May"), tr("June"), tr("July"), tr("August"),
            tr("September"), tr("October"), tr("November"), tr("December"),
        ]
        let month = say(months[max(0, min(11, event.date.month - 1))])
        return say(tr("\(event.date.day) \(month) \(event.date.year)"))
    }

    /// The organisations in a part: the party branch where its name says which organisation's it is, else the
    /// organisation's name.
    private func names(_ part: OrganisationPart) -> [String] {
        event.orgs.filter { $0.part == part }.map { invited in
            guard let org = orgs[invited.org] else { return invited.org }
            if let branch = org.branch?.trimmedOrNil, branch.contains(org.name) { return branch }
            return org.name
        }
    }

    private func series(_ items: [String]) -> String { say(.series(items)) }

    /// "党员9名、预备党员4名、企业代表1名、列席人员1名、嘉宾1名共16人".
    var headCount: String {
        let recorded = turnout.attendanceRecorded
        func attending(_ p: Politics) -> Int {
            recorded ? turnout.present(attending: p) : turnout.expected(attending: p)
        }
        func came(as c: Capacity) -> Int { recorded ? turnout.present(c) : turnout.expected(c) }
        var kinds: [Phrase] = []
        func add(_ n: Int, _ phrase: Phrase) { if n > 0 { kinds.append(phrase) } }
        add(attending(.member), tr("\(count: attending(.member)) party members"))
        add(attending(.probationary), tr("\(count: attending(.probationary)) probationary members"))
        for p in Politics.allCases where p != .member && p != .probationary && p != .unrecorded {
            add(attending(p), tr("\(count: attending(p)) others (\(p.phrase))"))
        }
        add(attending(.unrecorded), tr("\(count: attending(.unrecorded)) others"))
        add(came(as: .representative), tr("\(count: came(as: .representative)) enterprise representatives"))
        add(came(as: .observer), tr("\(count: came(as: .observer)) observers"))
        add(came(as: .guest), tr("\(count: came(as: .guest)) guests"))
        add(came(as: .staff), tr("\(count: came(as: .staff)) staff"))
        let total = recorded ? turnout.present : turnout.expected
        if kinds.isEmpty { return say(tr("\(count: total) people")) }
        return say(tr("\(count: total) people (\(Phrase.series(kinds)))"))
    }

    /// The sentence of one part of the programme.
    func sentence(_ item: AgendaItem) -> String? {
        let leaders = holders(item, .leader), hosts = holders(item, .host)
        let hosted = hosts.isEmpty ? "" : say(tr("hosted by \(series(hosts)), "))
        switch item.kind {
        case .oath:
            return leaders.isEmpty
                ? say(tr("All party members and probationary members took part in \(item.title)."))
                : say(tr("\(series(leaders)) led all party members and probationary members in \(item.title)."))
        case .visit:
            let narrators = holders(item, .narrator)
            return narrators.isEmpty
                ? say(tr("Then everyone went on \(item.title)."))
                : say(tr("Then everyone went on \(item.title), guided by the narrator \(series(narrators))."))
        case .symposium:
            let speeches = item.roles(.speaker).map { role -> Phrase in
                let who = speaker(role.person)
                guard let topic = role.topic?.trimmedOrNil else { return tr("\(who) spoke") }
                return tr("\(who) spoke on “\(topic)”")
            }
            let said = speeches.isEmpty ? tr("the participants exchanged views") : Phrase.clauses(speeches)
            return say(tr("At \(item.title), \(hosted)\(said)."))
        case .discussion:
            guard let subject = item.notes?.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmedOrNil
            else { return say(tr("In \(item.title), \(hosted)the participants held a discussion.")) }
            return say(tr("In \(item.title), \(hosted)the participants discussed “\(subject)”."))
        case .meeting:
            return hosts.isEmpty
                ? say(tr("Then \(item.title) was held."))
                : say(tr("Then \(item.title) was held, hosted by \(series(hosts))."))
        case .other:
            return say(tr("Then: \(item.title)."))
        }
    }

    private func holders(_ item: AgendaItem, _ part: RolePart) -> [String] {
        item.roles(part).map { people[$0.person].map(name) ?? $0.person }
    }

    /// A name as the brief's prose writes it: the Chinese name alone in Chinese, with the Latin name in English.
    private func name(_ person: Person) -> String { labels.language == .zh ? person.name : person.fullName }

    /// "广州市科协党委书记程智鹏", "程智鹏 Cheng Zhipeng (党委书记, 广州市科协)": a speaker with the title and organisation.
    private func speaker(_ id: String) -> String {
        guard let person = people[id] else { return id }
        let org = orgs[person.org]?.displayName ?? person.org
        guard let title = person.title?.trimmedOrNil else { return say(tr("\(name(person)) from \(org)")) }
        return say(tr("\(name(person)) (\(title), \(org))"))
    }

    /// For a terminal or an editor: the title, then the paragraphs wrapped to the width, a blank line between.
    public func renderText() -> String {
        var lines = TextCells.wrapped(TextCells.sanitized("\(event.title) · \(labels.activityBrief)"), toCells: width)
        for paragraph in paragraphs {
            lines += [""] + TextCells.wrapped(TextCells.sanitized(indent + paragraph), toCells: width)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A paragraph's first-line indent: two full-width spaces in Chinese, none in English.
    private var indent: String { labels.language == .zh ? "\u{3000}\u{3000}" : "" }

    /// For a report or a chat: the title, then the paragraphs.
    public func renderMarkdown() -> String {
        (["# " + MarkdownText.escape(event.title), "", "*\(MarkdownText.escape(labels.activityBrief))*"]
            + paragraphs.flatMap { ["", MarkdownText.escape($0)] }).joined(separator: "\n") + "\n"
    }

    /// One printable A4 page: the title, then the paragraphs.
    public func renderHTML() -> String {
        var page = HTMLPage(title: "\(event.title) · \(labels.activityBrief)", labels: labels, event: event)
        page.body =
            [HTMLPage.element("h1", event.title), HTMLPage.element("p", labels.activityBrief, class: "theme")]
            + paragraphs.map { HTMLPage.element("p", $0, class: "brief") }
        return page.render()
    }
}
