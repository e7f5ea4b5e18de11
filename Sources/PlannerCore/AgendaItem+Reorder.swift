import Phrasebook

/// Putting the holders of one part in a new order (speakers, mostly): the order every printout lists them in.
extension AgendaItem {
    /// The item with the roles of `part` in the order `order`, a permutation of `0..<roles(part).count`. They are
    /// put together where the first of them was, so a speaker added after the recorder comes back among the speakers.
    public func reordering(_ part: RolePart, as order: [Int]) -> AgendaItem {
        let positions = roles.indices.filter { roles[$0].part == part }
        precondition(order.sorted() == Array(positions.indices), "not a permutation of the part's roles")
        guard let first = positions.first else { return self }
        var item = self
        let moved = order.map { roles[positions[$0]] }
        item.roles = roles.enumerated().filter { $0.element.part != part || $0.offset < first }.map(\.element)
        item.roles.insert(contentsOf: moved, at: first)
        return item
    }

    /// The item with the role at `index` moved one place earlier or later among the holders of its part; nil when
    /// it is already first or last of them (or there is no such role).
    public func moving(roleAt index: Int, earlier: Bool) -> AgendaItem? {
        guard roles.indices.contains(index) else { return nil }
        let part = roles[index].part
        let positions = roles.indices.filter { roles[$0].part == part }
        guard let k = positions.firstIndex(of: index) else { return nil }
        let other = earlier ? k - 1 : k + 1
        guard positions.indices.contains(other) else { return nil }
        var order = Array(positions.indices)
        order.swapAt(k, other)
        return reordering(part, as: order)
    }
}

extension Book {
    /// The edit that puts the holders of `part` in `item` in the order of `people` (ids), which must name exactly the
    /// current holders, each as often as they hold the part (a speaker may speak twice). A person's speeches keep
    /// their own order. Refused with who is missing and who is not among them.
    public func reorderEdit(event eventID: String, item itemID: String, part: RolePart, people: [String]) throws -> Edit
    {
        guard let event = event(eventID) else {
            throw PlanError.notFound(kind: .event, reference: eventID, suggestions: [])
        }
        guard let item = event.item(itemID) else {
            throw PlanError.notFound(kind: .item, reference: itemID, suggestions: [])
        }
        let held = item.roles(part)
        let name = { (id: String) in self.person(id)?.name ?? id }
        guard !held.isEmpty else {
            throw PlanError.refused(tr("nobody is \(part.phrase) of '\(item.title)', so there is nothing to reorder"))
        }
        // Each given person takes their next role of the part, in the current order.
        var unused: [String: [Int]] = [:]
        for (k, role) in held.enumerated() { unused[role.person, default: []].append(k) }
        for key in unused.keys { unused[key]?.reverse() }
        var order: [Int] = [], strangers: [String] = [], repeated: [String] = []
        for person in people {
            if let k = unused[person]?.popLast() {
                order.append(k)
            } else if held.contains(where: { $0.person == person }) {
                if !repeated.contains(person) { repeated.append(person) }
            } else if !strangers.contains(person) {
                strangers.append(person)
            }
        }
        var missing: [String] = []
        for role in held where unused[role.person]?.isEmpty == false && !missing.contains(role.person) {
            missing.append(role.person)
        }
        var problems: [Phrase] = []
        if !missing.isEmpty {
            problems.append(tr("\(Phrase.series(missing.map(name))) \(count: missing.count) is missing"))
        }
        if !strangers.isEmpty {
            problems.append(tr("\(Phrase.series(strangers.map(name))) \(count: strangers.count) is not one of them"))
        }
        if !repeated.isEmpty {
            problems.append(tr("\(Phrase.series(repeated.map(name))) \(count: repeated.count) is given too often"))
        }
        guard problems.isEmpty else {
            throw PlanError.invalid(
                field: tr("people"),
                message: tr(
                    "list every \(part.phrase) of '\(item.title)' in the new order (now: \(Phrase.series(held.map { name($0.person) }))): \(Phrase.clauses(problems))"
                ))
        }
        return .updateItem(event: eventID, item: item.reordering(part, as: order))
    }
}
