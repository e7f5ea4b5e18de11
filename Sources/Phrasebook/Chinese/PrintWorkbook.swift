extension Catalogue {
    /// Chinese texts of the print dialog's workbook format (`P`, then Excel).
    static let chinesePrintWorkbook: KeyValuePairs<String, String> = [
        "Excel workbook (.xlsx)": "Excel 工作簿（.xlsx）"
    ]
}
