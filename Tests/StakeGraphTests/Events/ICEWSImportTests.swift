import Foundation
import Testing
@testable import StakeGraph

@Suite struct ICEWSImportTests {
    /// Column positions in the ICEWS header.
    static let (date, sourceName, sourceSectors, sourceCountry, code, intensity, targetName, story, sentence) =
        (1, 2, 3, 4, 6, 7, 8, 11, 12)

    /// Rows that are the mirror of an earlier row (same story, sentence and code, the actors
    /// swapped) with an undirected type: the importer folds them into the earlier one.
    static func mirrors(_ rows: [[String]]) -> Int {
        var seen = Set<String>()
        var count = 0
        for row in rows.dropFirst() {
            let key = [row[story], row[sentence], row[code]].joined(separator: "|")
            let undirected = CAMEOTable.builtIn.code(row[code]).flatMap { CAMEOTable.builtIn.relationType($0.type) }?.directed == false
            if undirected, seen.contains(key + "|" + row[targetName] + ">" + row[sourceName]) { count += 1; continue }
            seen.insert(key + "|" + row[sourceName] + ">" + row[targetName])
        }
        return count
    }

    @Test func oneRelationPerEventWithMirroredPairsFolded() throws {
        let rows = try EventFixtures.rows(EventFixtures.icews)
        let (graph, diagnostics) = try EventFixtures.read(EventFixtures.icews, .icews)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let mirrors = Self.mirrors(rows)
        #expect(mirrors > 0)
        #expect(graph.relations.count == rows.count - 1 - mirrors)
        #expect(diagnostics.warnings.filter { $0.message.contains("mirrors line") }.count == min(mirrors, DecisionLog.shownPerKind + 1))
    }

    @Test func sectorsAreTagsAndNAIsNoValue() throws {
        let rows = try EventFixtures.rows(EventFixtures.icews)
        let (graph, _) = try EventFixtures.read(EventFixtures.icews, .icews)
        let first = rows[1]
        let actor = try #require(graph.actors.first { $0.name == first[Self.sourceName] })
        #expect(actor.tags == first[Self.sourceSectors].split(separator: ",").map { Identifier.kebabCase(String($0)) })
        #expect(actor.country == "BD")
        let noCountry = try #require(rows.dropFirst().first { $0[Self.sourceCountry] == "NA" })
        #expect(graph.actors.first { $0.name == noCountry[Self.sourceName] }?.country == nil)
        #expect(!graph.actors.contains { $0.tags.contains("na") })
    }

    @Test func recordReferencesNameTheStoryAndSentence() throws {
        let rows = try EventFixtures.rows(EventFixtures.icews)
        let (graph, _) = try EventFixtures.read(EventFixtures.icews, .icews)
        for relation in graph.relations {
            let row = rows[relation.location.line - 1]
            #expect(relation.evidence.map(\.record) == ["story \(row[Self.story]), sentence \(row[Self.sentence])"])
            #expect(relation.fields["goldstein"] == row[Self.intensity])
            #expect(relation.span.sortDate?.description == row[Self.date])
        }
    }

    @Test func aHeaderWithoutTheNeededColumnsIsRefused() {
        let (graph, diagnostics) = EventImport.read(data: Data("Event ID\tEvent Date\tSource\n1\t2018-06-01\tx\n".utf8),
                                                    format: .icews, path: "e.tab")
        #expect(graph.relations.isEmpty)
        #expect(diagnostics.errors.map { "\($0.location.line):\($0.location.column)" } == ["1:1"])
        #expect(diagnostics.errors.first?.message.contains("'Source Name'") == true)
    }

    /// The whole 3,705-event sample.
    @Test func theWholeSampleImportsAndValidates() throws {
        let path = EventFixtures.sharedDirectory.appendingPathComponent("icews-events-2018-sample.tab").path
        let rows = try EventFixtures.rows(path)
        #expect(rows.count == 3_706)
        let (graph, diagnostics) = try EventFixtures.read(path, .icews)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(graph.relations.count == rows.count - 1 - Self.mirrors(rows))
        let yaml = try GraphImport.yaml(for: graph, header: "test")
        #expect(!GraphReader.read(text: yaml, path: "back.yaml").diagnostics.hasErrors)
    }
}
