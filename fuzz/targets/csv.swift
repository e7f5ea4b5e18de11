// libFuzzer target: the CSV roster importer. Any input is imported or refused with line-numbered problems; never a crash.
import Foundation
import PlannerCore
import Printing

let book = Book(organisations: [Organisation(id: "o1", name: "广东省电子信息行业协会", short: "电子信息行业协会"),
                                Organisation(id: "o2", name: "广州天极电子科技有限公司")],
                people: [Person(id: "p1", name: "徐晓敏", latin: "Xu Xiaomin", org: "o1", politics: .member)])

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let encoding: RosterEncoding = count > 0 && bytes[0] & 1 == 1 ? .auto : .utf8
    switch RosterImport(book: book, defaultOrg: count > 1 && bytes[1] & 1 == 1 ? "o2" : nil).plan(data, encoding: encoding) {
    case .success(let plan):
        for person in plan.added where person.name.isEmpty { fatalError("imported a person without a name") }
    case .failure(let problems):
        if problems.problems.isEmpty { fatalError("refused without saying why") }
        _ = problems.report(file: "fuzz.csv")
    }
    return 0
}
