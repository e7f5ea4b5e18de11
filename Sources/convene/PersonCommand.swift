import ArgumentParser
import Phrasebook
import PlannerCore

struct PersonCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "person", abstract: tr("Add, edit, remove people on the rosters.").cli,
            subcommands: [Add.self, Edit.self, Remove.self])
    }

    struct Add: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "add", abstract: tr("Add a person to an organisation's roster; prints the id.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option var name: String
        @Option(help: ArgumentHelp(tr("The name in Latin letters, e.g. Xu Xiaomin.").cli)) var latin: String?
        @Option(help: ArgumentHelp(tr("Organisation id or name.").cli)) var org: String
        @Option(help: ArgumentHelp(tr("member, probationary, representative or guest.").cli)) var status:
            MembershipStatus
        @Option(help: ArgumentHelp(tr("Title or position.").cli)) var title: String?
        @Option var phone: String?
        @Option var email: String?

        func run() throws {
            let id: String = try plan.edit { book in
                let id = book.newID(.person)
                let orgID = try Resolver(book: book).organisation(org)
                return (
                    .addPerson(
                        Person(
                            id: id, name: name.trimmed, latin: latin?.trimmedOrNil, org: orgID,
                            title: title?.trimmedOrNil, status: status, phone: phone?.trimmedOrNil,
                            email: email?.trimmedOrNil)), id
                )
            }
            Console.out(id)
        }
    }

    struct Edit: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "edit", abstract: tr("Change a person; an empty value clears an optional field.").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("Person id or name.").cli)) var person: String
        @Option var name: String?
        @Option var latin: String?
        @Option(help: ArgumentHelp(tr("Move to this organisation (id or name).").cli)) var org: String?
        @Option var status: MembershipStatus?
        @Option var title: String?
        @Option var phone: String?
        @Option var email: String?

        func run() throws {
            try plan.edit { book in
                let r = Resolver(book: book)
                var p = try book.requirePerson(try r.person(person))
                if let name { p.name = name.trimmed }
                if let latin { p.latin = latin.trimmedOrNil }
                if let org { p.org = try r.organisation(org) }
                if let status { p.status = status }
                if let title { p.title = title.trimmedOrNil }
                if let phone { p.phone = phone.trimmedOrNil }
                if let email { p.email = email.trimmedOrNil }
                return (PlannerCore.Edit.updatePerson(p), ())
            }
        }
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "remove", abstract: tr("Remove a person (also from every event and part).").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("The person's exact id or full name.").cli)) var person: String

        func run() throws {
            try plan.remove { book in
                let p = try book.requirePerson(try Resolver(book: book, matching: .exact).person(person))
                return (.removePerson(id: p.id), tr("removed person \(p.name) (\(p.id))"))
            }
        }
    }
}
