import Foundation
import Testing
@testable import StakeGraph

@Suite struct EventLinesTests {
    /// Lines longer than nothing and crossing the read blocks come out whole and numbered.
    @Test func linesAcrossBlocksComeOutWhole() throws {
        let lines = (0..<120_000).map { "line \($0)\t" + String(repeating: "x", count: $0 % 197) }
        let text = lines.joined(separator: "\r\n") + "\r\n" + "last without end"
        #expect(text.utf8.count > 2 * EventLines.blockSize)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("event-lines-\(getpid()).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var seen: [String] = []
        var numbers: [Int] = []
        try EventLines.forEach(path: url.path) { number, bytes in
            seen.append(String(decoding: bytes, as: UTF8.self))
            numbers.append(number)
            return true
        }
        #expect(seen == lines + ["last without end"])
        #expect(numbers == Array(1...(lines.count + 1)))
    }

    @Test func fieldsAreTrimmedSqueezedAndNAIsEmpty() {
        var fields = TabFields()
        let line = Array("a\t  Harare,     Zimbabwe  \tNA\t\tNAB".utf8)
        line.withUnsafeBufferPointer { fields.split($0) }
        #expect(fields.count == 5)
        #expect(fields.value(1) == "Harare, Zimbabwe")
        #expect(fields.value(2) == nil)
        #expect(fields.value(3) == nil)
        #expect(fields.value(4) == "NAB")
        #expect(fields.column(4) == line.count - 2)
    }
}
