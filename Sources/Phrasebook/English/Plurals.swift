extension Catalogue {
    /// English plural forms, for every phrase with a count: `one|other`.
    static let englishPlurals: KeyValuePairs<String, String> = [
        "{} organisations": "{1} organisation|{1} organisations",
        "{} people": "{1} person|{1} people",
        "{} {} is missing": "{1} is missing|{1} are missing",
        "{} {} is not one of them": "{1} is not one of them|{1} are not one of them",
        "{} {} is given too often": "{1} is given too often|{1} are given too often",
        "{} venues": "{1} venue|{1} venues",
        "{} events": "{1} event|{1} events",
        "{} items": "{1} item|{1} items",
        "{} agenda items": "{1} agenda item|{1} agenda items",
        "{} participants": "{1} participant|{1} participants",
        "{} minutes": "{1} minute|{1} minutes",
        "{} hours": "{1} hour|{1} hours",
        "{}\n  … and {} more; list them all with 'convene {}'":
            "{1}\n  … and {2} more; list them all with 'convene {3}'|{1}\n  … and {2} more; list them all with 'convene {3}'",
        "'{}' {} on {}, {} times that do not exist in {}: the clocks jump from {} to {}, and calendars read them {} later; move the item out of {}–{}":
            "'{1}' {2} on {3}, a time that does not exist in {5}: the clocks jump from {6} to {7}, and calendars read it {8} later; move the item out of {9}–{10}|'{1}' {2} on {3}, times that do not exist in {5}: the clocks jump from {6} to {7}, and calendars read them {8} later; move the item out of {9}–{10}",
        "'{}' {} on {}, {} times that happen twice in {}: the clocks go back {} from {} to {}, and calendars take the first, before the change; move the item out of {}–{} or say which in its notes":
            "'{1}' {2} on {3}, a time that happens twice in {5}: the clocks go back {6} from {7} to {8}, and calendars take the first, before the change; move the item out of {9}–{10} or say which in its notes|'{1}' {2} on {3}, times that happen twice in {5}: the clocks go back {6} from {7} to {8}, and calendars take the first, before the change; move the item out of {9}–{10} or say which in its notes",
        "and {} more names are listed more than once with the same phone or email: {}":
            "and {1} more name is listed more than once with the same phone or email: {2}|and {1} more names are listed more than once with the same phone or email: {2}",
        "and {} more names are listed more than once: {}":
            "and {1} more name is listed more than once: {2}|and {1} more names are listed more than once: {2}",
        "{} of {} {} take part, but {} is not invited":
            "{1} of {2} takes part, but {4} is not invited|{1} of {2} take part, but {4} is not invited",
        "{} confirmed participants, but {} holds {}":
            "{1} confirmed participant, but {2} holds {3}|{1} confirmed participants, but {2} holds {3}",
        "'{}' ({}–{}) uses {} at the same time as '{}' ({}–{}) and {} more items; move one or give it another room":
            "'{1}' ({2}–{3}) uses {4} at the same time as '{5}' ({6}–{7}) and {8} more item; move one or give it another room|'{1}' ({2}–{3}) uses {4} at the same time as '{5}' ({6}–{7}) and {8} more items; move one or give it another room",
        "'{}' ({}–{}) overlaps '{}' ({}–{}) and {} more items, and not all have a room; give each its room if they run in parallel":
            "'{1}' ({2}–{3}) overlaps '{4}' ({5}–{6}) and {7} more item, and not all have a room; give each its room if they run in parallel|'{1}' ({2}–{3}) overlaps '{4}' ({5}–{6}) and {7} more items, and not all have a room; give each its room if they run in parallel",
        "{} confirmed participants are not party members and attend '{}' as observers: {}":
            "{1} confirmed participant is not a party member and attends '{2}' as observers: {3}|{1} confirmed participants are not party members and attend '{2}' as observers: {3}",
        "the plan has {} events; choose one with --event (its id or part of its title):\n  {}":
            "the plan has {1} event; choose one with --event (its id or part of its title):\n  {2}|the plan has {1} events; choose one with --event (its id or part of its title):\n  {2}",
        // The planner.
        "(E: {} events)": "(E: {1} event)|(E: {1} events)",
        "{} errors": "{1} error|{1} errors",
        "{} warnings": "{1} warning|{1} warnings",
        "{} notes": "{1} note|{1} notes",
        "{} problems · Enter goes to the thing to fix":
            "{1} problem · Enter goes to the thing to fix|{1} problems · Enter goes to the thing to fix",
        "Replayed {} edits from the journal; s saves them":
            "Replayed {1} edit from the journal; s saves them|Replayed {1} edits from the journal; s saves them",
        "Reloaded {} and reapplied {} edits on top; s saves":
            "Reloaded {1} and reapplied {2} edit on top; s saves|Reloaded {1} and reapplied {2} edits on top; s saves",
        "{} · {} no longer apply: {}": "{1} · {2} no longer applies: {3}|{1} · {2} no longer apply: {3}",
        "{} changed on disk since you opened it; the other writer's changes: {}.  r: reload it and reapply your {} edits on top · o: overwrite it with yours · S: save yours as another file · Esc: keep editing":
            "{1} changed on disk since you opened it; the other writer's changes: {2}.  r: reload it and reapply your edit on top · o: overwrite it with yours · S: save yours as another file · Esc: keep editing|{1} changed on disk since you opened it; the other writer's changes: {2}.  r: reload it and reapply your {3} edits on top · o: overwrite it with yours · S: save yours as another file · Esc: keep editing",
        "A planner on {} did not close: its journal holds {} edits since {}, made against an earlier version of {} (the file changed since; edits that no longer apply will be listed).  y: replay them (then s saves) · n: set the journal aside as {}":
            "A planner on {1} did not close: its journal holds {2} edit since {3}, made against an earlier version of {4} (the file changed since; edits that no longer apply will be listed).  y: replay them (then s saves) · n: set the journal aside as {5}|A planner on {1} did not close: its journal holds {2} edits since {3}, made against an earlier version of {4} (the file changed since; edits that no longer apply will be listed).  y: replay them (then s saves) · n: set the journal aside as {5}",
        "A planner on {} did not close: its journal holds {} edits since {}, made against {} as it is now.  y: replay them (then s saves) · n: set the journal aside as {}":
            "A planner on {1} did not close: its journal holds {2} edit since {3}, made against {4} as it is now.  y: replay them (then s saves) · n: set the journal aside as {5}|A planner on {1} did not close: its journal holds {2} edits since {3}, made against {4} as it is now.  y: replay them (then s saves) · n: set the journal aside as {5}",
        "{} parts": "{1} part|{1} parts",
        "add {} people to {}": "add {1} person to {2}|add {1} people to {2}",
        "added {} people to {}": "added {1} person to {2}|added {1} people to {2}",
        "{}: {} bad rows:\n{}{}nothing was imported":
            "{1}: {2} bad row:\n{3}{4}nothing was imported|{1}: {2} bad rows:\n{3}{4}nothing was imported",
        "{}: {} bad lines:\n{}{}nothing was imported":
            "{1}: {2} bad line:\n{3}{4}nothing was imported|{1}: {2} bad lines:\n{3}{4}nothing was imported",
        "{}: the plan does not hold together ({} problems):\n{}{}\n{}":
            "{1}: the plan does not hold together ({2} problem):\n{3}{4}\n{5}|{1}: the plan does not hold together ({2} problems):\n{3}{4}\n{5}",
        "has {} fields, the header has {}": "has {1} field, the header has {2}|has {1} fields, the header has {2}",
    ]
}
