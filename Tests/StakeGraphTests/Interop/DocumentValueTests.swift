import Testing
@testable import StakeGraph

@Suite struct DocumentValueTests {
    @Test func yamlQuotesWhatAReaderCouldMisread() {
        #expect(YAMLText.string("Huawei") == "Huawei")
        #expect(YAMLText.string("U.S. Department of Commerce") == "U.S. Department of Commerce")
        for risky in ["yes", "No", "null", "2019-05", "8.0", "a: b", "# x", "- x", "x ", "", "[x]", "'quoted'", "ünï"] {
            #expect(YAMLText.string(risky).hasPrefix("\""), "\(risky)")
        }
    }

    @Test func jsonEscapesControlCharactersAndKeepsUnicode() {
        #expect(JSONText.quoted("a\"b\\c\n\u{1}é") == "\"a\\\"b\\\\c\\n\\u0001é\"")
        #expect(JSONText.write(.map([("a", .list([])), ("b", .number(-8)), ("c", .number(6.4))]), compact: true)
                == "{\"a\":[],\"b\":-8.0,\"c\":6.4}")
    }

    @Test func listCellsSplitBackIntoTheirValues() {
        let values = ["Trump administration", "A|Z", "back\\slash", "trailing\\"]
        #expect(ListText.join(values) == "Trump administration|A\\|Z|back\\\\slash|trailing\\\\")
        #expect(ListText.split(ListText.join(values)) == values)
        #expect(ListText.split(" a | | b ") == ["a", "b"], "spaces trimmed, empty values left out")
    }

    @Test func yamlOfAGraphReadsBackToTheSameDocument() throws {
        let seed = try Imports.seedGraph()
        let yaml = YAMLText.write(seed.document)
        let back = GraphReader.read(text: yaml, path: "back.yaml")
        #expect(!back.diagnostics.hasErrors, "\(back.diagnostics)")
        #expect(back.graph.document == seed.document)
    }
}
