// libFuzzer target: the plan-file loader. Any input either loads or throws a PlanFileError with a message;
// what loads, saves and loads again to the same book.
import Foundation
import PlanFile
import PlannerCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    do {
        let book = try PlanFormat.decode(data, path: "fuzz.json")
        let again = try PlanFormat.decode(try PlanFormat.encode(book), path: "again.json")
        if again != book { fatalError("a loaded plan did not survive save and load") }
    } catch let error as PlanFileError {
        if !error.description.hasPrefix("fuzz.json: ") { fatalError("unclear message: \(error)") }
    } catch {
        fatalError("not a PlanFileError: \(error)")
    }
    return 0
}
