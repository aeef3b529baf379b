import Foundation
import Testing
@testable import StakeGraph

/// Hostile graph files: every one is refused with located errors, none crashes or hangs.
@Suite struct HostileInputTests {
    static let mini = try! String(contentsOfFile: Fixtures.path("mini.yaml"), encoding: .utf8)
    static let miniJSON = try! String(contentsOfFile: Fixtures.path("mini.json"), encoding: .utf8)

    /// The first error of `bytes` read as `format`, as `line:column: message`.
    static func firstError(_ bytes: [UInt8], _ format: ImportFormat) -> String? {
        let (_, diagnostics) = GraphImport.read(data: Data(bytes), format: format, path: "h.\(format.rawValue)")
        return diagnostics.sorted.first { $0.severity == .error }.map { "\($0.location.line):\($0.location.column): \($0.message)" }
    }

    static func firstError(_ text: String, _ format: ImportFormat = .yaml) -> String? { firstError(Array(text.utf8), format) }

    /// Deterministic bytes that are not text.
    static let garbage: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }

    static func replacing(_ old: String, with new: String, in text: String = mini) -> String {
        precondition(text.contains(old), "fixture lacks '\(old)'")
        return text.replacingOccurrences(of: old, with: new)
    }

    // MARK: Files refused with a located error

    static let yamlCases: [(name: String, text: String, error: String)] = [
        ("empty", "", "1:1: the file is empty"),
        ("only comments", "# nothing\n\n", "1:1: the file is empty"),
        ("a list where the graph mapping belongs", "- a\n- b\n", "1:1: a graph file should be a mapping"),
        ("a list where an actor belongs", replacing("  - id: loner\n", with: "  - [1, 2]\n  - id: loner\n"), "31:5: an actor should be a mapping"),
        ("a tab indenting a line", replacing("    kind: firm\n", with: "\tkind: firm\n"), "14:1: YAML syntax: found a tab character that violates indentation"),
        ("a stray quote", replacing("name: Acme Networks", with: "name: \"Acme Networks"), "YAML syntax"),
        ("a stray bracket", replacing("name: Acme Networks", with: "name: [Acme Networks"), "YAML syntax"),
        ("a key given twice", replacing("    kind: firm\n", with: "    kind: firm\n    kind: media\n"), "the key 'kind' appears twice"),
        ("an absurd weight", "graph: {id: g}\nrelation-types:\n  - {id: x, label: x, polarity: neutral, mode: verbal, directed: true, weight: 1e999999}\n",
         "3:80: 'weight' of relation type should be a number, not '1e999999'"),
        ("a weight beyond the scale", "graph: {id: g}\nrelation-types:\n  - {id: x, label: x, polarity: neutral, mode: verbal, directed: true, weight: 123456789012345678901234567890}\n",
         "3:80: 'weight' of relation type is 123456789012345678901234567890; it must lie between -10.0 and 10.0"),
        ("a year of 20 digits", replacing("date: 2019-03", with: "date: 99999999999999999999-03"), "9:11: date of source: '99999999999999999999-03' is not a date"),
        ("month 99", replacing("date: 2019-03", with: "date: 2019-99"), "9:11: date of source: there is no month 99"),
        ("200,000 nested lists", String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000),
         "1:1: YAML syntax: Maximum nesting level reached"),
        ("200,000 nested mappings", String(repeating: "{a: ", count: 200_000) + String(repeating: "}", count: 200_000),
         "YAML syntax: Maximum nesting level reached"),
        ("600 nested block lists", (0..<600).map { String(repeating: "  ", count: $0) + "-\n" }.joined(), "the document nests deeper than 512 levels"),
    ]

    @Test(arguments: yamlCases)
    func aHostileYAMLFileIsRefusedAtItsFault(name: String, text: String, error: String) {
        let found = Self.firstError(text)
        #expect(found?.contains(error) == true, "\(name): \(found ?? "no error")")
    }

    @Test func aFewAliasesInAnOrdinaryFileAreFine() {
        let text = "graph: {id: g}\nsources:\n  - &s {id: s, title: S}\nactors:\n  - {id: a, name: A, kind: firm}\n"
        #expect(Self.firstError(text) == nil)
    }

    @Test func textThatIsNotUTF8IsLocatedAtItsFirstBadByte() {
        var latin1 = Array(Self.mini.utf8)
        let name = Array("Acme Networks".utf8)
        let start = latin1.firstRange(of: name)!.lowerBound
        latin1.replaceSubrange(start..<start + 1, with: [0xC4])  // "Ä" in Latin-1
        #expect(Self.firstError(latin1, .yaml) == "13:11: the file is not valid UTF-8 text (save it as UTF-8)")
        #expect(Self.firstError(latin1, .json)?.hasSuffix("the file is not valid UTF-8 text (save it as UTF-8)") == true)
        #expect(Self.firstError(Self.garbage, .yaml)?.hasPrefix("1:") == true)
        #expect(Self.firstError(Self.garbage, .json) != nil)
    }

    @Test func aFileOverTheSizeLimitIsRefusedWithoutReadingIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: UInt64(GraphReader.maximumFileSize) + 1)  // sparse: no disk used
        try handle.close()
        let result = try GraphReader.read(contentsOf: path)
        #expect(result.diagnostics.errors.map(\.description) == [
            "\(path):1:1: error: the file is 256 MiB; graph files are limited to 256 MiB (split it, or leave out what no command needs)",
        ])
    }

    // MARK: Every line deleted, repeated, indented or cut

    /// Damaged copies of mini.yaml: each line deleted, repeated, indented by one space, and the
    /// file cut in the middle of each line.
    static var damagedCopies: [(String, String)] {
        let lines = mini.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var copies: [(String, String)] = []
        for index in lines.indices {
            var deleted = lines; deleted.remove(at: index)
            var repeated = lines; repeated.insert(lines[index], at: index)
            var indented = lines; indented[index] = " " + lines[index]
            let cut = (lines[..<index] + [String(lines[index].prefix(lines[index].count / 2))]).joined(separator: "\n")
            copies += [("line \(index + 1) deleted", deleted.joined(separator: "\n")),
                       ("line \(index + 1) repeated", repeated.joined(separator: "\n")),
                       ("line \(index + 1) indented", indented.joined(separator: "\n")),
                       ("cut in line \(index + 1)", cut)]
        }
        return copies
    }

    @Test func aDamagedFileIsEitherValidOrLocatedWithinItsLines() {
        var refused = 0
        for (damage, text) in Self.damagedCopies {
            let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
            let result = GraphReader.read(text: text, path: "d.yaml")
            for diagnostic in result.diagnostics.items {
                #expect((1...lineCount + 1).contains(diagnostic.location.line) && diagnostic.location.column >= 1,
                        "\(damage): \(diagnostic)")
            }
            if result.diagnostics.hasErrors { refused += 1 }
        }
        // Most damage breaks the file; a deleted comment or description line may not.
        #expect(refused > Self.damagedCopies.count / 2, "\(refused) of \(Self.damagedCopies.count)")
    }

    @Test func jsonCutAtAnyPointIsRefusedWithAPosition() {
        let bytes = Array(Self.miniJSON.utf8)
        for length in stride(from: 0, to: bytes.count - 2, by: 7) {
            let found = Self.firstError(Array(bytes[..<length]), .json)
            #expect(found != nil, "cut at byte \(length)")
        }
    }

    // MARK: JSON, CSV and DOT

    /// "Billion laughs" in XML: ten entities of ten references each.
    static let xmlEntityBomb: String = {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE graphml [\n<!ENTITY l0 \"lol\">\n"
        for level in 1...9 {
            text += "<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">\n"
        }
        return text + "]>\n<graphml><graph><node id=\"a\"><data key=\"label\">&l9;</data></node></graph></graphml>\n"
    }()

    static let otherCases: [(name: String, format: ImportFormat, text: String, error: String)] = [
        ("200,000 nested JSON arrays", .json, String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000),
         "1:513: JSON syntax: the document nests deeper than 512 levels"),
        ("200,000 nested JSON objects", .json, String(repeating: "{\"a\":", count: 200_000) + "1" + String(repeating: "}", count: 200_000),
         "1:2561: JSON syntax: the document nests deeper than 512 levels"),
        ("a JSON number too large for a double", .json, "{\"graph\": {\"id\": \"g\"}, \"relation-types\": [{\"id\": \"x\", \"label\": \"x\", \"polarity\": \"neutral\", \"mode\": \"verbal\", \"directed\": true, \"weight\": 1e99999}]}",
         "'weight' of relation type should be a number, not '1e99999'"),
        ("an empty JSON file", .json, "", "1:1: JSON syntax: the JSON document ends where a value was expected"),
        ("an empty sheet", .csv, "", "1:1: the relations sheet is empty"),
        ("a quoted value that never closes", .csv, "from,to,type\na,\"b,bans\nc,d,bans\n", "2:2: this quoted value never closes"),
        ("a sheet without from and to", .csv, "x,y\n1,2\n", "the relations sheet needs a column named 'from'"),
        ("an empty DOT file", .dot, "", "1:1:"),
        ("an unclosed DOT graph", .dot, "digraph {\n a -> b\n", "Graphviz could not read the DOT text"),
        ("an unterminated DOT string", .dot, "digraph { a -> b [label=\"x ] }", "Graphviz could not read the DOT text"),
        ("200,000 nested DOT subgraphs", .dot, "digraph{" + String(repeating: "subgraph{", count: 200_000) + "a" + String(repeating: "}", count: 200_001),
         "Graphviz could not read the DOT text"),
        ("an empty GraphML file", .graphml, "", "1:1:"),
        ("GraphML cut short", .graphml, "<graphml>\n<graph>\n<node id=\"a\"/>", "2:1: the file ends before <graph> begun here is closed"),
        ("an XML entity bomb", .graphml, xmlEntityBomb, "not well-formed GraphML"),
        ("GraphML in an encoding stakegraph does not read", .graphml, "<?xml version=\"1.0\" encoding=\"UTF-9\"?>\n<graphml/>",
         "1:1: the file declares the encoding 'utf-9', which stakegraph does not read"),
        ("a processing instruction in GraphML", .graphml, "<?xml version=\"1.0\"?>\n<graphml><?x?><graph/></graphml>",
         "2:10: processing instructions (<?…?>) are not GraphML"),
        ("a NUL byte in GraphML", .graphml, "<graphml>\n<graph edgedefault=\"\u{0}\"/></graphml>", "2:21: the file holds a NUL byte"),
    ]

    @Test(arguments: otherCases)
    func aHostileImportIsRefusedAtItsFault(name: String, format: ImportFormat, text: String, error: String) {
        let found = Self.firstError(text, format)
        #expect(found?.contains(error) == true, "\(name): \(found ?? "no error")")
    }

    @Test func aSheetInLatin1IsRefusedAtItsFirstBadByte() {
        let sheet: [UInt8] = Array("from,to,type\nM".utf8) + [0xFC] + Array("ller,b,bans\n".utf8)
        #expect(Self.firstError(sheet, .csv) == "2:2: the sheet is not valid UTF-8 text; save it as 'CSV UTF-8'")
    }

    @Test func graphMLInLatin1IsReadAsDeclared() {
        let latin1: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml><graph><node id=\"M".utf8) + [0xFC]
            + Array("ller\"/></graph></graphml>\n".utf8)
        let (graph, diagnostics) = GraphImport.read(data: Data(latin1), format: .graphml, path: "l.graphml")
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(graph.actors.map(\.name) == ["Müller"])
    }

    @Test(arguments: [ImportFormat.csv, .dot, .graphml])
    func binaryGarbageIsRefusedNotImported(format: ImportFormat) {
        #expect(Self.firstError(Self.garbage, format) != nil, "\(format)")
    }
}
