import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StakeGraph

/// Outputs a reader trusts: CSV that no spreadsheet runs, SVG and reports that stay well-formed
/// XML, names that cannot reorder a list, and YAML headers that stay comments.
@Suite struct TrustedOutputTests {
    static let hostile = ["=HYPERLINK(\"http://x\")", "+1 more", "-said", "@SUM(1+1)", "\tcell", "\rrow", "\nline",
                          "＝SUM(A1)", "＋1", "－x", "＠home", "'=x", "''=y", "'\tz", "'plain", "-5", "2019-05", "plain", ""]

    /// The value a reader gets back from one written field (RFC 4180 unquoting).
    static func unquoted(_ written: String) -> String {
        written.hasPrefix("\"") ? String(written.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : written
    }

    @Test func everyDangerousFirstCharacterIsGuardedAndImportUndoesExactlyThat() {
        for value in Self.hostile {
            let cell = Self.unquoted(CSVText.field(value))
            #expect(CSVText.unguarded(cell) == value, "\(value.debugDescription) → \(cell.debugDescription)")
            if let first = cell.unicodeScalars.first, Double(cell) == nil {
                #expect(!CSVText.formulaStarts.contains(first), "\(cell.debugDescription) must not start a formula")
            }
        }
        #expect(CSVText.field("\tcell") == "'\tcell")
        #expect(CSVText.field("＝1+1") == "'＝1+1")
        #expect(CSVText.field("-5") == "-5", "a number is not a formula")
        #expect(CSVText.field("a\r\nb") == "\"a\r\nb\"", "a CRLF inside a value is quoted")
    }

    @Test func hostileNamesRoundTripThroughTheExportedSheets() throws {
        var yaml = "graph: {id: g, title: G}\nsources:\n  - {id: s, title: S}\nactors:\n"
        for (index, value) in Self.hostile.enumerated() where !value.isEmpty && value.first?.isWhitespace != true {
            yaml += "  - {id: a\(index), name: \(try jsonString(value)), kind: firm}\n"
        }
        let graph = Fixtures.validGraph(yaml)
        let sheet = SheetWriter.actors(graph)
        for line in sheet.split(separator: "\r\n").dropFirst() {
            let name = Self.unquoted(String(line.split(separator: ",", omittingEmptySubsequences: false)[1]))
            if let first = name.unicodeScalars.first, Double(name) == nil { #expect(!CSVText.formulaStarts.contains(first), "\(line)") }
        }
        let back = try Imports.run("From,To,Type\n", named: "relations.csv", actors: sheet)
        #expect(back.graph.actors.map(\.name).sorted() == graph.actors.map(\.name).sorted(), "\(back.errors)")
    }

    /// White space at a value's edges survives export and import: the writer quotes such a value
    /// and the reader keeps what stands inside quotes, while it still trims a typed `a, b`.
    @Test func valuesWithWhiteSpaceAtTheirEdgesRoundTripThroughTheSheets() throws {
        let names = ["  Leading", "Trailing  ", "Tabbed\t", "\u{00A0}No-break\u{00A0}", " Both ", "Plain"]
        var yaml = "graph: {id: g, title: G}\nactors:\n"
        for (index, name) in names.enumerated() {
            yaml += "  - {id: a\(index), name: \(try jsonString(name)), kind: firm, description: \(try jsonString(" note \(index)\t"))}\n"
        }
        yaml += "relations:\n  - {from: a0, to: a1, type: bans, note: \(try jsonString("  spaced note  "))}\n"
        let graph = Fixtures.validGraph(yaml)
        let back = try Imports.run(SheetWriter.relations(graph), named: "relations.csv", actors: SheetWriter.actors(graph))
        let errors: [String] = back.errors
        #expect(errors.isEmpty, "\(errors)")
        let namesBack: [String] = back.graph.actors.map(\.name).sorted()
        #expect(namesBack == names.sorted())
        let descriptionsBack: [String] = back.graph.actors.compactMap(\.description).sorted()
        let descriptions: [String] = graph.actors.compactMap(\.description).sorted()
        #expect(descriptionsBack == descriptions)
        let notes: [String?] = back.graph.relations.map(\.note)
        #expect(notes == ["  spaced note  "])
        // A hand-typed sheet's spaces outside quotes are still trimmed; inside quotes they stay.
        let typed = try Imports.run("From, To ,Type\n Acme , \" Beta \" ,bans\n", named: "typed.csv")
        let typedNames: [String] = typed.graph.actors.map(\.name).sorted()
        #expect(typedNames == [" Beta ", "Acme"], "\(typed.errors)")
    }

    private func jsonString(_ text: String) throws -> String { String(decoding: try JSONEncoder().encode(text), as: UTF8.self) }

    @Test func xmlIllegalCharactersNeverReachDOTOrXML() {
        // Swift refuses noncharacters in literals, so they are built from their code points.
        func scalar(_ value: UInt32) -> String { String(Character(Unicode.Scalar(value)!)) }
        let name = "Non" + scalar(0xFFFE) + "char" + scalar(0xFFFF) + " " + scalar(0xFDD0) + "end" + scalar(0x1FFFF)
        let illegal: Set<UInt32> = [0xFFFE, 0xFFFF, 0xFDD0, 0x1FFFF]
        for escaped in [DOTText.quoted(name), DOTText.tooltip(name), DOTText.html(name), XMLText.escaped(name)] {
            #expect(!escaped.unicodeScalars.contains { illegal.contains($0.value) }, "\(escaped.debugDescription)")
            #expect(escaped.contains("Nonchar") && escaped.contains("end"))
        }
        #expect(XMLText.isAllowed("\u{FFFD}") && XMLText.isAllowed("é") && XMLText.isAllowed("\t"))
    }

    @Test func theHostileFixtureDrawsAsWellFormedSVGAndReport() throws {
        let graph = try Fixtures.read("hostile-text.yaml").graph
        let rendering = try Diagram.render(GraphSlice(graph), options: DiagramOptions(), engine: .auto, format: .svg)
        #expect(XMLParser(data: Data(rendering.bytes)).parse(), "the SVG is well-formed XML")
        let svg = String(decoding: rendering.bytes, as: UTF8.self)
        #expect(!svg.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF || $0.value == 0x1B })
        #expect(svg.contains("Nonchar"))
    }

    @Test func bidiControlsAreIsolatedInMarkdownAndHTML() {
        #expect(BidiIsolation.isolated("plain") == "plain")
        #expect(BidiIsolation.isolated("Evil \u{202E}desrever") == "\u{2068}Evil \u{202E}desrever\u{2069}")
        // A PDI of the string's own cannot close the wrapper; an isolate it opens is closed.
        #expect(BidiIsolation.isolated("a\u{2069}\u{202E}b") == "\u{2068}a\u{202E}b\u{2069}")
        #expect(BidiIsolation.isolated("\u{2067}x") == "\u{2068}\u{2067}x\u{2069}\u{2069}")
        #expect(ReportHTML.escape("Evil \u{202E}<b>") == "\u{2068}Evil \u{202E}&lt;b&gt;\u{2069}")
        #expect(ReportMarkdown.escape("Evil \u{202E}*x*") == "\u{2068}Evil \u{202E}\\*x\\*\u{2069}")
    }

    @Test func theExplorerIsolatesNamesWithBidiControls() throws {
        let graph = try Fixtures.read("hostile-text.yaml").graph
        let data = ExplorerData(GraphSlice(graph), windows: ExplorerPage.standardWindows, colorings: [])
        let names = Dictionary(uniqueKeysWithValues: data.actors.map { ($0.id, $0.name) })
        #expect(names["rlo"] == "\u{2068}Evil \u{202E}desrever\u{2069}")
        #expect(names["clear"] == "Clear\u{1B}[2J screen", "names without bidi controls are as written")
        #expect(data.title == "\u{2068}Hostile \u{202E}text\u{2069}")
    }

    @Test func aHeaderWithLineBreaksStaysAComment() {
        #expect(YAMLComment.lines("a\nissues:\r\n  - x\rb\u{2028}c\u{85}d") == "# a\n# issues:\n#   - x\n# b\n# c\n# d")
        #expect(YAMLComment.lines("") == "# ")
    }

    @Test func anExportedGraphNamedWithALineBreakGainsNoSection() throws {
        let graph = Fixtures.validGraph("graph: {id: g, title: G}\nactors:\n  - {id: a, name: A, kind: firm}\n",
                                        path: "evil\nissues:\n  - {id: injected, title: Injected}\n#.yaml")
        let text = try GraphExport.text(GraphSlice(graph), format: .yaml)
        #expect(text.hasPrefix("# Exported by stakegraph from evil\n# issues:\n#   - {id: injected"), "\(text.prefix(120))")
        let back = try Imports.run(text, named: "back.yaml")
        #expect(back.errors.isEmpty, "\(back.errors)")
        #expect(back.graph.issues.isEmpty, "no issue smuggled in through the header")
    }
}
