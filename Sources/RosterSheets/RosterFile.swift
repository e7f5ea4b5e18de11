import Foundation
import Phrasebook
import Printing

/// Why a roster file cannot be read at all (rather than some of its rows): one message for the whole file.
public struct RosterFileError: Error, Hashable, Sendable {
    /// What is wrong and how to fix it, to follow the file's name: "is an .xls file …".
    public var reason: Phrase

    public init(_ reason: Phrase) { self.reason = reason }
}

/// A roster file of any shape a branch sends: CSV or tab- or semicolon-separated text (`RosterTable.csv`), or an
/// Excel workbook (.xlsx, its first sheet). Old .xls and OpenDocument .ods are recognised and refused with one
/// message, never read as text.
public enum RosterFile {
    /// What the bytes are, from their first bytes (the name's extension only breaks no tie).
    enum Kind { case text, xlsx, xls, ods }

    /// The rows of the file at `path` whose bytes are `data` (the path's extension breaks no tie; it only names a
    /// workbook that is no ZIP archive).
    public static func table(_ data: consuming Data, path: String, encoding: RosterEncoding = .auto) -> Result<
        RosterTable, RosterFileError
    > {
        do {
            switch try kind(of: data, path: path) {
            case .text: return .success(RosterTable.csv(data, encoding: encoding))
            case .xlsx: return .success(try xlsx(data))
            case .xls:
                return .failure(
                    RosterFileError(
                        tr(
                            "an old Excel .xls workbook, which Convene does not read; open it in Excel, WPS or LibreOffice and save it as .xlsx or CSV"
                        )))
            case .ods:
                return .failure(
                    RosterFileError(
                        tr(
                            "an OpenDocument spreadsheet (.ods), which Convene does not read; save it as .xlsx or CSV"
                        )))
            }
        } catch {
            return .failure(error)
        }
    }

    /// The first sheet of an .xlsx workbook.
    public static func xlsx(_ data: Data) throws(RosterFileError) -> RosterTable {
        let workbook = try XLSXWorkbook(data)
        let sheet = try workbook.firstSheet()
        let strings = try XLSXSharedStrings.read(try workbook.part("xl/sharedStrings.xml"))
        let styles = try XLSXStyles(try workbook.part("xl/styles.xml"))
        let reader = XLSXSheet(name: sheet.name, sharedStrings: strings, styles: styles, date1904: sheet.date1904)
        return try reader.table(try workbook.requiredPart(sheet.path))
    }

    static func kind(of data: Data, path: String) throws(RosterFileError) -> Kind {
        let head = [UInt8](data.prefix(8))
        let ext = (path as NSString).pathExtension.lowercased()
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .xls }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) || head.starts(with: [0x50, 0x4B, 0x05, 0x06]) {
            // An OpenDocument file starts with its uncompressed "mimetype" entry (ODF 1.2 §3.3).
            let prefix = String(decoding: data.prefix(100), as: UTF8.self)
            if prefix.contains("mimetypeapplication/vnd.oasis.opendocument") || ext == "ods" { return .ods }
            return .xlsx
        }
        switch ext {
        case "xls": return .xls
        case "ods": return .ods
        case "xlsx", "xlsm":
            throw RosterFileError(
                tr(
                    "named .\(ext) but not an Excel workbook (it does not begin as a ZIP archive does; it may be damaged or cut short); open it in Excel or WPS and save it again"
                ))
        default: return .text
        }
    }
}
