// libFuzzer target: the .xlsx reader. Any input is read (then imported or refused with problems) or refused whole
// with a message; never a crash.
import Foundation
import PlannerCore
import Printing
import RosterSheets

let book = Book(organisations: [Organisation(id: "o1", name: "广东省电子信息行业协会", short: "电子信息行业协会"),
                                Organisation(id: "o2", name: "数字出版")])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzXLSX(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    switch RosterFile.table(data, path: "fuzz.xlsx") {
    case .success(let table):
        switch RosterImport(book: book, defaultOrg: "o2").plan(table) {
        case .success(let plan):
            for person in plan.added where person.name.isEmpty { fatalError("imported a person without a name") }
        case .failure(let problems):
            if problems.problems.isEmpty { fatalError("refused without saying why") }
            _ = problems.report(file: "fuzz.xlsx")
        }
    case .failure(let error):
        if error.reason.text(.en).isEmpty { fatalError("refused a file without saying why") }
    }
    return 0
}
