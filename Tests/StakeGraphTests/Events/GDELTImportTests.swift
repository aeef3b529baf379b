import Foundation
import Testing
@testable import StakeGraph

@Suite struct GDELTImportTests {
    /// Actor1Code, Actor2Code, EventCode, GoldsteinScale, SQLDATE and SOURCEURL by column.
    static let (actor1, actor2, code, goldstein, date, url) = (5, 15, 26, 30, 1, 60)

    @Test func oneRelationPerEventWithBothActorsAndOneActorPerCode() throws {
        let rows = try EventFixtures.rows(EventFixtures.gdelt)
        let (graph, diagnostics) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        let dyadic = rows.filter { !$0[Self.actor1].isEmpty && !$0[Self.actor2].isEmpty }
        #expect(graph.relations.count == dyadic.count)
        let codes = Set(dyadic.flatMap { [$0[Self.actor1], $0[Self.actor2]] })
        #expect(graph.actors.count == codes.count)
        #expect(Set(graph.actors.compactMap { $0.fields["cameo-code"] }) == codes)
    }

    @Test func relationsKeepCodeScoreDateAndArticleAsARecordReference() throws {
        let rows = try EventFixtures.rows(EventFixtures.gdelt)
        let (graph, _) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        for relation in graph.relations {
            let row = rows[relation.location.line - 1]
            #expect(relation.fields["cameo"] == row[Self.code])
            #expect(relation.fields["goldstein"] == row[Self.goldstein])
            #expect(relation.span.sortDate?.description.replacingOccurrences(of: "-", with: "") == row[Self.date])
            #expect(relation.type == CAMEOTable.builtIn.code(row[Self.code])?.type)
            #expect(relation.evidence.count == 1)
            #expect(relation.evidence.first?.record == row[Self.url])
            #expect(relation.evidence.first?.isRecordReference == true)
            #expect(relation.evidence.first?.source == "gdelt")
        }
    }

    @Test func emptyActorBlocksAreWarnedAboutAtTheirColumn() throws {
        let rows = try EventFixtures.rows(EventFixtures.gdelt)
        let (_, diagnostics) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        let firstEmpty = rows.firstIndex { $0[Self.actor1].isEmpty }! + 1
        let column = rows[firstEmpty - 1][0..<Self.actor1].reduce(0) { $0 + $1.utf8.count + 1 } + 1
        #expect(diagnostics.warnings.contains {
            $0.location.line == firstEmpty && $0.location.column == column && $0.message.contains("no first actor")
        }, "\(diagnostics)")
    }

    @Test func lowerCaseCodesAreEthnicGroupsNotCountries() throws {
        let (graph, diagnostics) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        let hani = graph.actors.first { $0.fields["cameo-code"] == "hni" }
        #expect(hani?.id == "ethnic-hni")
        #expect(hani?.name == "Hani")
        #expect(hani?.country == nil)
        #expect(diagnostics.warnings.contains { $0.message.hasPrefix("actor code 'hni' is lower case") })
    }

    @Test func countriesComeFromTheCodeAndRegionsHaveNone() throws {
        let (graph, diagnostics) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        #expect(graph.actor(id: "zmb")?.country == "ZM")
        #expect(graph.actor(id: "zmb")?.kind == .government)
        #expect(graph.actor(id: "zmbjud")?.kind == .agency)
        #expect(graph.actor(id: "zmbjud")?.country == "ZM")
        #expect(graph.actor(id: "zwemil")?.country == "ZW")
        #expect(graph.actor(id: "zwemil")?.kind == .agency)
        #expect(graph.actor(id: "zwemil")?.tags == ["mil"])
        #expect(graph.actor(id: "eur")?.country == nil)
        #expect(diagnostics.warnings.contains { $0.message.hasPrefix("country code 'EUR' of actor 'EUR' is a CAMEO region") })
    }

    @Test func typesTheVocabularyLacksAreDeclaredFromTheTable() throws {
        let (graph, _) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        let used = Set(graph.relations.map(\.type))
        let declared = Set(graph.customRelationTypes.map(\.id))
        #expect(declared == used.filter { Vocabulary.builtInByID[$0] == nil })
    }

    @Test func theImportWritesYAMLThatValidates() throws {
        let (graph, _) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        let yaml = try GraphImport.yaml(for: graph, header: "test")
        let back = GraphReader.read(text: yaml, path: "back.yaml")
        #expect(!back.diagnostics.hasErrors)
        #expect(back.graph.relations.count == graph.relations.count)
        let evidence = back.graph.relations.flatMap(\.evidence)
        #expect(evidence.allSatisfy { $0.isRecordReference })
    }

    @Test func brokenRowsAreLocatedErrors() {
        let good = try! EventFixtures.rows(EventFixtures.gdelt).first { !$0[Self.actor1].isEmpty && !$0[Self.actor2].isEmpty }!
        var badDate = good; badDate[Self.date] = "20151345"
        var badCode = good; badCode[Self.code] = "999"
        var badScore = good; badScore[Self.goldstein] = "high"
        let lines = [good, Array(good.dropLast()), badDate, badCode, badScore].map { $0.joined(separator: "\t") }
        let (_, diagnostics) = EventImport.read(data: Data(lines.joined(separator: "\n").utf8), format: .gdelt, path: "e.csv")
        let errors = diagnostics.errors.map { "\($0.location.line):\($0.location.column) \($0.message)" }
        let column = { (index: Int) in good[0..<index].reduce(0) { $0 + $1.utf8.count + 1 } + 1 }
        #expect(errors.count == 4, "\(errors)")
        #expect(errors.contains("2:1 a GDELT 2.0 event has 61 tab-separated columns; this row has 60"))
        #expect(errors.contains { $0.hasPrefix("3:\(column(Self.date)) event date '20151345'") })
        #expect(errors.contains { $0.hasPrefix("4:\(column(Self.code)) CAMEO code '999' is not in the CAMEO codebook") })
        #expect(errors.contains("5:\(column(Self.goldstein)) GoldsteinScale 'high' is not a number from -10 to 10"))
    }

    @Test func aMentionsTableIsNamedAsSuch() throws {
        let mentions = EventFixtures.sharedDirectory.appendingPathComponent("gdelt2-mentions-sample.csv").path
        let line = try #require(try? String(contentsOfFile: mentions, encoding: .utf8).split(separator: "\n").first)
        let (_, diagnostics) = EventImport.read(data: Data(line.utf8), format: .gdelt, path: "m.csv")
        #expect(diagnostics.errors.first?.message.contains("a GDELT mentions table has 16") == true)
    }

    @Test func eventFilesAreToldFromTheirFirstLine() throws {
        #expect(EventImport.format(ofFileAt: EventFixtures.gdelt) == .gdelt)
        #expect(EventImport.format(ofFileAt: EventFixtures.icews) == .icews)
        #expect(EventImport.format(ofFileAt: Fixtures.path("mini.yaml")) == nil)
        #expect(EventImport.format(of: Data("from\tto\ttype\n".utf8)) == nil)
    }

    @Test func aGraphFileOptionReadsAnEventFileDirectly() throws {
        let result = try GraphReader.read(contentsOf: EventFixtures.gdelt)
        let (graph, _) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        #expect(result.graph.relations.count == graph.relations.count)
        #expect(!result.diagnostics.hasErrors)
    }

    /// The whole 100-row sample: 100 rows, of which those with both actor codes are relations.
    @Test func theWholeSampleImports() throws {
        let path = EventFixtures.sharedDirectory.appendingPathComponent("gdelt2-events-sample.csv").path
        let rows = try EventFixtures.rows(path)
        #expect(rows.count == 100)
        let (graph, diagnostics) = try EventFixtures.read(path, .gdelt)
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(graph.relations.count == rows.filter { !$0[Self.actor1].isEmpty && !$0[Self.actor2].isEmpty }.count)
        _ = try GraphImport.yaml(for: graph, header: "test")
    }
}
