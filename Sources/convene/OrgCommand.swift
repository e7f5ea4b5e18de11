import ArgumentParser
import Phrasebook
import PlannerCore

struct OrgCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "org", abstract: tr("Add, edit, remove organisations.").cli,
            subcommands: [Add.self, Edit.self, Remove.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add", abstract: tr("Add an organisation; prints its id.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("The organisation's full name.").cli)) var name: String
        @Option(help: ArgumentHelp(tr("A short name for lists and printouts, e.g. 天极电子.").cli)) var short: String?
        @Option(help: ArgumentHelp(tr("Its party branch, e.g. 某某公司党支部.").cli)) var branch: String?
        @Option(help: ArgumentHelp(tr("Its contact, e.g. 王芳 13800000000.").cli)) var contact: String?

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
        static var configuration: CommandConfiguration {
            CommandConfiguration(commandName: "edit", abstract: tr("Change an organisation.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("Organisation id or name.").cli), completion: .organisations) var org: String
        @Option(help: ArgumentHelp(tr("The organisation's full name.").cli)) var name: String?
        @Option(help: ArgumentHelp(tr("A short name for lists and printouts, e.g. 天极电子.").cli)) var short: String?
        @Option(help: ArgumentHelp(tr("Its party branch, e.g. 某某公司党支部.").cli)) var branch: String?
        @Option(help: ArgumentHelp(tr("Its contact, e.g. 王芳 13800000000.").cli)) var contact: String?

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
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "remove", abstract: tr("Remove an organisation with nobody on its roster.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("The organisation's exact id or full name.").cli), completion: .organisations)
        var org: String

        func run() throws {
            try plan.remove { book in
                let o = try book.requireOrganisation(try Resolver(book: book, matching: .exact).organisation(org))
                return (.removeOrganisation(id: o.id), tr("removed organisation \(o.name) (\(o.id))"))
            }
        }
    }
}
