import Phrasebook
import PlannerCore

/// The language of printouts: the one language choice of every screen, message and printout.
public typealias PrintLanguage = Language

/// Printed words in English and Chinese.
public struct Labels: Sendable {
    public let language: PrintLanguage

    public init(_ language: PrintLanguage) { self.language = language }

    private func pick(_ en: String, _ zh: String) -> String { language == .en ? en : zh }
    private func say(_ phrase: Phrase) -> String { phrase.text(language) }

    public var date: String { say(tr("Date")) }
    public var time: String { say(tr("Time")) }
    public var venue: String { say(tr("Venue (where it is)")) }
    public var theme: String { say(tr("Theme")) }
    public var organisations: String { say(tr("Organisations (taking part)")) }
    public var agenda: String { say(tr("Agenda")) }
    public var people: String { say(tr("Participants")) }
    public var name: String { say(tr("Name")) }
    public var organisation: String { say(tr("Organisation")) }
    public var status: String { say(tr("Status")) }
    public var politics: String { say(tr("Political status")) }
    public var rsvp: String { say(tr("RSVP")) }
    public var parts: String { say(tr("Parts")) }
    public var title: String { say(tr("Title (a person's)")) }
    public var room: String { say(tr("Room")) }
    public var minutesUnit: String { say(tr("min")) }
    public var noItems: String { say(tr("(no agenda items yet)")) }
    public var noPeople: String { say(tr("(no participants yet)")) }
    public var total: String { say(tr("Total")) }
    /// Column heading of an agenda item's kind.
    public var kindHeading: String { say(tr("Kind")) }
    /// Column heading of an agenda item's title (`title` is a person's job title).
    public var item: String { say(tr("Item")) }
    /// Column heading of an organisation's part in the event.
    public var partHeading: String { say(tr("Part (an organisation's)")) }
    public var notes: String { say(tr("Notes")) }
    public var phone: String { say(tr("Phone")) }
    public var email: String { say(tr("Email")) }
    public var number: String { say(tr("No.")) }
    public var signature: String { say(tr("Signature")) }
    public var signInSheet: String { say(tr("Sign-in sheet")) }
    /// ": " in English, "：" in Chinese.
    public var colon: String { pick(": ", "：") }
    /// ", " in English, "，" in Chinese.
    public var comma: String { pick(", ", "，") }
    /// "(20 min)" in English, "（20 分钟）" in Chinese.
    public func parenthesised(_ text: String) -> String { pick("(\(text))", "（\(text)）") }
    /// What goes before a parenthesis: a space in English, nothing in Chinese (the full-width bracket has its own).
    public var beforeParenthesis: String { pick(" ", "") }
    /// "20 min", "20 分钟".
    public func minutes(_ n: Int) -> String { "\(n) \(minutesUnit)" }
    /// The HTML `lang` of a printout.
    public var htmlLanguage: String { pick("en", "zh-CN") }

    /// The day of the week, 1 = Monday … 7 = Sunday.
    public func weekday(_ n: Int) -> String {
        let days = [
            tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday"), tr("Sunday"),
        ]
        return say(days[(n - 1 + 7) % 7])
    }

    public func kind(_ kind: ItemKind) -> String { say(kind.phrase) }

    /// A part as a column or a line of a printout names it: "Oath leader", 领誓人.
    public func part(_ part: RolePart) -> String { capitalized(say(part.phrase)) }

    public func orgPart(_ part: OrganisationPart) -> String { say(part.phrase) }

    public func politics(_ person: Person) -> String { say(person.politicsPhrase) }
    /// The participant's standing in the event: the capacity, or 政治面貌 for one who takes part (参加).
    public func standing(_ participant: Participant, _ person: Person) -> String { say(participant.standing(person)) }

    public func rsvp(_ rsvp: RSVP) -> String { say(rsvp.phrase) }

    /// The first letter upper-cased (Chinese has no case, so it is unchanged).
    private func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
