import Foundation
import Testing
@testable import StakeGraph

/// The streamed writers (issue 18) against what they replace: the same text as the document
/// tree written whole, the same columns as every relation's fields gathered first, and files
/// written a chunk at a time that read back whole.
@Suite struct StreamedExportTests {
    static let seed = Fixtures.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path

    /// Relations of every shape: dated, intervals open at either end, notes, tags, custom
    /// fields, evidence, undated.
    static let shapes = """
    graph: {id: shapes}
    sources: [{id: s1, title: "A source"}]
    actors:
      - {id: a, name: A, kind: firm}
      - {id: b, name: B, kind: firm}
      - {id: c, name: "C & <co>", kind: firm}
    relations:
      - {from: a, to: b, type: bans}
      - {from: a, to: c, type: supports, date: 2019-05, note: "a \\"quoted\\" note"}
      - {from: b, to: c, type: owns, start: 2018}
      - {from: c, to: a, type: cooperates-with, end: 2020-01, tags: [eu, telecom]}
      - {from: b, to: a, type: accuses, start: 2018, end: 2019, fields: {budget: 12bn, cost: "3"}}
      - {from: a, to: b, type: warns-against, evidence: [{source: s1, quote: "A warned 'B'."}]}
      - {from: c, to: b, type: bans, fields: {cost: "4"}}
    """

    static func graphs() throws -> [StakeholderGraph] {
        [try GraphReader.load(seed), Fixtures.validGraph(shapes)]
    }

    @Test func streamedJSONIsTheDocumentWrittenWhole() throws {
        for graph in try Self.graphs() {
            var sink = TextSink()
            JSONText.write(graph, to: &sink)
            #expect(sink.collected == JSONText.write(graph.document), "\(graph.info.id)")
        }
    }

    @Test func relationColumnsAreTheFirstUsesOfEveryRelationsFields() throws {
        for graph in try Self.graphs() {
            let fields = ExportFields(graph: graph)
            let whole = FieldColumns.firstUses(in: graph.relations.map(fields.relation))
            let streamed = fields.relationColumns()
            #expect(streamed.map(\.0) == whole.map(\.0), "\(graph.info.id)")
            #expect(streamed.map { "\($0.1)" } == whole.map { "\($0.1)" })
        }
        #expect(try ExportFields(graph: Fixtures.validGraph(Self.shapes)).relationColumns().map(\.0).contains("field:budget"))
    }

    @Test func embeddedSectionsLeaveOutActorsAndRelationsOnly() throws {
        let graph = try GraphReader.load(Self.seed)
        guard case .map(let pairs) = graph.document else { Issue.record("not a map"); return }
        let expected = JSONText.write(.map(pairs.filter { $0.0 != "actors" && $0.0 != "relations" }), compact: true)
        #expect(GraphMLWriter.embeddedSections(graph) == expected)
    }

    @Test func aStreamLongerThanOneChunkReadsBackWhole() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.txt").path
        let line = "0123456789abcdef\n"
        let lines = 3 * TextSink.chunkSize / line.utf8.count + 7
        let count = try AtomicFile.stream(to: path) { sink in for _ in 0..<lines { sink.write(line) } }
        #expect(count == lines * line.utf8.count)
        let back = try String(contentsOfFile: path, encoding: .utf8)
        #expect(back.utf8.count == count && back.hasSuffix("ef\n") && back == String(repeating: line, count: lines))
    }

    @Test func aDeviceThatFillsUpFailsTheStream() {
        #expect(throws: OutputFileError.self) {
            try AtomicFile.stream(to: "/dev/full") { sink in for _ in 0..<3 { sink.write([UInt8](repeating: 65, count: TextSink.chunkSize)) } }
        }
    }
}
