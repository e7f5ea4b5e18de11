import ArgumentParser
import Phrasebook
import PlannerCore

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person", abstract: "Add, edit, remove people on the rosters.",
        subcommands: [Add.self, Edit.self, Remove.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add a person to an organisation's roster; prints the id.")
        @OptionGroup var plan: PlanOptions
        @Option var name: String
        @Option(help: "The name in Latin letters, e.g. Xu Xiaomin.") var latin: String?
        @Option(help: "Organisation id or name.") var org: String
        @Option(help: "member, probationary, representative or guest.") var status: MembershipStatus
        @Option(help: "Title or position.") var title: String?
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
        static let configuration = CommandConfiguration(
            commandName: "edit", abstract: "Change a person; an empty value clears an optional field.")
        @OptionGroup var plan: PlanOptions
        @Option(help: "Person id or name.") var person: String
        @Option var name: String?
        @Option var latin: String?
        @Option(help: "Move to this organisation (id or name).") var org: String?
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
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove a person (also from every event and part).")
        @OptionGroup var plan: PlanOptions
        @Option(help: "The person's exact id or full name.") var person: String

        func run() throws {
            try plan.remove { book in
                let p = try book.requirePerson(try Resolver(book: book, matching: .exact).person(person))
                return (.removePerson(id: p.id), tr("removed person \(p.name) (\(p.id))"))
            }
        }
    }
}
