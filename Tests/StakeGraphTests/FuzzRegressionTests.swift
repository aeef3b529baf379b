import Foundation
import Testing
import StakeGraph

/// Replays the fuzz seed corpus and every input the fuzzer ever found (Tests/Fuzz/) through the
/// promises of `ReaderContract`, so that a fixed finding stays fixed without running libFuzzer.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    /// (format, file) for every file under Corpus/<format>/ and Regressions/<format>/.
    static var inputs: [(ImportFormat, URL)] {
        var inputs: [(ImportFormat, URL)] = []
        for folder in ["Corpus", "Regressions"] {
            for format in ImportFormat.allCases {
                let directory = root.appendingPathComponent(folder).appendingPathComponent(format.rawValue)
                let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
                inputs += names.sorted().filter { !$0.hasPrefix(".") }.map { (format, directory.appendingPathComponent($0)) }
            }
        }
        return inputs
    }

    @Test func thereIsASeedForEveryReader() {
        let formats = Set(Self.inputs.filter { $0.1.path.contains("/Corpus/") }.map(\.0))
        #expect(formats == Set(ImportFormat.allCases))
    }

    @Test func everyInputKeepsTheReaderContract() throws {
        for (format, file) in Self.inputs {
            let data = try Data(contentsOf: file)
            #expect(ReaderContract.violation(reading: data, as: format) == nil, "\(format): \(file.lastPathComponent)")
        }
    }

    /// The hostile fixtures (markup, formulas, controls, bidirectional overrides, noncharacters
    /// in every field) keep the output contract the fuzzer checks on every input that reads.
    @Test func theHostileFixturesKeepTheOutputContract() throws {
        for name in ["hostile.yaml", "hostile-text.yaml", "mini.yaml"] {
            let data = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path(name)))
            #expect(ReaderContract.violation(reading: data, as: .yaml) == nil, "\(name)")
        }
    }
}
