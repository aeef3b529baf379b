import Foundation
import Testing

/// What the binary prints for a graph whose names carry terminal escapes, formulas and bidi
/// overrides (`Tests/Fixtures/hostile-text.yaml`): text with visible escapes, CSV guarded.
@Suite struct TrustedOutputCommandTests {
    static let graph = StakegraphRunner.fixture("hostile-text.yaml")

    /// Whether `text` holds a character a terminal acts on: C0 but the line break, DEL, C1, or a
    /// bidirectional override.
    static func hasControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" }
    }

    @Test(arguments: [["actors"], ["show", "row"], ["show", "clip"], ["path", "clear", "formula"], ["stats"],
                      ["relations"], ["centrality"], ["neighbors", "clip"]])
    func textOutputShowsControlsAsEscapes(_ arguments: [String]) throws {
        let outcome = try StakegraphRunner.run(arguments + ["-g", Self.graph])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!Self.hasControls(outcome.stdout), "\(outcome.stdout.debugDescription)")
        #expect(!Self.hasControls(outcome.stderr), "\(outcome.stderr.debugDescription)")
    }

    @Test func theActorsTableShowsEachEscapeAndStaysAligned() throws {
        let outcome = try StakegraphRunner.run(["actors", "-g", Self.graph])
        for shown in [#"Clear\x1B[2J screen"#, #"Clip\x1B]52;c;aGVsbG8=\x07 board"#, #"Row\r\x1B[K overwritten"#,
                      #"Evil \u{202E}desrever"#, #"\tcell"#] {
            #expect(outcome.stdout.contains(shown), "\(shown)")
        }
        let lines = outcome.stdout.split(separator: "\n")
        let kindColumn = try #require(lines.first?.range(of: "KIND")).lowerBound.utf16Offset(in: lines[0])
        for line in lines.dropFirst(2) where line.unicodeScalars.allSatisfy(\.isASCII) {
            #expect(line.dropFirst(kindColumn).hasPrefix("firm") || line.dropFirst(kindColumn).hasPrefix("government"), "\(line)")
        }
    }

    @Test func diagnosticsEscapeTheNamesTheyQuote() throws {
        let outcome = try StakegraphRunner.run(["show", "\u{1B}[2Jnobody", "-g", Self.graph])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains(#"no actor is called '\x1B[2Jnobody'"#), "\(outcome.stderr)")
        #expect(!Self.hasControls(outcome.stderr))
    }

    @Test func usageErrorsEscapeTheValuesTyped() throws {
        let outcome = try StakegraphRunner.run(["actors", "--kind", "\u{1B}]0;title\u{07}", "-g", Self.graph])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains(#"The value '\x1B]0;title\x07' is invalid for '--kind <kind>'"#), "\(outcome.stderr)")
        #expect(!Self.hasControls(outcome.stderr))
        #expect(try StakegraphRunner.run(["actors", "--help"]).stdout.contains("OVERVIEW"), "help still goes to stdout")
    }

    @Test func jsonStaysValidAndHoldsNoRawControls() throws {
        let outcome = try StakegraphRunner.run(["actors", "--format", "json", "-g", Self.graph])
        #expect(!Self.hasControls(outcome.stdout))
        let actors = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let names = actors.compactMap { $0["name"] as? String }
        #expect(names.contains("Evil \u{202E}desrever") && names.contains("Clear\u{1B}[2J screen"), "the values are exact")
    }

    @Test(arguments: [["actors"], ["centrality"], ["relations"], ["positions"], ["timeline"], ["neighbors", "clip"]])
    func csvOutputGuardsEveryCellAgainstFormulas(_ arguments: [String]) throws {
        let outcome = try StakegraphRunner.run(arguments + ["--format", "csv", "-g", Self.graph])
        #expect(outcome.status == 0 || arguments == ["positions"], "\(outcome.stderr)")
        for line in outcome.stdout.components(separatedBy: "\r\n") {
            for cell in line.split(separator: ",", omittingEmptySubsequences: true) {
                let value = cell.hasPrefix("\"") ? cell.dropFirst() : cell
                guard let first = value.unicodeScalars.first, Double(value) == nil else { continue }
                #expect(!"=+-@\t\r\n".unicodeScalars.contains(first), "\(arguments): \(line.debugDescription)")
            }
        }
        if arguments == ["actors"] || arguments == ["centrality"] {
            #expect(outcome.stdout.contains(#""'=HYPERLINK(""http://x"")""#) && outcome.stdout.contains("'@SUM(1+1)")
                    && outcome.stdout.contains("'\tcell"), "\(outcome.stdout)")
        }
    }
}
