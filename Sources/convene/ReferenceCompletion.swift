import ArgumentParser
import Foundation
import PlanFile
import PlannerCore
import TextCells

/// Tab completion of event, organisation, person, item and venue references: the ids in the plan that the command line
/// being typed names (`--file`, else the default plan), each with its record's name beside it where the shell shows
/// one (zsh and fish; bash lists bare words, so there it is the ids alone).
///
/// It runs inside the user's shell at every Tab, so it only reads: a missing, unreadable or broken plan offers
/// nothing and says nothing (a message would land in the middle of the line being typed), and no plan is created.
enum ReferenceCompletion {
    /// The kinds of record a reference can name.
    enum Kind: Sendable {
        case event, organisation, person, item, venue
    }

    /// One record offered: the id to insert and what the shell may show beside it.
    struct Candidate: Sendable {
        let id: String
        let description: String
    }

    /// The candidates for a reference of `kind` in `words` (the shell words of the command line, verbatim), as the
    /// requesting shell takes them.
    static func offer(_ kind: Kind, words: [String]) -> [String] {
        guard let book = plan(named: words) else { return [] }
        let shell = CompletionShell.requesting
        return candidates(kind, in: book, words: words).map { format($0, for: shell) }
    }

    /// The same for a comma-separated list (`--people p3,p1,`): each candidate follows what is typed up to the
    /// last comma, so the shell completes the last entry.
    static func offerList(_ kind: Kind, words: [String], prefix: String) -> [String] {
        let head = prefix.lastIndex(of: ",").map { String(prefix[...$0]) } ?? ""
        return offer(kind, words: words).map { head + $0 }
    }

    /// The one list of each kind: every record of it in the plan, in the plan's order. Items are those of the event
    /// the words name with `--event` (or the only event), else of every event.
    static func candidates(_ kind: Kind, in book: Book, words: [String]) -> [Candidate] {
        switch kind {
        case .event:
            return book.events.map { Candidate(id: $0.id, description: "\($0.date)  \($0.title)") }
        case .organisation:
            return book.organisations.map { Candidate(id: $0.id, description: $0.name) }
        case .person:
            let orgs = book.organisationsByID
            return book.people.map {
                Candidate(id: $0.id, description: "\($0.fullName) (\(orgs[$0.org]?.displayName ?? $0.org))")
            }
        case .item:
            let named = value(of: "--event", in: words).flatMap { try? Resolver(book: book).event(unquoted($0)) }
            let chosen = named ?? (book.events.count == 1 ? book.events[0].id : nil)
            let events = chosen.map { id in book.events.filter { $0.id == id } } ?? book.events
            return events.flatMap { event in
                event.items.map { Candidate(id: $0.id, description: "\($0.start)  \($0.title)") }
            }
        case .venue:
            return book.venues.map { Candidate(id: $0.id, description: $0.name) }
        }
    }

    /// `id` for bash, `id:description` for zsh's `_describe`, `id<TAB>description` for fish; the description on one
    /// line, without control characters.
    static func format(_ candidate: Candidate, for shell: CompletionShell?) -> String {
        let description = TextCells.sanitized(candidate.description.trimmed)
        switch shell {
        case CompletionShell.zsh?: return candidate.id.replacingOccurrences(of: ":", with: "\\:") + ":" + description
        case CompletionShell.fish?: return candidate.id + "\t" + description
        default: return candidate.id
        }
    }

    /// The plan the words name with `--file`, else the default one, if it can be read as it is.
    private static func plan(named words: [String]) -> Book? {
        let store = PlanOptions.store(file: value(of: "--file", in: words).map(path(typed:)))
        guard store.exists else { return nil }
        return try? store.load()
    }

    /// The value given to `option` in `words` (`--file x` or `--file=x`; the last one when it is given twice),
    /// looking no further than a `--` that ends the options.
    static func value(of option: String, in words: [String]) -> String? {
        var found: String?
        var index = words.startIndex
        while index < words.endIndex, words[index] != "--" {
            let word = words[index]
            if word == option, index + 1 < words.endIndex {
                found = words[index + 1]
                index += 1
            } else if word.hasPrefix(option + "=") {
                found = String(word.dropFirst(option.count + 1))
            }
            index += 1
        }
        return found?.isEmpty == false ? found : nil
    }

    /// A shell word as the shell would pass it on, its quotes and backslashes taken away (the shell hands completion
    /// the words as typed).
    static func unquoted(_ word: String) -> String {
        var out = ""
        var quote: Character?
        var escaped = false
        for c in word {
            if escaped {
                out.append(c)
                escaped = false
            } else if let open = quote {
                if c == open {
                    quote = nil
                } else if c == "\\" && open == "\"" {
                    escaped = true
                } else {
                    out.append(c)
                }
            } else if c == "'" || c == "\"" {
                quote = c
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// The path a typed word names: unquoted, and a leading `~/` (outside quotes) made the home folder, as the
    /// shell would have.
    static func path(typed word: String) -> String {
        guard word.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else {
            return unquoted(word)
        }
        return home + "/" + unquoted(String(word.dropFirst(2)))
    }
}

extension CompletionKind {
    /// Event ids from the plan.
    static var events: CompletionKind { .custom { words, _, _ in ReferenceCompletion.offer(.event, words: words) } }
    /// Organisation ids from the plan.
    static var organisations: CompletionKind {
        .custom { words, _, _ in ReferenceCompletion.offer(.organisation, words: words) }
    }
    /// Person ids from the plan.
    static var people: CompletionKind { .custom { words, _, _ in ReferenceCompletion.offer(.person, words: words) } }
    /// Person ids from the plan, for the last entry of a comma-separated list.
    static var listOfPeople: CompletionKind {
        .custom { words, _, prefix in ReferenceCompletion.offerList(.person, words: words, prefix: prefix) }
    }
    /// Agenda item ids from the plan (of the event given with `--event`).
    static var items: CompletionKind { .custom { words, _, _ in ReferenceCompletion.offer(.item, words: words) } }
    /// Venue ids from the plan.
    static var venues: CompletionKind { .custom { words, _, _ in ReferenceCompletion.offer(.venue, words: words) } }
}
