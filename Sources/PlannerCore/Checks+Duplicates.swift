import Phrasebook

/// The `duplicate-person` rule: the same name twice on an event's list.
extension Checks {
    /// How many repeated names get a problem each; the rest of each severity are summed up in one problem, so a
    /// 100,000-person list, where thousands of names repeat by chance, gives a list a person can read, in linear time.
    public static let duplicatesListed = 20

    /// Probable duplicates among the people at `listed` (roster positions, in list order): the same name twice (in one
    /// or two organisations) is a warning, with the same phone or email an error. In order of each name's first place
    /// on the list. A repeated name is a chain through `next`: no array per name, however many names repeat.
    static func duplicates(among listed: [Int], of roster: [Person], orgName: (String) -> String) -> [Problem] {
        // One probe per participant: the slot holds the name's first place (>= 0) or its group (-1 - g).
        var slots = [NameKey: Int](minimumCapacity: listed.count)
        var groups: [(first: Int, last: Int, count: Int)] = []
        var next = [Int](repeating: -1, count: listed.count)
        roster.withUnsafeBufferPointer { roster in
            for (n, i) in listed.enumerated() {
                var previous = Int.min
                Self.update(&slots[NameKey(roster[i].name), default: Int.min]) { slot in
                    previous = slot
                    if slot == Int.min { slot = n } else if slot >= 0 { slot = -1 - groups.count }
                }
                if previous >= 0 {
                    next[previous] = n
                    groups.append((previous, n, 2))
                } else if previous != Int.min {
                    let g = -1 - previous
                    next[groups[g].last] = n
                    groups[g].last = n
                    groups[g].count += 1
                }
            }
        }
        // Found at each name's second place; put in order of its first.
        groups.sort { $0.first < $1.first }

        return roster.withUnsafeBufferPointer { roster -> [Problem] in
            func person(_ n: Int) -> Person { roster[listed[n]] }
            /// The places of a group, following its chain.
            func places(_ g: Int) -> UnfoldSequence<Int, Int> {
                sequence(state: groups[g].first) { n in
                    guard n >= 0 else { return nil }
                    defer { n = next[n] }
                    return n
                }
            }
            /// An email as compared: lower-cased, unless it has no capitals to lower (most do not; lower-casing makes a new String).
            func caseless(_ email: String) -> String {
                email.utf8.contains { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 } ? email.lowercased() : email
            }
            /// Both have an email and they are the same without case.
            func sameEmail(_ x: String?, _ y: String?) -> Bool {
                guard let x, let y else { return false }
                return x == y || caseless(x) == caseless(y)
            }
            /// Two different records of the group share a phone or an email (compared without case): pair by pair
            /// in a small group, through tables in a big one (namesakes of a common name on a big roster).
            func sameContact(_ g: Int) -> Bool {
                guard groups[g].count > 8 else {
                    for a in places(g) {
                        var b = next[a]
                        while b >= 0 {
                            let x = roster[listed[a]], y = roster[listed[b]]
                            if x.id != y.id, (x.phone != nil && x.phone == y.phone) || sameEmail(x.email, y.email) {
                                return true
                            }
                            b = next[b]
                        }
                    }
                    return false
                }
                var phones = [String: Int](minimumCapacity: groups[g].count),
                    emails = [String: Int](minimumCapacity: groups[g].count)
                for n in places(g) {
                    let i = listed[n]
                    if let phone = roster[i].phone, let other = phones.updateValue(i, forKey: phone),
                        roster[other].id != roster[i].id
                    {
                        return true
                    }
                    if let email = roster[i].email.map(caseless), let other = emails.updateValue(i, forKey: email),
                        roster[other].id != roster[i].id
                    {
                        return true
                    }
                }
                return false
            }

            var out: [Problem] = []
            // Index 0 errors (same phone or email), 1 warnings.
            var unlisted: [[Int]] = [[], []], listedCount = [0, 0]
            for g in groups.indices {
                let same = sameContact(g)
                let severity: Severity = same ? .error : .warning
                guard listedCount[same ? 0 : 1] < duplicatesListed else {
                    unlisted[same ? 0 : 1].append(g)
                    continue
                }
                listedCount[same ? 0 : 1] += 1
                let group = places(g).map(person)
                let where_ = Phrase.series(group.map { "\($0.id) \(orgName($0.org))" })
                out.append(
                    Problem(
                        severity: severity, code: "duplicate-person",
                        message:
                            same
                            ? tr(
                                "\(group[0].name) is listed \(group.count) times (\(where_)) with the same phone or email; probably the same person"
                            )
                            : tr(
                                "\(group[0].name) is listed \(group.count) times (\(where_)); probably the same person"),
                        ids: group.map(\.id)))
            }
            for (severity, rest) in zip([Severity.error, .warning], unlisted) where !rest.isEmpty {
                var shown = rest.prefix(5).map {
                    Phrase.verbatim("\(person(groups[$0].first).name) ×\(groups[$0].count)")
                }
                if rest.count > 5 { shown.append(.verbatim("…")) }
                var ids: [String] = []
                for g in rest { for n in places(g) { ids.append(roster[listed[n]].id) } }
                out.append(
                    Problem(
                        severity: severity, code: "duplicate-person",
                        message: severity == .error
                            ? tr(
                                "and \(count: rest.count) more names are listed more than once with the same phone or email: \(Phrase.series(shown))"
                            )
                            : tr(
                                "and \(count: rest.count) more names are listed more than once: \(Phrase.series(shown))"
                            ),
                        ids: ids))
            }
            return out
        }
    }

    @inline(__always)
    private static func update<T>(_ value: inout T, _ change: (inout T) -> Void) { change(&value) }
}
