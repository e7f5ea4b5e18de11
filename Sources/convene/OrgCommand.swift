import ArgumentParser
import Phrasebook
import PlannerCore

struct OrgCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org", abstract: "Add, edit, remove organisations.",
        subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add an organisation; prints its id.")
        @OptionGroup var plan: PlanOptions
        @Option var name: String
        @Option var short: String?
        @Option(help: "Its party branch, e.g. 某某公司党支部.") var branch: String?
        @Option var contact: String?

        func run() throws {
            let id: String = try plan.edit { book in
                let id = book.newID(.organisation)
                return (
                    .addOrganisation(
                        Organisation(
                            id: id, name: name.trimmed, short: short?.trimmedOrNil,
                            branch: branch?.trimmedOrNil, contact: contact?.trimmedOrNil)), id
                )
            }
            Console.out(id)
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Change an organisation.")
        @OptionGroup var plan: PlanOptions
        @Option(help: "Organisation id or name.") var org: String
        @Option var name: String?
        @Option var short: String?
        @Option var branch: String?
        @Option var contact: String?

        func run() throws {
            try plan.edit { book in
                var o = try book.requireOrganisation(try Resolver(book: book).organisation(org))
                if let name { o.name = name.trimmed }
                if let short { o.short = short.trimmedOrNil }
                if let branch { o.branch = branch.trimmedOrNil }
                if let contact { o.contact = contact.trimmedOrNil }
                return (PlannerCore.Edit.updateOrganisation(o), ())
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an organisation with nobody on its roster.")
        @OptionGroup var plan: PlanOptions
        @Option(help: "The organisation's exact id or full name.") var org: String

        func run() throws {
            try plan.remove { book in
                let o = try book.requireOrganisation(try Resolver(book: book, matching: .exact).organisation(org))
                return (.removeOrganisation(id: o.id), tr("removed organisation \(o.name) (\(o.id))"))
            }
        }
    }
}
