// libFuzzer target: the plan-file loader. Any input either loads or throws a PlanFileError with a message;
// what loads, saves and loads again to the same book; the fast reader and JSONDecoder agree on every input, and
// the fast writer and JSONEncoder on every book that loads.
import Foundation
import PlanFile
import PlannerCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    let fast = Result { try PlanFormat.decode(data, path: "fuzz.json") }
    let slow = Result { try PlanFormat.decode(data, path: "fuzz.json", fastReader: false) }
    switch (fast, slow) {
    // Compared as bytes: String's == would let canonically equivalent but different text through.
    case (.success(let a), .success(let b)) where (try? PlanFormat.encode(a, fastWriter: false)) == (try? PlanFormat.encode(b, fastWriter: false)): break
    case (.failure(let a), .failure(let b)) where "\(a)" == "\(b)": break
    default: fatalError("the fast reader and JSONDecoder disagree: \(fast) vs \(slow)")
    }
    do {
        let book = try fast.get()
        if try PlanFormat.encode(book) != PlanFormat.encode(book, fastWriter: false) {
            fatalError("the fast writer and JSONEncoder wrote different bytes")
        }
        let again = try PlanFormat.decode(try PlanFormat.encode(book), path: "again.json")
        if again != book { fatalError("a loaded plan did not survive save and load") }
    } catch let error as PlanFileError {
        if !error.description.hasPrefix("fuzz.json: ") { fatalError("unclear message: \(error)") }
    } catch {
        fatalError("not a PlanFileError: \(error)")
    }
    return 0
}
