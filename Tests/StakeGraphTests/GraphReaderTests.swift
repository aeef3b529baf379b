import Foundation
import Testing
@testable import StakeGraph

/// Each rule of the file format, checked by the exact diagnostic it produces.
@Suite struct GraphReaderTests {
    /// A valid prefix that diagnostics tests append sections to; its own lines are 1–12.
    static let header = """
        graph:
          id: g
        sources:
          - id: s1
            title: "A source"
        actors:
          - id: a
            name: Alpha
            kind: firm
          - id: b
            name: Beta
            kind: government

        """

    static func check(_ body: String) -> [String] { Fixtures.diagnostics(header + body) }

    @Test func readsTheMiniFixtureCompletely() throws {
        let result = try Fixtures.read("mini.yaml")
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics)")
        let graph = result.graph
        #expect(graph.info.id == "mini")
        #expect(graph.actors.map(\.id) == ["acme", "state-a", "minister", "ministry", "loner"])
        #expect(graph.actor(id: "acme")?.aliases == ["Acme", "Acme Ltd."])
        #expect(graph.relations.count == 5)
        #expect(graph.relations[0].span == .interval(start: try PartialDate(parsing: "2012"), end: nil))
        #expect(graph.relations[3].span == .on(try PartialDate(parsing: "2019-02-13")))
        #expect(graph.relations[1].span == .undated)
        #expect(graph.positions.map(\.stance) == [.stronglyOppose, .stronglySupport])
        #expect(graph.issues.first?.subject == "acme")
        #expect(graph.relations[0].evidence[0].location == SourceLocation(file: Fixtures.path("mini.yaml"), line: 41, column: 16))
    }

    @Test func readsTheSameGraphFromJSON() throws {
        let yaml = try Fixtures.read("mini.yaml").graph
        let json = try Fixtures.read("mini.json")
        #expect(json.diagnostics.items.isEmpty, "\(json.diagnostics)")
        #expect(json.graph.actors.map(\.id) == yaml.actors.map(\.id))
        #expect(json.graph.actors.map(\.aliases) == yaml.actors.map(\.aliases))
        #expect(json.graph.relations.map(\.span) == yaml.relations.map(\.span))
        #expect(json.graph.relations.map { $0.evidence.map(\.quote) } == yaml.relations.map { $0.evidence.map(\.quote) })
        #expect(json.graph.positions.map(\.stance) == yaml.positions.map(\.stance))
        #expect(json.graph.sources.map(\.date) == yaml.sources.map(\.date))
    }

    @Test(arguments: [
        // Syntax
        ("graph: [unclosed", "2:1: error: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence at line 1, column 8)"),
        ("", "1:1: error: the file is empty; a graph file needs at least a 'graph' section with an 'id'"),
        ("- a\n- b", "1:1: error: a graph file should be a mapping of graph, sources, actors …, not a list"),
        ("graph:\n  id: g\ngraph:\n  id: h", "1:1: error: the key 'graph' appears twice in the same mapping; keep one"),
        // Sections and keys
        ("sources: []", "1:1: error: graph file is missing its required 'graph'"),
        ("graph:\n  id: g\nactor: []", "3:1: error: unknown key 'actor' in graph file; did you mean 'actors'? (allowed: graph, sources, actors, relations, issues, positions, relation-types)"),
        ("graph:\n  title: x", "2:3: error: graph is missing its required 'id'"),
        ("graph:\n  id: My Graph", "2:7: error: graph id 'My Graph' is not kebab-case (lowercase letters, digits and single hyphens); write 'my-graph'"),
        ("graph:\n  id: g\nactors: huawei", "3:9: error: actors should be a list, not a single value"),
    ])
    func reportsStructuralProblems(yaml: String, expected: String) {
        #expect(Fixtures.diagnostics(yaml) == [expected])
    }

    @Test(arguments: [
        ("  - id: c\n    name: Gamma\n    kind: frim",
         "15:11: error: unknown kind 'frim'; did you mean 'firm'? (one of: government, agency, legislature, official, person, firm, international-organization, media, group)"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    contry: CN",
         "16:5: error: unknown key 'contry' in actor; did you mean 'country'? (allowed: id, name, kind, country, aliases, description, url, tags, fields)"),
        ("  - id: c\n    kind: firm", "13:5: error: actor is missing its required 'name'"),
        ("  - id: c\n    name: \"\"\n    kind: firm", "14:11: error: 'name' of actor is empty"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: cn", "16:14: error: country 'cn' is not an ISO 3166 alpha-2 code; write 'CN'"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: China", "16:14: error: country 'China' is not an ISO 3166 alpha-2 code; write 'CN'"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: USA", "16:14: error: country 'USA' is not an ISO 3166 alpha-2 code; write 'US'"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: United States", "16:14: error: country 'United States' is not an ISO 3166 alpha-2 code; write 'US'"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: the U.K.", "16:14: error: country 'the U.K.' is not an ISO 3166 alpha-2 code; write 'GB'"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: UK", "16:14: error: country 'UK' is not an ISO 3166 alpha-2 code; write 'GB'"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: South Korea", "16:14: error: country 'South Korea' is not an ISO 3166 alpha-2 code; write 'KR'"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: Untied States",
         "16:14: error: country 'Untied States' is not an ISO 3166 alpha-2 code; did you mean 'US' (United States)?"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: ZZ", "16:14: error: country 'ZZ' is not an ISO 3166 alpha-2 code such as 'US', 'CN' or 'GB'"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    country: Atlantis", "16:14: error: country 'Atlantis' is not an ISO 3166 alpha-2 code such as 'US', 'CN' or 'GB'"),
        ("  - id: c\n    name: Gamma\n    kind: company",
         "15:11: error: unknown kind 'company'; did you mean 'firm'? (one of: government, agency, legislature, official, person, firm, international-organization, media, group)"),
        ("  - id: c\n    name: Gamma\n    kind: think-tank",
         "15:11: error: unknown kind 'think-tank'; did you mean 'group'? (one of: government, agency, legislature, official, person, firm, international-organization, media, group)"),
        ("  - id: c\n    name: Gamma\n    kind: Ministry",
         "15:11: error: unknown kind 'Ministry'; did you mean 'agency'? (one of: government, agency, legislature, official, person, firm, international-organization, media, group)"),
        ("  - id: a\n    name: Again\n    kind: firm", "13:9: error: duplicate actor id 'a' (first defined at line 7)"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    url: javascript:alert(1)",
         "16:10: error: url 'javascript:alert(1)' of actor must be an absolute http:// or https:// address"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    url: example.org/x",
         "16:10: error: url 'example.org/x' of actor must be an absolute http:// or https:// address"),
        ("  - id: c\n    name: Gamma\n    kind: firm\n    aliases: {x: 1}", "16:14: error: 'aliases' of actor should be a list, not a mapping (key: value pairs)"),
        ("  - id: c\n    name: [Gamma]\n    kind: firm", "14:11: error: 'name' of actor should be a single value, not a list"),
        ("  - just-a-name", "13:5: error: an actor should be a mapping of id, name, kind …, not a single value"),
    ])
    func reportsActorProblems(entries: String, expected: String) {
        // The header ends inside its actors list, so these entries extend it from line 13.
        #expect(Self.check(entries) == [expected])
    }

    @Test(arguments: [
        ("relations:\n  - {from: a, to: c, type: bans, evidence: [{source: s1, quote: q q q}]}",
         "14:19: error: unknown actor 'c' in 'to' of relation"),
        ("relations:\n  - {from: a, to: Beta, type: bans, evidence: [{source: s1, quote: q q q}]}",
         "14:19: error: unknown actor 'Beta' in 'to' of relation; did you mean 'b'? (references use ids, not names)"),
        ("relations:\n  - {from: a, to: b, type: warns-againt, evidence: [{source: s1, quote: q q q}]}",
         "14:28: error: unknown relation type 'warns-againt' in 'type' of relation; did you mean 'warns-against'? (or declare it under relation-types, with its id, polarity and mode)"),
        ("relations:\n  - {from: a, to: b, type: attacks, evidence: [{source: s1, quote: q q q}]}",
         "14:28: error: unknown relation type 'attacks' in 'type' of relation; declare it under relation-types (with its id, polarity and mode) or use a built-in type; the nearest in spelling are 'accuses', 'bans', 'demands'"),
        ("relations:\n  - {from: a, to: b, type: bans, evidence: [{source: s2, quote: q q q}]}",
         "14:54: error: unknown source 's2' in 'source' of evidence; did you mean 's1'?"),
        ("relations:\n  - {from: a, to: b, type: bans, evidence: [{source: s1, quote: \"  \"}]}",
         "14:65: error: 'quote' of evidence is empty"),
        ("relations:\n  - {from: a, to: b, type: bans, evidence: [{source: s1}]}",
         "14:45: error: evidence is missing its required 'quote'"),
        ("relations:\n  - {from: a, to: b, type: bans, date: 2019-02-30, evidence: [{source: s1, quote: q q q}]}",
         "14:40: error: date of relation: 2019-02-30 is not a calendar date: February 2019 has 28 days"),
        ("relations:\n  - {from: a, to: b, type: bans, date: 2019-13, evidence: [{source: s1, quote: q q q}]}",
         "14:40: error: date of relation: there is no month 13; months run from 01 to 12"),
        ("relations:\n  - {from: a, to: b, type: bans, date: 12/3/2019, evidence: [{source: s1, quote: q q q}]}",
         "14:40: error: date of relation: '12/3/2019' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2019-01-28)"),
        ("relations:\n  - {from: a, to: b, type: bans, date: 2019, start: 2018, evidence: [{source: s1, quote: q q q}]}",
         "14:53: error: give either a 'date' or a 'start'/'end' interval, not both"),
        ("relations:\n  - {from: a, to: b, type: bans, start: 2019, end: 2018-06, evidence: [{source: s1, quote: q q q}]}",
         "14:52: error: end 2018-06 comes before start 2019"),
        ("relations:\n  - {from: a, to: b, type: bans}",
         "14:5: warning: relation a bans b has no evidence; add a quote from a source"),
        ("relations:\n  - {from: a, to: b, type: bans, evidence: [{source: s1, quote: Huawei}]}",
         "14:65: warning: quote \"Huawei\" has one word; quote at least 3 words of the source, enough to show what it says"),
        ("relations:\n  - {from: a, to: b, type: bans, evidence: [{source: s1, quote: \"U.S. … officials\"}]}",
         "14:65: warning: quote \"U.S. … officials\" has 2 words; quote at least 3 words of the source, enough to show what it says"),
        ("relations:\n  - {from: a, to: b, type: bans, evidence: [{source: s1, quote: \"— …\"}]}",
         "14:65: warning: quote \"— …\" has no words; quote at least 3 words of the source, enough to show what it says"),
        ("relations:\n  - {from: a, to: a, type: bans, evidence: [{source: s1, quote: q q q}]}",
         "14:19: warning: relation from 'a' to itself; analysis ignores it"),
        ("relations:\n  - {from: a, to: b, type: bans, evidence: [{source: s1, quote: q q q}], weight: 3}",
         "14:74: error: unknown key 'weight' in relation (allowed: from, to, type, date, start, end, note, evidence, tags, fields)"),
    ])
    func reportsRelationProblems(body: String, expected: String) {
        #expect(Self.check(body) == [expected])
    }

    @Test(arguments: [
        ("issues:\n  - {id: i, question: \"Q?\", subject: huawei}",
         "14:38: error: unknown actor 'huawei' in 'subject' of issue"),
        ("issues:\n  - {id: i, question: \"Q?\"}\n  - {id: i, question: \"R?\"}",
         "15:10: error: duplicate issue id 'i' (first defined at line 14)"),
        ("issues:\n  - {id: i, question: \"Q?\"}\npositions:\n  - {actor: a, issue: i, stance: opose, evidence: [{source: s1, quote: q q q}]}",
         "16:34: error: unknown stance 'opose'; did you mean 'oppose'? (one of: strongly-oppose, oppose, neutral, support, strongly-support, or -2 … 2)"),
        ("issues:\n  - {id: i, question: \"Q?\"}\npositions:\n  - {actor: a, issue: i, stance: against, evidence: [{source: s1, quote: q q q}]}",
         "16:34: error: unknown stance 'against'; did you mean 'oppose'? (one of: strongly-oppose, oppose, neutral, support, strongly-support, or -2 … 2)"),
        ("issues:\n  - {id: i, question: \"Q?\"}\npositions:\n  - {actor: a, issue: i, stance: in favour, evidence: [{source: s1, quote: q q q}]}",
         "16:34: error: unknown stance 'in favour'; did you mean 'support'? (one of: strongly-oppose, oppose, neutral, support, strongly-support, or -2 … 2)"),
        ("issues:\n  - {id: i, question: \"Q?\"}\npositions:\n  - {actor: a, issue: 5g, stance: 1, evidence: [{source: s1, quote: q q q}]}",
         "16:23: error: unknown issue '5g' in 'issue' of position"),
        ("issues:\n  - {id: i, question: \"Q?\"}\npositions:\n  - {actor: a, issue: i, stance: 3, evidence: [{source: s1, quote: q q q}]}",
         "16:34: error: unknown stance '3' (one of: strongly-oppose, oppose, neutral, support, strongly-support, or -2 … 2)"),
        ("issues:\n  - {id: i, question: \"Q?\"}\npositions:\n  - {actor: a, issue: i, stance: 1}",
         "16:5: warning: position of a on i has no evidence; add a quote from a source"),
        ("issues:\n  - {id: i, question: \"Q?\"}\npositions:\n  - {actor: a, issue: i, stance: 1, evidence: [{source: s1, quote: q q q}]}\n  - {actor: a, issue: i, stance: 2, evidence: [{source: s1, quote: q q q}]}",
         "17:5: error: 'a' already has a position on 'i' at line 16; give each a different date or keep one"),
    ])
    func reportsIssueAndPositionProblems(body: String, expected: String) {
        #expect(Self.check(body) == [expected])
    }

    @Test(arguments: [
        ("graph: {id: g}\nrelation-types:\n  - {id: lobbies, polarity: hostile, mode: verbal, weight: 11}",
         "3:60: error: 'weight' of relation type is 11; it must lie between -10.0 and 10.0"),
        ("graph: {id: g}\nrelation-types:\n  - {id: bans, polarity: hostile, mode: material}",
         "3:10: error: relation type 'bans' is built in; use it as it is or choose another id"),
        ("graph: {id: g}\nrelation-types:\n  - {id: lobbies, polarity: angry, mode: verbal}",
         "3:29: error: unknown polarity 'angry' (one of: hostile, cooperative, neutral)"),
        ("graph: {id: g}\nrelation-types:\n  - {id: lobbies, polarity: negative, mode: verbal}",
         "3:29: error: unknown polarity 'negative'; did you mean 'hostile'? (one of: hostile, cooperative, neutral)"),
        ("graph: {id: g}\nrelation-types:\n  - {id: lobbies, polarity: hostile, mode: words}",
         "3:44: error: unknown mode 'words'; did you mean 'verbal'? (one of: verbal, material, structural)"),
        ("graph: {id: g}\nrelation-types:\n  - {id: lobbies, polarity: hostile, mode: verbal, temporality: once}",
         "3:65: error: unknown temporality 'once'; did you mean 'event'? (one of: event, state)"),
        ("graph: {id: g}\nrelation-types:\n  - {id: lobbies, polarity: hostile, mode: verbal, directed: maybe}",
         "3:62: error: 'directed' of relation type should be true or false, not 'maybe'"),
        ("graph: {id: g}\nsources:\n  - {id: s2, title: T, date: 2019-02-29}",
         "3:30: error: date of source: 2019-02-29 is not a calendar date: February 2019 has 28 days"),
    ])
    func reportsTypeAndSourceProblems(yaml: String, expected: String) {
        #expect(Fixtures.diagnostics(yaml) == [expected])
    }

    @Test func customRelationTypesJoinTheVocabulary() {
        let yaml = Self.header + """
            relation-types:
              - {id: fundraises-for, label: "raises funds for", polarity: cooperative, mode: material, directed: true, weight: 3}
            relations:
              - {from: a, to: b, type: fundraises-for, evidence: [{source: s1, quote: q q q}]}
            """
        let result = GraphReader.read(text: yaml, path: "t.yaml")
        #expect(result.diagnostics.items.isEmpty, "\(result.diagnostics)")
        #expect(result.graph.relationType("fundraises-for")?.label == "raises funds for")
        #expect(result.graph.relationType("fundraises-for")?.weight == 3)
        #expect(result.graph.relationType("bans")?.polarity == .hostile)
    }

    @Test func collectsEveryProblemInOneRun() {
        let diagnostics = Self.check("""
            relations:
              - {from: x, to: y, type: z, evidence: [{source: s9, quote: q q q}]}
              - {from: a, to: b, type: bans, date: 2019-02-30}
            """)
        #expect(diagnostics.count == 6)
        #expect(diagnostics.filter { $0.contains("error") }.count == 5)
    }

    @Test func rejectsInvalidUTF8WithItsPosition() {
        let data = Data("graph:\n  id: g\n  title: caf".utf8) + Data([0xE9, 0x0A])
        let result = GraphReader.read(data: data, path: "latin1.yaml")
        #expect(result.diagnostics.description == "latin1.yaml:3:13: error: the file is not valid UTF-8 text (save it as UTF-8)")
    }

    @Test func reportsJSONSyntaxErrorsWithLocation() {
        let result = GraphReader.read(text: "{\"graph\": {\"id\": \"g\",}}", path: "g.json")
        #expect(result.diagnostics.description == "g.json:1:22: error: JSON syntax: expected a key in double quotes")
    }

    @Test func missingFilesAreFileErrorsNotDiagnostics() {
        #expect(throws: GraphFileError.self) { try GraphReader.read(contentsOf: "/nonexistent/graph.yaml") }
        #expect(throws: GraphFileError.self) { try GraphReader.read(contentsOf: Fixtures.directory.path) }
    }

    @Test func aliasBombsStopAtTheNodeBudget() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            let previous = "*a\(level - 1)"
            yaml += "a\(level): &a\(level) [\(Array(repeating: previous, count: 10).joined(separator: ", "))]\n"
        }
        let result = GraphReader.read(text: yaml, path: "bomb.yaml")
        #expect(result.diagnostics.items.count == 1)
        #expect(result.diagnostics.items.first?.message.contains("expands to more than 1000000 values, more than its size allows") == true,
                "\(result.diagnostics)")
        #expect(YAMLDocumentReader.valueBudget(forBytes: 100) == 1_000_000)
        #expect(YAMLDocumentReader.valueBudget(forBytes: 120_000_000) == 30_000_000, "a large real file is not stopped")
    }
}
