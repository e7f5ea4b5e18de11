import PlannerCore

/// The parts of a UID Convene wrote (`AgendaICS.uid`): `e1-i3.<plan identity>@convene`, or `e1-i3@convene` from a
/// plan without an identity.
struct ConveneUID: Hashable {
    let event: String
    let item: String
    let identity: String?

    init?(_ uid: String) {
        guard uid.hasSuffix("@convene") else { return nil }
        let body = uid.dropLast("@convene".count)
        let (ids, identity) =
            body.firstIndex(of: ".").map { (body[..<$0], String(body[body.index(after: $0)...])) } ?? (body, nil)
        let parts = ids.split(separator: "-").map(String.init)
        guard parts.count == 2, RecordKind.event.number(of: parts[0]) != nil,
            RecordKind.item.number(of: parts[1]) != nil, identity?.isEmpty != true
        else {
            return nil
        }
        (event, item, self.identity) = (parts[0], parts[1], identity)
    }
}
