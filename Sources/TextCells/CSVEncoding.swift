/// The bytes a CSV printout is written in (`--encoding`, `csv_encoding` in config.toml). The names only: `Printing`
/// encodes, and the settings file, which cannot import `Printing`, checks a name against the same list.
public enum CSVEncoding: String, CaseIterable, Hashable, Sendable {
    /// Plain UTF-8, for scripts and other programs.
    case utf8 = "utf-8"
    /// UTF-8 after a byte order mark: what Excel (2007 and later, on Chinese Windows too), WPS and LibreOffice open as
    /// UTF-8 without asking; without the mark Excel reads the bytes in the system's code page (GBK) and shows
    /// mojibake. Every character survives, so it is the default.
    case utf8BOM = "utf-8-bom"
    /// What Excel on Chinese Windows writes itself, for older programs that read only the local code page.
    case gb18030

    /// The encoding when none is asked for: `utf8BOM`.
    public static let standard = CSVEncoding.utf8BOM

    /// "utf-8, utf-8-bom, gb18030", for help and messages.
    public static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
