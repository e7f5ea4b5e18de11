import Phrasebook

/// The oath review (重温入党誓词): `oath-leader-not-member` (error) and `oath-observers` (note). 中共党员 and 中共预备党员
/// take the oath; everyone else coming attends it as an observer (列席), and the note names the activists and
/// candidates among them (入党积极分子, 发展对象) first, with their stage, since the branch is preparing them to join.
extension Checks {
    /// How many names a message lists before it counts the rest: a list of thousands hides the sentence.
    static let namedAtMost = 20

    /// - Parameter attending: the roster positions of the participants who are coming, in list order.
    static func oathReview(
        of items: [AgendaItem], attending: [Int], roster: [Person], people: PersonLookup
    ) -> [Problem] {
        guard items.contains(where: { $0.kind == .oath }) else { return [] }
        // The activists and candidates first, with their stage, so a long list that is cut still names them.
        let isPipeline = { (i: Int) in roster[i].stage == .activist || roster[i].stage == .candidate }
        let others = attending.filter { !roster[$0].politics.isPartyMember }
        let observers = others.filter(isPipeline) + others.filter { !isPipeline($0) }
        let names = observers.map { i -> Phrase in
            guard isPipeline(i), let stage = roster[i].stage else { return .verbatim(roster[i].name) }
            return tr("\(roster[i].name) (\(stage.phrase))")
        }
        var out: [Problem] = []
        for item in items where item.kind == .oath {
            for role in item.roles where role.part == .leader {
                if let p = people[role.person], !p.politics.isPartyMember {
                    out.append(
                        Problem(
                            severity: .error, code: "oath-leader-not-member",
                            message: tr("\(p.name) leads '\(item.title)' but is not a party member"),
                            ids: [p.id, item.id]))
                }
            }
            guard !observers.isEmpty else { continue }
            out.append(
                Problem(
                    severity: .note, code: "oath-observers",
                    message: tr(
                        "\(count: observers.count) confirmed participants are not party members and attend '\(item.title)' as observers: \(named(names))"
                    ),
                    ids: [item.id] + observers.map { roster[$0].id }))
        }
        return out
    }

    /// The first `namedAtMost` names in a series, then how many more.
    static func named(_ names: [String]) -> Phrase { named(names.map(Phrase.verbatim)) }

    static func named(_ names: [Phrase]) -> Phrase {
        guard names.count > namedAtMost else { return Phrase.series(names) }
        return tr("\(Phrase.series(Array(names.prefix(namedAtMost)))) and \(count: names.count - namedAtMost) more")
    }
}
