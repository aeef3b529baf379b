import Foundation
import Testing
@testable import StakeGraph

@Suite struct EventAggregationTests {
    /// The ICEWS sample folded by month, checked against a fold of the raw rows (without the
    /// mirrors, whose pairs are the same undirected relation).
    @Test func monthlyAggregatesCountAverageAndSpanTheirEvents() throws {
        let (events, _) = try EventFixtures.read(EventFixtures.icews, .icews)
        let (graph, diagnostics) = try EventFixtures.read(EventFixtures.icews, .icews, aggregate: .month)
        #expect(!diagnostics.hasErrors)
        let table = CAMEOTable.builtIn
        var expected: [String: (count: Int, sum: Double, first: String, last: String)] = [:]
        for relation in events.relations {
            let directed = table.relationType(relation.type)?.directed ?? true
            let ends = directed || relation.from < relation.to ? [relation.from, relation.to] : [relation.to, relation.from]
            let date = relation.span.sortDate!.description
            let key = ends.joined(separator: ">") + " " + relation.type + " " + date.prefix(7)
            let score = Double(relation.fields["goldstein"]!)!
            var entry = expected[key] ?? (0, 0, date, date)
            entry.count += 1
            entry.sum += score
            entry.first = min(entry.first, date)
            entry.last = max(entry.last, date)
            expected[key] = entry
        }
        #expect(graph.relations.count == expected.count)
        #expect(graph.relations.count < events.relations.count)
        for relation in graph.relations {
            let directed = table.relationType(relation.type)?.directed ?? true
            let ends = directed || relation.from < relation.to ? [relation.from, relation.to] : [relation.to, relation.from]
            let key = ends.joined(separator: ">") + " \(relation.type) \(relation.fields["period"] ?? "?")"
            let entry = try #require(expected[key], "\(key)")
            #expect(relation.fields["events"] == "\(entry.count)")
            #expect(abs(Double(relation.fields["goldstein-mean"]!)! - entry.sum / Double(entry.count)) < 0.0005)
            switch relation.span {
            case .on(let date): #expect(entry.first == entry.last && date.description == entry.first)
            case .interval(let start, let end):
                #expect(start?.description == entry.first)
                #expect(end?.description == entry.last)
            case .undated: Issue.record("an aggregate without dates")
            }
            #expect(relation.evidence.count == min(entry.count, EventAggregate.keptRecords))
        }
    }

    @Test func yearlyAggregatesOfGDELTFoldRepeatedPairs() throws {
        let (events, _) = try EventFixtures.read(EventFixtures.gdelt, .gdelt)
        let (graph, _) = try EventFixtures.read(EventFixtures.gdelt, .gdelt, aggregate: .year)
        let total = graph.relations.compactMap { $0.fields["events"].flatMap(Int.init) }.reduce(0, +)
        #expect(total == events.relations.count)
        let yaml = try GraphImport.yaml(for: graph, header: "test")
        #expect(!GraphReader.read(text: yaml, path: "back.yaml").diagnostics.hasErrors)
    }

    @Test func periodsPrintAsPartialDates() throws {
        let date = try PartialDate(year: 2015, month: 2, day: 8)
        #expect(EventImportOptions.Period.day.description(of: EventImportOptions.Period.day.period(of: date)) == "2015-02-08")
        #expect(EventImportOptions.Period.month.description(of: EventImportOptions.Period.month.period(of: date)) == "2015-02")
        #expect(EventImportOptions.Period.year.description(of: EventImportOptions.Period.year.period(of: date)) == "2015")
    }
}
