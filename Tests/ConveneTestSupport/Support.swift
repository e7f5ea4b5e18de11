import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A fresh folder for one test, removed when the value goes away.
/// Test helpers shared by the test targets: temp folders, file bytes and modes, and running the built binary.
public final class TempFolder: @unchecked Sendable {
    public let path: String

    public init(_ name: String = #function) {
        let base = FileManager.default.temporaryDirectory.path
        let safe = name.filter { $0.isLetter || $0.isNumber }
        path = "\(base)/convene-e2e-\(safe.prefix(40))-\(UUID().uuidString.prefix(8))"
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            // The test fails with the reason here (not with whatever its first file operation makes of it),
            // and the rest of the run goes on.
            Issue.record("could not make the test's temporary folder \(path): \(error)")
        }
    }

    deinit {
        chmod(path, 0o700)
        if let names = try? FileManager.default.contentsOfDirectory(atPath: path) {
            for name in names { chmod(path + "/" + name, 0o700) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    public func file(_ name: String) -> String { path + "/" + name }

    /// The names in the folder, sorted.
    public var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
}

public func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

public func write(_ data: Data, to path: String) {
    FileManager.default.createFile(atPath: path, contents: data)
}

/// The permission bits of a file.
public func mode(_ path: String) -> Int {
    var st = stat()
    guard stat(path, &st) == 0 else { return -1 }
    return Int(st.st_mode & 0o7777)
}

/// The built `convene` executable: next to the test bundle in the build products folder.
public func conveneBinary(filePath: String = #filePath) throws -> URL {
    let fm = FileManager.default
    func isExecutable(_ url: URL) -> Bool {
        var isDir: ObjCBool = false
        return fm.fileExists(atPath: url.path, isDirectory: &isDir) && !isDir.boolValue
            && fm.isExecutableFile(atPath: url.path)
    }
    var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath(), Bundle.main.bundleURL]
    starts += Bundle.allBundles.map(\.bundleURL)
    for start in starts {
        var dir = start
        for _ in 0..<5 {
            dir = dir.deletingLastPathComponent()
            let candidate = dir.appendingPathComponent("convene")
            if isExecutable(candidate) { return candidate }
        }
    }
    // Fall back to the newest .build*/debug/convene under the package root.
    let root = URL(fileURLWithPath: filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let builds = ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).filter { $0.hasPrefix(".build") }
    let found = builds.map { root.appendingPathComponent($0).appendingPathComponent("debug/convene") }.filter(
        isExecutable)
    let newest = found.max { a, b in
        let ma = (try? fm.attributesOfItem(atPath: a.path)[.modificationDate] as? Date) ?? .distantPast
        let mb = (try? fm.attributesOfItem(atPath: b.path)[.modificationDate] as? Date) ?? .distantPast
        return ma < mb
    }
    guard let newest else { throw BinaryNotFound(searched: starts.map(\.path)) }
    return newest
}

public struct BinaryNotFound: Error, CustomStringConvertible {
    let searched: [String]
    public var description: String { "the convene executable was not found near \(searched)" }
}

/// The result of running a program.
public typealias Run = Spawn.Result

/// Runs `executable` with `arguments` and a clean, locale- and zone-fixed environment.
public func run(_ executable: URL, _ arguments: [String], environment extra: [String: String] = [:]) throws -> Run {
    var env = ["LANG": "C.UTF-8", "TZ": "UTC", "PATH": "/usr/bin:/bin"]
    for (k, v) in extra { env[k] = v }
    return try Spawn.run([executable.path] + arguments, environment: env)
}

/// Terminal cells a string takes: East Asian wide and fullwidth characters take two.
public func cells(_ s: String) -> Int {
    s.unicodeScalars.reduce(0) { sum, scalar in
        let v = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark { return sum }
        let wide =
            (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
        return sum + (wide ? 2 : 1)
    }
}

/// The cell columns at which a line's cells begin: after the indent and after every run of two or more spaces.
public func columnStarts(_ line: String) -> [Int] {
    var starts: [Int] = []
    var column = 0, spaces = 0, atStart = true
    for c in line {
        if c == " " {
            spaces += 1
            column += 1
            continue
        }
        if atStart || spaces >= 2 { starts.append(column) }
        atStart = false
        spaces = 0
        column += cells(String(c))
    }
    return starts
}
