/// Where the plan file lives when `--file` is not given.
public enum PlanLocation {
    /// `CONVENE_FILE`, else `$XDG_DATA_HOME/convene/plan.json`, else `~/.local/share/convene/plan.json`.
    public static func defaultPath(environment: [String: String]) -> String {
        if let file = environment["CONVENE_FILE"], !file.isEmpty { return file }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") { return data + "/convene/plan.json" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
        return home + "/.local/share/convene/plan.json"
    }
}
