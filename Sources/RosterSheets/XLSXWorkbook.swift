import Foundation
import Phrasebook
import Printing

/// An Office Open XML workbook (.xlsx) opened from its bytes: the parts needed to read its first sheet.
struct XLSXWorkbook {
    /// No part of a roster is near this; a bigger one is a damaged file or a ZIP bomb, stopped while inflating.
    static let partLimit = 256 << 20

    private let zip: ZIPDirectory

    /// Opens the ZIP archive, or says why it is no workbook.
    init(_ data: Data) throws(RosterFileError) {
        do {
            zip = try ZIPDirectory(data)
        } catch {
            throw RosterFileError(
                tr(
                    "cannot be opened as an .xlsx workbook: the file is damaged or cut short (its ZIP directory cannot be read); open it in Excel or WPS and save it again"
                ))
        }
        guard zip.entries["xl/workbook.xml"] != nil else {
            throw RosterFileError(
                tr(
                    "a ZIP archive but not an .xlsx workbook (it has no xl/workbook.xml); save the roster as .xlsx or CSV"
                ))
        }
    }

    /// A part's bytes; nil when the archive has no such part.
    func part(_ path: String) throws(RosterFileError) -> Data? {
        guard let entry = zip.entries[path] else { return nil }
        do {
            return try zip.contents(of: entry, limit: Self.partLimit)
        } catch .tooLarge {
            throw RosterFileError(tr("its part \(path) is larger than 256 MB; a roster is never that big"))
        } catch {
            throw RosterFileError(
                tr(
                    "cannot be read: its part \(path) is damaged (it does not inflate or its checksum is wrong); open it in Excel or WPS and save it again"
                ))
        }
    }

    /// A part that must be there.
    func requiredPart(_ path: String) throws(RosterFileError) -> Data {
        guard let data = try part(path) else {
            throw RosterFileError(
                tr("not a complete .xlsx workbook: it has no \(path); open it in Excel or WPS and save it again"))
        }
        return data
    }

    /// The first sheet: its name and the path of its part, from xl/workbook.xml and its relationships.
    func firstSheet() throws(RosterFileError) -> (name: String, path: String, date1904: Bool) {
        let workbook = try requiredPart("xl/workbook.xml")
        var sheets: [(name: String, id: String)] = []
        var date1904 = false
        if let failure = XMLEvents.parse(
            workbook,
            { event in
                guard case .start(let element, let attributes) = event else { return }
                if element == "sheet", let name = attributes.attribute("name"), let id = attributes.attribute("id") {
                    sheets.append((name, id))
                } else if element == "workbookPr", let value = attributes.attribute("date1904") {
                    date1904 = value == "1" || value == "true"
                }
            })
        {
            throw Self.malformed("xl/workbook.xml", failure)
        }
        guard let first = sheets.first else {
            throw RosterFileError(tr("an .xlsx workbook with no sheets; put the roster on its first sheet"))
        }
        var target: String?
        if let rels = try part("xl/_rels/workbook.xml.rels") {
            if let failure = XMLEvents.parse(
                rels,
                { event in
                    guard case .start("Relationship", let attributes) = event, attributes.attribute("Id") == first.id
                    else { return }
                    target = attributes.attribute("Target")
                })
            {
                throw Self.malformed("xl/_rels/workbook.xml.rels", failure)
            }
        }
        guard let target else {
            throw RosterFileError(
                tr(
                    "not a complete .xlsx workbook: the sheet '\(first.name)' has no part; open it in Excel or WPS and save it again"
                ))
        }
        let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        return (first.name, path, date1904)
    }

    static func malformed(_ part: String, _ failure: XMLEvents.Failure) -> RosterFileError {
        RosterFileError(
            tr(
                "cannot be read: its part \(part) is not well-formed XML (line \(failure.line)); open it in Excel or WPS and save it again"
            ))
    }
}
