/// Which character separates the fields of a delimited roster: comma (CSV), tab (Excel's "Unicode text" and
/// copies from a spreadsheet) or semicolon (CSV from a spreadsheet set to a language with a decimal comma).
public enum RosterSeparator {
    /// The candidates, in the order a tie is broken.
    public static let candidates: [Unicode.Scalar] = [",", "\t", ";"]

    /// How many records from the top are searched for the header row.
    static let headerSearch = 30

    /// The separator an Excel `sep=;` first line declares, if the text starts with one.
    static func declared(in text: String) -> Unicode.Scalar? {
        let first = text.prefix { !$0.isNewline }
        guard first.count == 5, first.lowercased().hasPrefix("sep="), let last = first.unicodeScalars.last,
            candidates.contains(last)
        else { return nil }
        return last
    }

    /// The separator under which the header row names the most known columns (quoted fields respected, title rows
    /// above it skipped); when no split names any, the one that splits the first row into the most fields.
    public static func detect(in text: String) -> Unicode.Scalar {
        var best: (separator: Unicode.Scalar, known: Int, fields: Int) = (",", 0, 0)
        for separator in candidates {
            let records = RosterCSV.records(text, separator: separator, limit: headerSearch).records
            let known = records.map { record in Set(record.fields.compactMap(RosterColumn.named)).count }.max() ?? 0
            let fields = records.first?.fields.count ?? 0
            if known > best.known || (known == best.known && known == 0 && fields > best.fields) {
                best = (separator, known, fields)
            }
        }
        return best.separator
    }
}
