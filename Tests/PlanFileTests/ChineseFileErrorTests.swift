import ConveneTestSupport
import Foundation
import Phrasebook
import PlanFile
import PlannerCore
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A plan file that cannot be read or written says so in Chinese all through: the frame of the message, where in
/// the file, what is wrong there, and what the operating system said.
@Suite("Plan file errors in Chinese")
struct ChineseFileErrorTests {
    /// The words in `text` that are English: runs of three or more Latin letters, less those a Chinese user also
    /// types or reads as they are (the program, the file format's names, the value patterns).
    private func englishWords(in text: String, besides allowed: [String]) -> [String] {
        var rest = text
        // Longest first, so a place is not cut up by a value it holds.
        for keep in allowed.sorted(by: { $0.count > $1.count }) where !keep.isEmpty {
            rest = rest.replacingOccurrences(of: keep, with: " ")
        }
        // What the file holds is quoted as it is (“title”), and a byte is shown in hex (0xFF).
        rest = rest.replacingOccurrences(of: "“[^”]*”", with: " ", options: .regularExpression)
        rest = rest.replacingOccurrences(of: "0x[0-9A-F]+", with: " ", options: .regularExpression)
        let names: Set<String> = [
            "Convene", "convene", "JSON", "UTF", "YYYY", "init", "file", "empty", "bak", "formatVersion", "null",
            "true",
            "false", "TOML", "FIFO", "ulimit",
        ]
        return rest.split(whereSeparator: { !$0.isASCII || !$0.isLetter }).map(String.init)
            .filter { $0.count >= 3 && !names.contains($0) }
    }

    private func loadError(_ contents: Data) throws -> PlanFileError {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        FileManager.default.createFile(atPath: path, contents: contents)
        do {
            _ = try PlanStore(path: path).load()
        } catch let error as PlanFileError {
            return error
        }
        throw CancellationError()
    }

    private func sample() throws -> Data { try PlanFormat.encode(SampleBook.make()) }

    private func edited(at path: [Any], to value: Any?) throws -> Data {
        try editingJSON(try sample(), at: path, to: value)
    }

    @Test(
        "each kind of damage reads as Chinese but for the path, the field's place and the value quoted",
        arguments: [
            "not UTF-8", "syntax", "cut off", "empty", "a list at the top", "no formatVersion", "wrong type",
            "null", "missing field", "bad date", "bad time", "unknown kind", "repeated key", "unknown field",
            "fraction", "too new",
        ])
    func damage(_ kind: String) throws {
        let data: Data
        switch kind {
        case "not UTF-8": data = Data([0x7B, 0xFF, 0x7D])
        case "syntax": data = Data("{\n  \"formatVersion\" : 1,\n  \"people\" : [ 徐 ]\n}\n".utf8)
        case "cut off": data = try sample().prefix(200)
        case "empty": data = Data("  \n".utf8)
        case "a list at the top": data = Data("[1, 2]".utf8)
        case "no formatVersion": data = try edited(at: ["formatVersion"], to: nil)
        case "wrong type": data = try edited(at: ["people"], to: "everyone")
        case "null": data = try edited(at: ["people", 2, "name"], to: NSNull())
        case "missing field": data = try edited(at: ["events", 0, "items", 2, "title"], to: nil)
        case "bad date": data = try edited(at: ["events", 0, "date"], to: "2023-02-29")
        case "bad time": data = try edited(at: ["events", 0, "items", 3, "start"], to: "25:70")
        case "unknown kind": data = try edited(at: ["events", 0, "items", 0, "kind"], to: "picnic")
        case "repeated key":
            let text = String(decoding: try sample(), as: UTF8.self)
            let version = "\"formatVersion\" : \(PlanFormat.currentVersion),"
            data = Data(text.replacingOccurrences(of: version, with: version + " " + version).utf8)
        case "unknown field": data = try edited(at: ["events", 0, "colour"], to: "red")
        case "fraction": data = try edited(at: ["events", 0, "items", 0, "minutes"], to: 20.5)
        default: data = try edited(at: ["formatVersion"], to: 99)
        }
        let error = try loadError(data)
        // The values a field takes are the file's own words, as a hand edit must write them.
        var allowed = ["picnic", "everyone", "colour"] + ItemKind.allCases.map(\.rawValue)
        switch error {
        case let .invalid(path, location, _, _): allowed += [path, location.text(.zh)]
        case let .unknownValue(path, location, _, _, _): allowed += [path, location.text(.zh)]
        case let .notJSON(path, _, _), let .newerVersion(path, _, _): allowed.append(path)
        default: Issue.record("unexpected \(error)")
        }
        let text = error.text(.zh)
        #expect(englishWords(in: text, besides: allowed).isEmpty, "\(text)")
        #expect(text.contains("文件未作改动"), "\(text)")
    }

    @Test("what the system said: no permission to read, a full disk, a folder where the plan should be")
    func systemReasons() throws {
        let folder = TempFolder()
        let path = folder.file("plan.json")
        try PlanStore(path: path).save(SampleBook.make())
        chmod(path, 0)
        defer { chmod(path, 0o600) }
        if geteuid() != 0 {
            do {
                _ = try PlanStore(path: path).load()
                Issue.record("a file without read permission loaded")
            } catch let error as PlanFileError {
                #expect(error.text(.zh) == "\(path)：无法读取（没有权限）。请检查路径及其权限。")
                #expect(
                    error.text(.en) == "\(path): cannot be read (no permission). Check the path and its permissions.")
            }
        }
        let full = PlanFileError.writeFailed(path: path, reason: tr("the disk is full"))
        #expect(full.text(.zh) == "\(path)：无法保存（磁盘已满）。之前的版本完好无损。")
        do {
            _ = try PlanStore(path: folder.path).load()
            Issue.record("a folder loaded")
        } catch let error as PlanFileError {
            #expect(englishWords(in: error.text(.zh), besides: [folder.path]).isEmpty, "\(error.text(.zh))")
            #expect(error.text(.zh).contains("它是文件夹，不是文件"))
        }
    }

    @Test("a save into a folder that is a file says why in Chinese")
    func saveIntoFile() throws {
        let folder = TempFolder()
        FileManager.default.createFile(atPath: folder.file("notafolder"), contents: Data())
        let path = folder.file("notafolder") + "/plan.json"
        do {
            try PlanStore(path: path).save(SampleBook.make())
            Issue.record("saved")
        } catch let error as PlanFileError {
            let text = error.text(.zh)
            #expect(text.contains("不是文件夹"), "\(text)")
            #expect(englishWords(in: text, besides: [path, folder.file("notafolder")]).isEmpty, "\(text)")
        }
    }
}
