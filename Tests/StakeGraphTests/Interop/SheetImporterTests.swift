import Foundation
import Testing
@testable import StakeGraph

@Suite struct SheetImporterTests {
    @Test func importsAKumuStyleSheetWithActorsAndSources() throws {
        let relations = """
        From,To,Type,Date,Source,Quote
        U.S. Government,Huawei,bans,2019-05,Reuters 2019,"Huawei, the Chinese firm, was ""blacklisted""
        on Wednesday"
        Huawei,U.S. Government,Warns Against,,reuters-2019,It said so.
        """
        let actors = "Label,Kind,Country,Aliases,Description\nU.S. Government,Government,us,USA | United States,the executive\n"
        let sources = "Id,Title,Publisher,Date\nreuters-2019,Reuters 2019,Reuters,2019-05-16\n"
        let imported = try Imports.run(relations, named: "relations.csv", actors: actors, sources: sources)
        #expect(imported.errors.isEmpty, "\(imported.errors)")
        let graph = imported.graph
        #expect(graph.actors.map(\.id) == ["us-government", "huawei"])
        #expect(graph.actors[0].kind == .government && graph.actors[0].country == "US")
        #expect(graph.actors[0].aliases == ["USA", "United States"])
        #expect(graph.actors[1].kind == .group, "an actor named only in relations gets the default kind")
        #expect(graph.relations.map(\.type) == ["bans", "warns-against"], "types are matched by label, ignoring case")
        #expect(graph.relations[0].evidence.map(\.source) == ["reuters-2019"], "a source is found by its title")
        #expect(graph.relations[0].evidence[0].quote == "Huawei, the Chinese firm, was \"blacklisted\"\non Wednesday")
        #expect(graph.relations[1].location.line == 4, "the quoted line break counts as a line")
        #expect(graph.sources.count == 1 && graph.sources[0].publisher == "Reuters")
        #expect(graph.customRelationTypes.isEmpty)
    }

    @Test func declaresUnknownTypesAsNeutralAndSaysSo() throws {
        let imported = try Imports.run("from,to,type\na,b,lobbies for\nb,c,Lobbies For\n", named: "r.csv")
        #expect(imported.graph.customRelationTypes.map(\.id) == ["lobbies-for"])
        let type = try #require(imported.graph.customRelationTypes.first)
        #expect(type.polarity == .neutral && type.label == "lobbies for" && type.directed)
        #expect(imported.graph.relations.map(\.type) == ["lobbies-for", "lobbies-for"])
        #expect(imported.warnings.contains("r.csv:2:3: 'lobbies for' is not in the vocabulary: declared relation type 'lobbies-for' (neutral, structural); edit its polarity and mode under relation-types if needed"))
    }

    @Test func reportsEveryUnusableRowWithItsLineAndKeepsTheRest() throws {
        let sheet = """
        From,To,Type,Date,Start,End,Source,Quote
        a,b,bans,2019,,,,
        c,,bans,,,,,
        a,b,bans,2019-13,,,,
        a,b,bans,2019,2018,,,
        a,b,bans,,2019-05,2019-01,,
        a,b,bans,,,,src,
        a,b,bans,,,,,a quote
        """
        let imported = try Imports.run(sheet, named: "r.csv")
        #expect(imported.graph.relations.count == 1)
        #expect(imported.errors == [
            "r.csv:3:2: row has no 'to' value; every relation needs both ends",
            "r.csv:4:4: date: there is no month 13; months run from 01 to 12",
            "r.csv:5:5: give either a 'date' or a 'start'/'end' interval, not both",
            "r.csv:6:6: end 2019-01 comes before start 2019-05",
            "r.csv:7:8: row has a source but no quote; evidence needs both",
            "r.csv:8:7: row has a quote but no source; evidence needs both",
        ])
    }

    @Test func rowsSharingARelationIdAreOneRelation() throws {
        let sheet = """
        Relation,From,To,Type,Source,Quote
        r1,a,b,bans,s,first
        r1,a,b,bans,s,second
        r2,a,b,bans,s,third
        r1,a,c,bans,s,stray
        """
        let imported = try Imports.run(sheet, named: "r.csv")
        #expect(imported.graph.relations.map { $0.evidence.map(\.quote) } == [["first", "second"], ["third"]])
        #expect(imported.errors == ["r.csv:5:1: row continues relation 'r1' of line 2 but differs from it in from, to, type or date"])
    }

    @Test func reportsColumnsAndValuesItCannotPlace() throws {
        let imported = try Imports.run("From,To,Weight\na,b,3,extra\n", named: "r.csv")
        #expect(imported.errors.isEmpty)
        #expect(imported.warnings.contains("r.csv:1:3: column 'Weight' is not imported (columns: relation, from, to, type, date, start, end, note, source, quote, evidence note, tags, direction; name it 'field:Weight' to keep it as a custom field)"))
        #expect(imported.warnings.contains("r.csv:2:4: the row has values beyond the header's 3 columns; they are not imported (is a comma missing quotes?)"))
    }

    @Test func actorsSheetProblemsPointAtTheActorsSheet() throws {
        let actors = "Id,Label,Kind,Country,URL\nus,U.S.,goverment,USA,javascript:alert(1)\nus,Again,firm,,\n"
        let imported = try Imports.run("From,To\nus,cn\n", named: "r.csv", actors: actors)
        #expect(imported.errors == ["actors.csv:3:1: actor 'us' is listed twice (as 'us' before)"])
        #expect(imported.warnings.contains("actors.csv:2:3: unknown actor kind 'goverment'; did you mean 'government'?; used 'group'"))
        #expect(imported.warnings.contains("actors.csv:2:4: country 'USA' is not an ISO 3166 alpha-2 code; used 'US' (United States)"))
        #expect(imported.warnings.contains("actors.csv:2:5: url 'javascript:alert(1)' is not an http(s) address; left out"))
        #expect(imported.graph.actors.map(\.id) == ["us", "cn"])
        #expect(imported.graph.actors[0].url == nil)
        #expect(imported.graph.actors[0].country == "US")
    }

    @Test func anEmptySheetOrOneWithoutEndsIsAnError() throws {
        #expect(try Imports.run("", named: "r.csv").errors == ["r.csv:1:1: the relations sheet is empty; it needs a header row naming its columns (relation, from, to, type, date, start, end, note, source, quote, evidence note, tags, direction)"])
        #expect(try Imports.run("Source,Target\na,b\n", named: "r.csv").errors.contains("r.csv:1:1: the relations sheet needs a column named 'from'"))
    }

    @Test func formulaGuardsRoundTrip() {
        for value in ["=SUM(A1)", "+1 more", "-said", "@home", "'=x", "''=y", "'plain", "-5", "2019-05", "plain"] {
            let written = CSVText.field(value)
            let unquoted = written.hasPrefix("\"") ? String(written.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : written
            #expect(CSVText.unguarded(unquoted) == value, "\(value) → \(written)")
            #expect(!"=+-@".contains(unquoted.first!) || Double(unquoted) != nil, "\(written) must not start a formula")
        }
    }
}
