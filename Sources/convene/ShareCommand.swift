import ArgumentParser
import Foundation
import Phrasebook
import PlanFile
import PlannerCore

/// `convene share --event E --org O -o FILE`: the copy of the plan for one organisation that does not use git
/// (`Book.sharing`), 0600; its contact edits it in their own Convene and sends it back for `convene merge --reply`.
struct ShareCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "share",
            abstract: tr("Write a copy of one event for one organisation to fill in and send back.").cli,
            discussion: tr(
                "The copy holds the event, its agenda and venue, the invited organisations' names, and the organisation's own roster and participants: none of the other organisations' contacts or their people's details. Its contact edits it in their own Convene (roster, replies, leave) and sends it back; merge it with convene merge --reply FILE."
            ).cli)
    }

    @OptionGroup var plan: PlanOptions
    @OptionGroup var event: EventOption

    @Option(help: ArgumentHelp(tr("The organisation to share with: its id or name.").cli, valueName: "org"))
    var org: String

    @Option(name: .shortAndLong, help: ArgumentHelp(tr("The file to write the copy to.").cli, valueName: "file"))
    var output: String

    func run() throws {
        let book = try plan.load()
        let resolver = Resolver(book: book)
        let eventID = try resolver.event(event.event)
        let orgID = try resolver.organisation(org)
        let shared = try book.requireEvent(eventID)
        let organisation = try book.requireOrganisation(orgID)
        guard shared.orgs.contains(where: { $0.org == orgID }) else {
            throw UsageError(
                tr(
                    "\(organisation.displayName) is not invited to “\(shared.title)”; invite it first (convene event invite)"
                ))
        }
        let copy = book.sharing(event: eventID, org: orgID, at: Date(), copyTag: .random())
        do {
            try PrintoutFile.write(try PlanFormat.encode(copy), to: output, mode: 0o600, replace: true)
        } catch let failure as PrintoutFile.Failure {
            throw UsageError(failure.phrase)
        }
        let rows = copy.events.first?.participants.count ?? 0
        Console.out(
            tr(
                "wrote \(output) for \(organisation.displayName): “\(shared.title)” with \(tr("\(count: shared.items.count) agenda items")), its roster of \(tr("\(count: copy.members(of: orgID).count) people")) and \(tr("\(count: rows) participants"))"
            ).text(plan.language))
        // The exact command, with this plan named: a bare `merge --reply` would merge into the default plan.
        let command = "convene merge --reply \(Self.quoted(output)) --file \(Self.quoted(plan.store.path))"
        Console.out(
            tr("send it to their contact; merge the copy they send back with: \(command)").text(plan.language))
    }

    /// `path` as a shell reads it back: as it is when it is plain, else in single quotes.
    static func quoted(_ path: String) -> String {
        let plain = path.allSatisfy { $0.isLetter || $0.isNumber || "/._-+~".contains($0) }
        return plain ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
