import Phrasebook

/// What the Participants list's `/` filter asks: words that name a reply, a sign-in state, leave, a 政治面貌, a stage
/// or a capacity (未回复, 未签到, 请假, 党员, 列席, `confirmed`, `not signed in` ...), each of which must hold, and the
/// rest of the text, which must be part of the person's name (characters, pinyin or initials) or of their
/// organisation's name. Words of both languages are understood whatever the reader's, and words joined by spaces all
/// hold: `芯源 未签到` is who of 芯源 has not signed in yet.
public struct ParticipantQuery: Sendable {
    /// One thing a word asks of a participant.
    public enum Criterion: Hashable, Sendable {
        case rsvp(RSVP)
        /// 未签到: expected, neither signed in, marked absent nor on leave (who is still to come).
        case notSignedIn
        case signedIn
        /// 缺席: marked absent.
        case absent
        /// 请假, for any reason (nil) or for one.
        case onLeave(LeaveReason?)
        case politics(Politics)
        case stage(Stage)
        case capacity(Capacity)
    }

    /// What the words ask, each of which must hold.
    public let criteria: [Criterion]
    /// The rest of the query, for names and organisations (lower-cased, without white space).
    public let text: PinyinQuery

    public init(_ typed: String) {
        var criteria: [Criterion] = [], rest: [Substring] = []
        let terms = typed.split(whereSeparator: \.isWhitespace)
        var i = 0
        // The longest run of terms that is one word ("not signed in"), else the term as text.
        while i < terms.count {
            var found: (Criterion, Int)?
            for end in stride(from: terms.count, to: i, by: -1) {
                if let c = Self.words[Self.compact(terms[i..<end].joined())] {
                    found = (c, end)
                    break
                }
            }
            if let (c, end) = found {
                if !criteria.contains(c) { criteria.append(c) }
                i = end
            } else {
                rest.append(terms[i])
                i += 1
            }
        }
        self.criteria = criteria
        text = PinyinQuery(rest.joined())
    }

    /// True when the query asks nothing: every participant matches.
    public var isEmpty: Bool { criteria.isEmpty && text.text.isEmpty }

    /// The plain definition of a match: every criterion holds, and the text (if any) is part of the name or of the
    /// organisation's name. The Participants list answers the same faster (its tests compare the two).
    public func matches(_ participant: Participant, _ person: Person, organisation: Organisation?) -> Bool {
        let facets = ParticipantFacets(participant, person)
        guard criteria.allSatisfy({ facets.holds($0) }) else { return false }
        guard !text.text.isEmpty else { return true }
        return person.matches(text) || (organisation.map { Self.organisation($0, matches: text) } ?? false)
    }

    /// True when `text` (not empty) is part of the organisation's name or short name (case and spaces ignored).
    public static func organisation(_ organisation: Organisation, matches text: PinyinQuery) -> Bool {
        compact(organisation.name).contains(text.text)
            || (organisation.short.map { compact($0).contains(text.text) } ?? false)
    }

    /// Lower-cased, without white space, `-` or `_`: how a word is looked up.
    static func compact(_ text: some StringProtocol) -> String {
        String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "-" && $0 != "_" })
    }

    /// Every word the filter understands, in both languages: the vocabulary's names (`NamedValue`), the words the
    /// screens show, and the few the counts use (未回复 not replied, 未签到 not signed in, 请假 on leave).
    static let words: [String: Criterion] = {
        var words: [String: Criterion] = [:]
        func add(_ criterion: Criterion, _ names: [String]) {
            for name in names where !name.allSatisfy(\.isNumber) {
                let key = compact(name)
                if !key.isEmpty, words[key] == nil { words[key] = criterion }
            }
        }
        func named<V: NamedValue>(_ value: V, _ phrase: Phrase) -> [String] {
            [value.rawValue, phrase.text(.en), phrase.text(.zh)] + value.chineseNames
        }
        add(.rsvp(.invited), ["未回复", "not replied", "no reply", "unanswered"])
        add(.notSignedIn, ["未签到", "not signed in", "not signed in yet", Attendance.notYet.phrase.text(.en)])
        add(.signedIn, ["已签到", "signed in", "实到", "present", Attendance.signedIn(at: nil).phrase.text(.zh)])
        add(.absent, ["缺席", "absent", "marked absent"])
        add(.onLeave(nil), ["请假", "on leave", "leave", "excused"])
        for r in RSVP.allCases { add(.rsvp(r), named(r, r.phrase)) }
        for r in LeaveReason.allCases { add(.onLeave(r), named(r, r.phrase)) }
        for p in Politics.allCases { add(.politics(p), named(p, p.phrase)) }
        for s in Stage.allCases { add(.stage(s), named(s, s.phrase)) }
        for c in Capacity.allCases { add(.capacity(c), named(c, c.phrase)) }
        return words
    }()
}

/// What the filter's words ask about one participant, without their texts: a value a list of 100,000 keeps per row
/// and reads without touching a string.
public struct ParticipantFacets: Sendable, Equatable {
    public var rsvp: RSVP
    public var attendance: Attendance
    public var leave: LeaveReason?
    public var politics: Politics
    public var stage: Stage?
    public var capacity: Capacity

    public init(_ participant: Participant, _ person: Person) {
        rsvp = participant.rsvp
        attendance = participant.attendance
        leave = participant.leave?.reason
        politics = person.politics
        stage = person.stage
        capacity = participant.capacity
    }

    /// True when `criterion` holds (the one definition of each word's meaning).
    public func holds(_ criterion: ParticipantQuery.Criterion) -> Bool {
        switch criterion {
        case .rsvp(let r): return rsvp == r
        case .notSignedIn: return rsvp != .declined && attendance == .notYet && leave == nil
        case .signedIn: return attendance.isSignedIn
        case .absent: return attendance == .absent
        case .onLeave(nil): return leave != nil
        case .onLeave(let reason?): return leave == reason
        case .politics(let p): return politics == p
        case .stage(let s): return stage == s
        case .capacity(let c): return capacity == c
        }
    }
}
