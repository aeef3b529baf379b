import Foundation
import Testing
@testable import StakeGraph

/// "Did you mean" in bounded time: the generated files of issue 17, each read well within a
/// generous ceiling (they took minutes before), with short messages and the note, once, that
/// hints stopped.
@Suite struct BoundedSuggestionTests {
    /// A debug build on a shared machine; the files took 71–284 s before the bound.
    static let ceiling: Duration = .seconds(20)

    static func read(_ text: String, path: String) -> (diagnostics: [Diagnostic], took: Duration) {
        let clock = ContinuousClock()
        var result: GraphReadResult?
        let took = clock.measure { result = GraphReader.read(data: Data(text.utf8), path: path) }
        return (result!.diagnostics.items, took)
    }

    static func actors(_ count: Int) -> String {
        (0..<count).map { "  - {id: actor-\($0), name: Actor \($0), kind: firm}\n" }.joined()
    }

    @Test func tenThousandRelationsToUnknownActorsAreReportedQuickly() {
        // Every reference misspells a real id by one letter, so every one has a hint to compute.
        let relations = (0..<10_000).map { "  - {from: actor-\($0), to: actro-\($0), type: bans}\n" }.joined()
        let text = "graph: {id: g}\nactors:\n" + Self.actors(10_000) + "relations:\n" + relations
        let (diagnostics, took) = Self.read(text, path: "many.yaml")
        #expect(took < Self.ceiling, "took \(took)")
        let unknown = diagnostics.filter { $0.message.hasPrefix("unknown actor 'actro-") }
        #expect(unknown.count == 10_000)
        // 300,000 comparisons among 10,000 actors: 30 hints.
        #expect(unknown.filter { $0.message.contains("did you mean 'actor-") }.count == 30)
        let notes = unknown.filter { $0.message.contains("no more 'did you mean' hints in this file after 30 unknown names") }
        #expect(notes.count == 1)
    }

    @Test func twoLongIDsThatDifferInTheLastCharacterGetAShortMessage() {
        let id = String(repeating: "a", count: 99_999)
        let text = "graph: {id: g}\nactors:\n  - {id: \(id)b, name: A, kind: firm}\n  - {id: b, name: B, kind: firm}\n"
            + "relations:\n  - {from: \(id)c, to: b, type: bans}\n"
        let (diagnostics, took) = Self.read(text, path: "long.yaml")
        #expect(took < Self.ceiling, "took \(took)")
        let unknown = diagnostics.first { $0.message.hasPrefix("unknown actor") }
        #expect(unknown != nil)
        #expect((unknown?.message.count ?? .max) < 300)
        #expect(unknown?.message.contains("'\(String(repeating: "a", count: 99))…' in 'from' of relation") == true)
        #expect(unknown?.message.contains("did you mean") == false)
    }

    @Test func eightThousandUnknownTypesInASheetAreReportedQuickly() {
        let rows = (0..<8_000).map { "a,b,kind-\($0)-of-link\n" }.joined()
        let (diagnostics, took) = Self.read("From,To,Type\n" + rows, path: "types.csv")
        #expect(took < Self.ceiling, "took \(took)")
        let unknown = diagnostics.filter { $0.message.hasPrefix("unknown relation type 'kind-") }
        #expect(unknown.count == 8_000)
        #expect(unknown.filter { $0.message.contains("no more 'did you mean' hints") }.count == 1)
    }

    @Test func aFiveMegabyteTypeCellMakesAShortMessage() {
        let cell = String(repeating: "x", count: 5_000_000)
        let (diagnostics, took) = Self.read("From,To,Type\na,b,\(cell)\n", path: "cell.csv")
        #expect(took < Self.ceiling, "took \(took)")
        let unknown = diagnostics.first { $0.message.hasPrefix("unknown relation type") }
        #expect(unknown != nil)
        #expect((unknown?.message.count ?? .max) <= ShownText.longestMessage + 1)
        #expect(diagnostics.allSatisfy { $0.message.count <= ShownText.longestMessage + 1 })
    }

    @Test func theSameFileImportedAsASheetIsReportedQuickly() {
        let rows = (0..<8_000).map { "a,b,kind-\($0)-of-link\n" }.joined()
        let clock = ContinuousClock()
        var diagnostics = Diagnostics()
        let took = clock.measure {
            diagnostics = GraphImport.read(data: Data(("From,To,Type\n" + rows).utf8), format: .csv, path: "types.csv").diagnostics
        }
        #expect(took < Self.ceiling, "took \(took)")
        #expect(diagnostics.items.filter { $0.message.contains("no more 'did you mean' hints") }.count == 1)
    }
}
