import Phrasebook
import PlannerCore

/// One plan as one line per fact, in a fixed order (the order of `PlanDiff`): what git's textconv shows, so that a
/// line diff of two versions (`git log -p`) reads as the facts that changed. Each line names its record by name and
/// id from the top ("event 党建… (e1) › item 重温入党誓词 (i1) › start: 09:10"), so it reads alone in a hunk.
public struct PlanFacts {
    public let book: Book
    public let language: Language
    private var lines: [String] = []

    public init(book: Book, language: Language) {
        self.book = book
        self.language = language
    }

    /// The lines, each ending in a newline; a line break inside a value (an item's notes) is written ` ↵ `, so every
    /// fact stays on its own line.
    public func render() -> String {
        var facts = self
        facts.collect()
        return facts.lines.map { line in
            line.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ↵ ") + "\n"
        }.joined()
    }

    private mutating func collect() {
        let orgs = book.organisationsByID
        for o in book.organisations {
            let at = [tr("organisation \(o.name) (\(o.id))")]
            add(at)
            add(at, tr("short name"), o.short)
            add(at, tr("party branch"), o.branch)
            add(at, tr("contact"), o.contact)
        }
        for p in book.people {
            let at = [tr("person \(p.name) (\(p.id))")]
            add(at, tr("organisation"), orgs[p.org]?.displayName ?? p.org)
            add(at, tr("Latin name"), p.latin)
            add(at, tr("job title"), p.title)
            add(at, tr("political status"), p.politics.phrase)
            add(at, tr("stage"), p.stage?.phrase)
            add(at, tr("phone"), p.phone)
            add(at, tr("email"), p.email)
        }
        for v in book.venues {
            let at = [tr("venue \(v.name) (\(v.id))")]
            add(at)
            add(at, tr("address"), v.address)
            add(at, tr("capacity"), v.capacity.map(String.init))
            add(at, tr("notes"), v.notes)
            for r in v.rooms {
                let room = at + [tr("room \(r.name) (\(r.id))")]
                add(room)
                add(room, tr("capacity"), r.capacity.map(String.init))
            }
        }
        for e in book.events { collect(e, orgs: orgs) }
        for c in book.conflicts { lines.append(tr("merge conflict: \(book.mergeConflictText(c))").text(language)) }
    }

    private mutating func collect(_ e: Event, orgs: [String: Organisation]) {
        let at = [tr("event \(e.title) (\(e.id))")]
        add(at, tr("theme"), e.theme)
        add(at, tr("date"), e.date.description)
        add(at, tr("start"), e.start.description)
        add(at, tr("end"), e.end.description)
        add(at, tr("time zone"), e.tz)
        add(at, tr("venue"), e.venue.map { book.venue($0)?.name ?? $0 })
        for invited in e.orgs {
            let org = at + [tr("invited \(orgs[invited.org]?.displayName ?? invited.org) (\(invited.org))")]
            add(org, tr("part"), invited.part.phrase)
            add(org, tr("quota"), invited.quota.map(String.init))
        }
        for item in e.items {
            let it = at + [tr("item \(item.title) (\(item.id))")]
            add(it, tr("kind"), item.kind.phrase)
            add(it, tr("start"), item.start.description)
            add(it, tr("length"), tr("\(count: item.minutes) minutes"))
            add(it, tr("room"), book.roomName(of: item, in: e))
            add(it, tr("notes"), item.notes)
            for role in item.roles {
                let name = book.person(role.person)?.name ?? role.person
                let part = it + [tr("\(role.part.phrase) \(name) (\(role.person))")]
                add(part)
                add(part, tr("topic"), role.topic)
                add(part, tr("speech minutes"), role.minutes.map(String.init))
            }
        }
        for p in e.participants {
            let name = book.person(p.person)?.name ?? p.person
            let who = at + [tr("participant \(name) (\(p.person))")]
            add(who, tr("reply"), p.rsvp.phrase)
            add(who, tr("capacity"), p.capacity.phrase)
            if let leave = p.leave {
                add(who, tr("leave reason"), leave.reason.phrase)
                add(who, tr("leave note"), leave.note)
                add(who, tr("leave approved by"), leave.approvedBy.map { book.person($0)?.name ?? $0 })
            }
            add(who, tr("attendance"), p.attendance.phrase)
        }
    }

    /// The line that says the record is there.
    private mutating func add(_ path: [Phrase]) { lines.append(joined(path)) }

    /// "path › label: value", left out when there is no value.
    private mutating func add(_ path: [Phrase], _ label: Phrase, _ value: String?) {
        add(path, label, value.map(Phrase.verbatim))
    }

    private mutating func add(_ path: [Phrase], _ label: Phrase, _ value: Phrase?) {
        guard let value else { return }
        lines.append(tr("\(joined(path)) › \(label): \(value)").text(language))
    }

    private func joined(_ path: [Phrase]) -> String { path.map { $0.text(language) }.joined(separator: " › ") }
}
