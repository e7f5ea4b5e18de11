import ConveneTestSupport
import Foundation
import Phrasebook
import PlanFile
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Printout files: modes, no silent overwrite, replace on request")
struct PrintoutFileTests {
    @Test("personal data is written 0600 whatever the umask; other printouts 0644 less the umask")
    func modes() throws {
        let folder = TempFolder()
        // The umask is the process's: read, never changed, since other tests run beside this one.
        let status = try String(contentsOfFile: "/proc/self/status", encoding: .utf8)
        let line = try #require(status.split(separator: "\n").first { $0.hasPrefix("Umask:") })
        let mask = try #require(mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8))
        #expect(PrintoutFile.mode(personal: false) == 0o644 & ~mask)
        #expect(PrintoutFile.mode(personal: true) == 0o600)
        try PrintoutFile.write(Data("甲, 乙".utf8), to: folder.file("people.csv"), mode: 0o600, replace: false)
        #expect(mode(folder.file("people.csv")) == 0o600)
        try PrintoutFile.write(Data("<html>".utf8), to: folder.file("agenda.html"), mode: 0o640, replace: false)
        #expect(mode(folder.file("agenda.html")) == 0o640, "the mode is set, not left to the umask")
        #expect(String(decoding: try #require(bytes(folder.file("people.csv"))), as: UTF8.self) == "甲, 乙")
        #expect(folder.names == ["agenda.html", "people.csv"], "no temp file left behind")
    }

    @Test("an existing file (or a link by that name) is not touched unless replacing is asked for")
    func existing() throws {
        let folder = TempFolder()
        let path = folder.file("agenda.html")
        write(Data("old".utf8), to: path)
        #expect(throws: PrintoutFile.Failure.exists(path: path)) {
            try PrintoutFile.write(Data("new".utf8), to: path, mode: 0o600, replace: false)
        }
        #expect(bytes(path) == Data("old".utf8))
        let link = folder.file("dangling.html")
        symlink(folder.file("nowhere"), link)
        #expect(throws: PrintoutFile.Failure.exists(path: link)) {
            try PrintoutFile.write(Data("new".utf8), to: link, mode: 0o600, replace: false)
        }
        #expect(access(folder.file("nowhere"), F_OK) != 0, "nothing written through the link")
        try PrintoutFile.write(Data("new".utf8), to: path, mode: 0o600, replace: true)
        #expect(bytes(path) == Data("new".utf8))
        #expect(mode(path) == 0o600)
        #expect(folder.names == ["agenda.html", "dangling.html"])
    }

    @Test("a folder that does not exist is named in the reason")
    func missingFolder() {
        let folder = TempFolder()
        let path = folder.file("no/such/agenda.html")
        #expect(
            throws: PrintoutFile.Failure.failed(
                path: path, reason: tr("the folder \(folder.file("no/such")) does not exist"))
        ) {
            try PrintoutFile.write(Data("x".utf8), to: path, mode: 0o600, replace: false)
        }
    }
}
