import Foundation
import StakeGraph

/// One input for the reader `STAKEGRAPH_FUZZ_READER` names (yaml, json, csv, dot or graphml).
///
/// libFuzzer and AddressSanitizer catch crashes, hangs, leaks and memory errors themselves; this
/// also traps when the reader breaks a promise of `ReaderContract`.
func fuzzOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    if let violation = ReaderContract.violation(reading: data, as: FuzzedReader.format) {
        fatalError(violation)
    }
    return 0
}

/// The reader under test, from the environment, decided once.
enum FuzzedReader {
    static let format: ImportFormat = {
        let name = ProcessInfo.processInfo.environment["STAKEGRAPH_FUZZ_READER"] ?? "yaml"
        guard let format = ImportFormat(rawValue: name) else {
            let names = ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")
            fatalError("STAKEGRAPH_FUZZ_READER=\(name) names no reader; use one of \(names)")
        }
        return format
    }()
}
