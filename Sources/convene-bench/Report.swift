import Foundation

/// The table and the budget lines.
enum Report {
    static func ms(_ v: Double?) -> String {
        guard let v else { return "n/a" }
        return v < 10 ? String(format: "%.2f", v) : v < 100 ? String(format: "%.1f", v) : String(format: "%.0f", v)
    }

    static func table(_ results: [SizeResult]) -> String {
        let rows: [(String, (SizeResult) -> String)] = [
            ("organisations / events / items", { "\($0.organisations) / \($0.events) / \($0.items)" }),
            ("participants (all events)", { "\($0.participants)" }),
            ("plan file size (MB)", { String(format: "%.1f", $0.fileMegabytes) }),
            ("runs (median of)", { "\($0.runs)" }),
            ("load (PlanStore.load)", { ms($0.load) }),
            ("save (PlanStore.save)", { ms($0.save) }),
            ("checks, all events", { ms($0.checksAllEvents) }),
            ("checks, event e1 (everyone)", { ms($0.checksOneEvent) }),
            ("problems reported for e1", { String($0.problemsOneEvent) }),
            ("agenda e1 as text", { ms($0.agendaText) }),
            ("agenda e1 as ics", { ms($0.agendaICS) }),
            ("pinyin filter \"\(Measure.query)\", cold", { ms($0.pinyinFilterCold) }),
            ("pinyin filter \"\(Measure.query)\", warm", { ms($0.pinyinFilterWarm) }),
            ("frame: Participants 100×30", { ms($0.frameParticipants) }),
            ("frame: Organisations 100×30", { ms($0.frameOrganisations) }),
            ("load + first frame (in process)", { ms($0.firstFrame) }),
            ("load + frame with checks (in process)", { ms($0.firstFrameWithChecks) }),
            ("keystroke: moveDown + frame", { ms($0.keystroke) }),
            ("3: Participants' first frame (sorts)", { ms($0.showParticipants) }),
            ("/ filter: first keystroke + frame", { ms($0.filterKeyFirst) }),
            ("/ filter: first, background not done", { ms($0.filterKeyCold) }),
            ("/ filter: next keystrokes, median", { ms($0.filterKeyWarm) }),
            ("/ filter: slowest next keystroke", { ms($0.filterKeySlowest) }),
            ("a: pick-list opens (not on e2)", { ms($0.pickerOpen) }),
            ("pick-list: first keystroke + frame", { ms($0.pickerKeyCold) }),
            ("pick-list: next keystrokes, median", { ms($0.pickerKeyWarm) }),
            ("pick-list: slowest next keystroke", { ms($0.pickerKeySlowest) }),
            ("zh: load + first frame (in process)", { ms($0.firstFrameZh) }),
            ("zh: / filter first / slowest next", { "\(ms($0.filterKeyFirstZh)) / \(ms($0.filterKeySlowestZh))" }),
            ("zh: pick-list first / slowest next", { "\(ms($0.pickerKeyFirstZh)) / \(ms($0.pickerKeySlowestZh))" }),
            ("sign-in desk: keystrokes, median", { ms($0.deskKeyWarm) }),
            ("sign-in desk: slowest keystroke (en / zh)", { "\(ms($0.deskKeySlowest)) / \(ms($0.deskKeySlowestZh))" }),
            ("sign-in desk: Enter signs in + frame", { ms($0.deskEnter) }),
            ("`convene agenda` process", { ms($0.conveneAgendaProcess) }),
            ("`convene check` process", { ms($0.conveneCheckProcess) }),
            (
                "`convene agenda` peak RSS (MB)",
                { $0.conveneAgendaMegabytes.map { String(format: "%.0f", $0) } ?? "n/a" }
            ),
            ("bench process peak RSS (MB)", { String(format: "%.0f", $0.benchPeakMegabytes) }),
        ]
        let header = ["ms (median)"] + results.map { "\(formatCount($0.people)) people" }
        var lines = [[String]]()
        lines.append(header)
        for (label, value) in rows { lines.append([label] + results.map(value)) }
        let widths = (0..<header.count).map { c in lines.map { $0[c].count }.max() ?? 0 }
        var out = lines.enumerated().map { i, row in
            "| "
                + row.enumerated().map { c, cell in
                    c == 0
                        ? cell.padding(toLength: widths[c], withPad: " ", startingAt: 0)
                        : String(repeating: " ", count: widths[c] - cell.count) + cell
                }.joined(separator: " | ") + " |"
        }
        out.insert(
            "|"
                + widths.enumerated().map { c, w in
                    c == 0 ? String(repeating: "-", count: w + 2) : String(repeating: "-", count: w + 1) + ":"
                }.joined(separator: "|") + "|", at: 1)
        return out.joined(separator: "\n")
    }

    static func formatCount(_ n: Int) -> String { n % 1000 == 0 ? "\(n / 1000)k" : "\(n)" }

    static func budgets(_ results: [SizeResult]) -> String {
        var lines = ["", "Budgets (issues 5 and 12):"]
        func line(_ met: Bool?, _ text: String) {
            lines.append("  " + (met.map { $0 ? "met   " : "MISSED" } ?? "n/a   ") + "  " + text)
        }
        if let r = results.first(where: { $0.people == 10_000 }) {
            let process = r.conveneAgendaProcess.map { $0 + r.checksOneEvent }
            line(
                process.map { $0 < 100 },
                "10k: load + check + print as one convene process < 100 ms: \(ms(process)) ms "
                    + "(`convene agenda` process \(ms(r.conveneAgendaProcess)) + checks \(ms(r.checksOneEvent)))")
            line(
                r.firstFrame < 100,
                "10k: TUI start to first frame < 100 ms: \(ms(r.firstFrame)) ms in process (load + state + frame; tmux figure: bench/compare-calcurse.sh)"
            )
            line(r.firstFrameZh < 100, "10k: the same in Chinese < 100 ms: \(ms(r.firstFrameZh)) ms in process")
            line(
                r.keystroke < 2,
                "10k: keystroke (update + render) < 2 ms: \(ms(r.keystroke)) ms (ncurses refresh not included)")
            let memory = r.conveneAgendaMegabytes
            line(
                memory.map { $0 < 100 },
                "10k: peak memory < 100 MB: \(memory.map { String(format: "%.0f", $0) } ?? "n/a") MB for `convene agenda` (bench process: \(String(format: "%.0f", r.benchPeakMegabytes)) MB)"
            )
        } else {
            lines.append("  (the 10k budgets need --sizes to include 10000)")
        }
        for (people, budget) in [(10_000, 2.0), (100_000, 16.0)] {
            guard let r = results.first(where: { $0.people == people }) else { continue }
            let name = Report.formatCount(people)
            let filter = max(r.filterKeyFirst, r.filterKeySlowest, r.filterKeyFirstZh, r.filterKeySlowestZh)
            let picker = max(r.pickerKeyCold, r.pickerKeySlowest, r.pickerKeyFirstZh, r.pickerKeySlowestZh)
            line(
                filter < budget,
                "\(name): each / filter keystroke (update + frame) < \(ms(budget)) ms: first \(ms(r.filterKeyFirst)), "
                    + "slowest next \(ms(r.filterKeySlowest)) ms; in Chinese \(ms(r.filterKeyFirstZh)), "
                    + "\(ms(r.filterKeySlowestZh)) ms (issue 12)")
            line(
                r.filterKeyCold < budget,
                "\(name): the first / filter keystroke before the planner's background work is done < \(ms(budget)) ms: "
                    + "\(ms(r.filterKeyCold)) ms (issue 12)")
            line(
                max(r.deskKeySlowest, r.deskKeySlowestZh) < budget,
                "\(name): each sign-in desk keystroke (update + frame) < \(ms(budget)) ms: slowest \(ms(r.deskKeySlowest)) ms, "
                    + "in Chinese \(ms(r.deskKeySlowestZh)) ms; Enter (a sign-in) \(ms(r.deskEnter)) ms (issue 13)")
            line(
                picker < budget,
                "\(name): each pick-list keystroke (update + frame) < \(ms(budget)) ms: first \(ms(r.pickerKeyCold)), "
                    + "slowest next \(ms(r.pickerKeySlowest)) ms; in Chinese \(ms(r.pickerKeyFirstZh)), "
                    + "\(ms(r.pickerKeySlowestZh)) ms (issue 12)")
        }
        if let small = results.first(where: { $0.people == 10_000 }),
            let big = results.first(where: { $0.people == 100_000 })
        {
            let pairs: [(String, Double, Double)] = [
                ("load", small.load, big.load), ("save", small.save, big.save),
                ("checks all events", small.checksAllEvents, big.checksAllEvents),
                ("checks e1", small.checksOneEvent, big.checksOneEvent),
                ("pinyin filter cold", small.pinyinFilterCold, big.pinyinFilterCold),
                ("frame Participants", small.frameParticipants, big.frameParticipants),
                ("frame Organisations", small.frameOrganisations, big.frameOrganisations),
                ("first frame", small.firstFrame, big.firstFrame), ("keystroke", small.keystroke, big.keystroke),
            ]
            for (name, a, b) in pairs {
                line(
                    b < 10 * a,
                    "linear: 100k \(name) < 10 × 10k: \(ms(b)) vs \(ms(a)) ms (×\(String(format: "%.1f", b / max(a, 0.001))))"
                )
            }
            lines.append(
                "          (e1 reports \(small.problemsOneEvent) → \(big.problemsOneEvent) problems; each size is measured in its own "
                    + "process, and clocks here drift ±20 % between runs: callgrind's instruction counts are the steady measure)"
            )
        }
        lines.append("  ratio Convene/calcurse (whole process, tmux first frame): run bash bench/compare-calcurse.sh")
        return lines.joined(separator: "\n")
    }
}
