import Foundation
import TOMLKit
import TerminalKit

/// The styles the planner draws with, one per role; loaded from a TOML file in `themes/`.
public struct Theme: Equatable, Sendable {
    /// What a style is used for on screen.
    public enum Role: String, CaseIterable, Sendable {
        case normal, title, tab, tabActive, header, selected, dim, accent, error, warning, status, border, field,
            fieldActive
    }

    public var name: String
    public var styles: [Role: Style]

    public subscript(_ role: Role) -> Style { styles[role] ?? .plain }

    /// The built-in default; `themes/default.toml` holds the same styles.
    public static let builtIn = Theme(
        name: "default",
        styles: [
            .normal: Style(),
            .title: Style(fg: .brightWhite, bg: .blue, bold: true),
            .tab: Style(fg: .white, bg: .blue),
            .tabActive: Style(fg: .black, bg: .cyan, bold: true),
            .header: Style(fg: .cyan, bold: true),
            .selected: Style(fg: .black, bg: .cyan),
            .dim: Style(fg: .brightBlack),
            .accent: Style(fg: .yellow, bold: true),
            .error: Style(fg: .brightRed, bold: true),
            .warning: Style(fg: .yellow),
            .status: Style(fg: .black, bg: .white),
            .border: Style(fg: .blue),
            .field: Style(underline: true),
            .fieldActive: Style(fg: .black, bg: .yellow),
        ])

    /// No colours at all: bold, underline and reverse only (used for NO_COLOR).
    public static let mono = Theme(
        name: "mono",
        styles: [
            .normal: Style(),
            .title: Style(bold: true, reverse: true),
            .tab: Style(reverse: true),
            .tabActive: Style(bold: true, underline: true),
            .header: Style(bold: true),
            .selected: Style(reverse: true),
            .dim: Style(dim: true),
            .accent: Style(bold: true),
            .error: Style(bold: true),
            .warning: Style(underline: true),
            .status: Style(reverse: true),
            .border: Style(),
            .field: Style(underline: true),
            .fieldActive: Style(reverse: true),
        ])
}

/// Why a theme could not be used.
public struct ThemeError: Error, CustomStringConvertible, Equatable {
    public let description: String
}

extension Theme {
    /// Parses a theme file: `name = "..."` and one table per role, e.g. `[selected]` with `fg`, `bg`, `bold`, `underline`, `reverse`, `dim`.
    /// Roles left out keep the built-in default's style.
    public static func parse(_ text: String, source: String) throws -> Theme {
        let table: TOMLTable
        do { table = try TOMLTable(string: text) } catch let error as TOMLParseError {
            throw ThemeError(
                description:
                    "\(source): line \(error.source.begin.line), column \(error.source.begin.column): \(error.description)"
            )
        } catch {
            throw ThemeError(description: "\(source): not a TOML file (\(error))")
        }
        var theme = Theme.builtIn
        theme.name =
            table["name"]?.string ?? (source as NSString).lastPathComponent.replacingOccurrences(of: ".toml", with: "")
        for key in table.keys where key != "name" {
            guard let role = Role(rawValue: key) else {
                throw ThemeError(
                    description: "\(source): unknown role [\(key)]; roles are: "
                        + Role.allCases.map(\.rawValue).joined(separator: ", "))
            }
            guard let entry = table[key]?.table else {
                throw ThemeError(description: "\(source): [\(key)] must be a table")
            }
            var style = Style()
            for (field, value) in entry {
                switch field {
                case "fg", "bg":
                    guard let name = value.string, let color = Color(themeName: name) else {
                        throw ThemeError(
                            description:
                                "\(source): [\(key)] \(field) = \(value.debugDescription) is not a colour; use default, black, red, green, yellow, blue, magenta, cyan, white, bright-<colour> or 0–255"
                        )
                    }
                    if field == "fg" { style.fg = color } else { style.bg = color }
                case "bold", "underline", "reverse", "dim":
                    guard let flag = value.bool else {
                        throw ThemeError(description: "\(source): [\(key)] \(field) must be true or false")
                    }
                    switch field {
                    case "bold": style.bold = flag
                    case "underline": style.underline = flag
                    case "reverse": style.reverse = flag
                    default: style.dim = flag
                    }
                default:
                    throw ThemeError(
                        description:
                            "\(source): [\(key)] has an unknown key '\(field)'; use fg, bg, bold, underline, reverse, dim"
                    )
                }
            }
            theme.styles[role] = style
        }
        return theme
    }

    /// Finds and loads a theme by name or path: a path (with a `/` or ending in .toml) is read as it is; a name is
    /// `NAME.toml` in the first of `folders` that has it (the user's own themes), else one of the themes built into
    /// the binary (`BuiltInThemes`: the repository's themes/ folder). Never the current directory.
    public static func load(_ nameOrPath: String, searching folders: [String]) throws -> Theme {
        let isPath = nameOrPath.hasSuffix(".toml") || nameOrPath.contains("/")
        let candidates = isPath ? [nameOrPath] : folders.map { "\($0)/\(nameOrPath).toml" }
        for path in candidates where FileManager.default.fileExists(atPath: path) {
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8)
            else {
                throw ThemeError(description: "\(path): cannot be read as UTF-8 text")
            }
            return try parse(text, source: path)
        }
        if !isPath, let text = builtInFile(nameOrPath) { return try parse(text, source: "built-in \(nameOrPath)") }
        let names = BuiltInThemes.files.map(\.key).joined(separator: ", ")
        let looked = candidates.isEmpty ? "" : " (looked in: \(candidates.joined(separator: ", ")))"
        throw ThemeError(
            description:
                "no theme '\(nameOrPath)'\(looked); the built-in themes are \(names), and your own go in the config folder's themes/"
        )
    }

    /// The text of a built-in theme's file.
    static func builtInFile(_ name: String) -> String? { BuiltInThemes.files.first { $0.key == name }?.value }

    /// The names of the themes built into the binary.
    public static var builtInNames: [String] { BuiltInThemes.files.map(\.key) }
}

extension Color {
    /// Reads a colour name of a theme file: `red`, `bright-red`, `default`, or a palette index `0`–`255`.
    init?(themeName: String) {
        let names: [String: Color] = [
            "default": .default, "black": .black, "red": .red, "green": .green, "yellow": .yellow, "blue": .blue,
            "magenta": .magenta, "cyan": .cyan, "white": .white, "bright-black": .brightBlack, "bright-red": .brightRed,
            "bright-green": .brightGreen, "bright-yellow": .brightYellow, "bright-blue": .brightBlue,
            "bright-magenta": .brightMagenta, "bright-cyan": .brightCyan, "bright-white": .brightWhite,
            "grey": .brightBlack,
        ]
        if let c = names[themeName.lowercased()] {
            self = c
            return
        }
        if let n = UInt8(themeName) {
            self = .indexed(n)
            return
        }
        return nil
    }
}
