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
        @Option(help: ArgumentHelp(tr("The person's name, e.g. 徐晓敏.").cli)) var name: String
        @Option(help: ArgumentHelp(tr("The name in Latin letters, e.g. Xu Xiaomin.").cli)) var latin: String?
        @Option(help: ArgumentHelp(tr("Organisation id or name.").cli), completion: .organisations) var org: String
        @Option(help: ArgumentHelp(PersonCommand.politicsHelp.cli, valueName: "politics")) var politics: String?
        @Option(help: ArgumentHelp(PersonCommand.stageHelp.cli, valueName: "stage")) var stage: String?
        @Option(help: ArgumentHelp(PersonCommand.statusHelp.cli, valueName: "member|probationary")) var status: String?
        @Option(help: ArgumentHelp(tr("Title or position.").cli)) var title: String?
        @Option(help: ArgumentHelp(tr("Phone number (kept as text).").cli)) var phone: String?
        @Option(help: ArgumentHelp(tr("E-mail address.").cli)) var email: String?

        func run() throws {
            let politics = try PersonCommand.politics(politics, status: status) ?? .unrecorded
            let stage = try stage.map { try NamedValueOption.parse($0, option: "stage", as: Stage.self) }
            let id: String = try plan.edit { book in
                let id = book.newID(.person)
                let orgID = try Resolver(book: book).organisation(org)
                return (
                    .addPerson(
                        Person(
                            id: id, name: name.trimmed, latin: latin?.trimmedOrNil, org: orgID,
                            title: title?.trimmedOrNil, politics: politics, stage: stage, phone: phone?.trimmedOrNil,
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
        @Option(help: ArgumentHelp(tr("Person id or name.").cli), completion: .people) var person: String
        @Option(help: ArgumentHelp(tr("The person's name, e.g. 徐晓敏.").cli)) var name: String?
        @Option(help: ArgumentHelp(tr("The name in Latin letters, e.g. Xu Xiaomin.").cli)) var latin: String?
        @Option(help: ArgumentHelp(tr("Move to this organisation (id or name).").cli), completion: .organisations)
        var org: String?
        @Option(help: ArgumentHelp(PersonCommand.politicsHelp.cli, valueName: "politics")) var politics: String?
        @Option(help: ArgumentHelp(tr("As for add; an empty value clears the stage.").cli, valueName: "stage"))
        var stage: String?
        @Option(help: ArgumentHelp(PersonCommand.statusHelp.cli, valueName: "member|probationary")) var status: String?
        @Option(help: ArgumentHelp(tr("Title or position.").cli)) var title: String?
        @Option(help: ArgumentHelp(tr("Phone number (kept as text).").cli)) var phone: String?
        @Option(help: ArgumentHelp(tr("E-mail address.").cli)) var email: String?

        func run() throws {
            let politics = try PersonCommand.politics(politics, status: status)
            let stage = try stage.map { text in
                text.trimmedOrNil == nil ? nil : try NamedValueOption.parse(text, option: "stage", as: Stage.self)
            }
            try plan.edit { book in
                let r = Resolver(book: book)
                var p = try book.requirePerson(try r.person(person))
                if let name { p.name = name.trimmed }
                if let latin { p.latin = latin.trimmedOrNil }
                if let org { p.org = try r.organisation(org) }
                if let politics { p.politics = politics }
                if let stage { p.stage = stage }
                if let title { p.title = title.trimmedOrNil }
                if let phone { p.phone = phone.trimmedOrNil }
                if let email { p.email = email.trimmedOrNil }
                return (PlannerCore.Edit.updatePerson(p), ())
            }
        }
    }

    static let politicsHelp = tr(
        "政治面貌 (GB/T 4762), in Chinese (中共党员 or 党员, 预备党员, 团员, 群众 …) or by key: member, probationary, league, rcck, cdl, cndca, capd, cpwdp, zhigong, jiusan, tdsl, nonpartisan, masses, unrecorded."
    )
    static let stageHelp = tr("For a non-member: applicant (入党申请人), activist (入党积极分子) or candidate (发展对象).")
    static let statusHelp = tr("Replaced by --politics (member or probationary); still read for a while.")

    /// `--politics`, or the old `--status member|probationary` (which says on stderr what replaced it).
    static func politics(_ politics: String?, status: String?) throws -> Politics? {
        if let politics {
            guard status == nil else { throw UsageError(tr("give --politics or the older --status, not both")) }
            return try NamedValueOption.parse(politics, option: "politics")
        }
        guard let status else { return nil }
        let value: Politics
        switch status {
        case "member": value = .member
        case "probationary": value = .probationary
        case "representative", "guest":
            throw UsageError(
                tr(
                    "--status \(status) is no longer a person's status: give --politics (e.g. masses or unrecorded) and take part with participant add --as \(status)"
                ))
        default: throw UsageError(tr("--status: '\(status)' is not one of member, probationary; use --politics"))
        }
        printNote(tr("--status is replaced by --politics: read as --politics \(value.rawValue) (\(value.phrase))"))
        return value
    }

    struct Remove: ParsableCommand {
        static var configuration: CommandConfiguration {
            CommandConfiguration(
                commandName: "remove", abstract: tr("Remove a person (also from every event and part).").cli)
        }
        @OptionGroup var plan: PlanOptions
        @Option(help: ArgumentHelp(tr("The person's exact id or full name.").cli), completion: .people) var person:
            String

        func run() throws {
            try plan.remove { book in
                let p = try book.requirePerson(try Resolver(book: book, matching: .exact).person(person))
                return (.removePerson(id: p.id), tr("removed person \(p.name) (\(p.id))"))
            }
        }
    }
}
