import Foundation
import Testing
@testable import StakeGraph

/// GEXF, GML, Pajek, UCINET DL and Kumu JSON readers on small hand-made files
/// (Tests/Fixtures/formats/): what each maps to which field, and where its errors point.
@Suite struct ForeignReaderTests {
    @Test func gexfKeepsAttributesKindsSpellsAndParallelEdges() throws {
        let result = try FormatFixtures.read("dynamic.gexf", as: .gexf)
        #expect(result.errors.isEmpty)
        #expect(result.graph.info.title == "Ports dispute")
        let authority = try #require(result.actor("port-authority"))
        #expect(authority.kind == .agency && authority.country == "NL" && authority.fields == ["budget": "12m"])
        // Two spells: two relations; an edge's own start; parallel undirected edges kept.
        let spans = result.graph.relations.map(\.span.description)
        #expect(spans == ["2019-05-01–2019-06-30", "2020-01-01–", "2021-03-04–", ""])
        #expect(result.graph.relations.map(\.type) == ["criticizes", "criticizes", "negotiates-with", "negotiates-with"])
        #expect(result.graph.relations[0].note == "strike threat")
        #expect(result.warnings.contains { $0.hasPrefix("Gephi's drawing") })
        #expect(result.validates)
    }

    @Test func gexfThatIsCutShortOrHasNoGraphIsLocated() {
        let cut = FormatFixtures.read(text: "<gexf>\n  <graph>\n    <nodes>\n", as: .gexf)
        #expect(cut.errors.count == 1 && cut.errors[0].contains("cut short"))
        let none = FormatFixtures.read(text: "<gexf version=\"1.3\"></gexf>", as: .gexf)
        #expect(none.errors == ["1:1: the file has no <graph> element; is it GEXF?"])
        let dangling = FormatFixtures.read(text: "<gexf><graph><nodes><node id=\"a\"/></nodes><edges>\n<edge source=\"a\" target=\"b\"/></edges></graph></gexf>", as: .gexf)
        #expect(dangling.errors.first?.hasPrefix("2:") == true && dangling.errors.first?.contains("no node has the id 'b'") == true)
    }

    @Test func gmlReadsNetworkXsDialectEntitiesListsAndWeights() throws {
        let result = try FormatFixtures.read("networkx.gml", as: .gml)
        #expect(result.errors.isEmpty)
        #expect(result.graph.actors.map(\.name) == ["Medici", "Strozzi & sons é", "Pazzi"])
        #expect(result.graph.actors[1].tags == ["bank", "florence"])
        #expect(result.graph.actors[0].fields == ["wealth": "103"])
        #expect(result.graph.relations.map(\.type) == ["related-to", "competes-with"])
        #expect(result.graph.relations[0].fields == ["weight": "2.5"])
        #expect(result.warnings.contains { $0.hasPrefix("'graphics [ … ]' lists are not imported") })
    }

    @Test(arguments: [
        ("graph [\n  node [ id 0 label \"a ]\n", "2:21: not GML: the string begun here is never closed with '\"'"),
        ("graph [\n  node [ id 0 ]\n", "1:7: not GML: the list '[' begun here is never closed with ']'; is the file cut short?"),
        ("graph [\n  node [ id @ ]\n]", "2:13: not GML: expected a number, a \"string\" or a [ list ] but found '@'"),
        ("graph [\n  edge [ source 0 target 1 ]\n]", "2:3: edge connects '0' and '1', but no node has the id '0'"),
        ("creator \"x\"\n", "1:1: the file has no 'graph [ … ]'; is it GML?"),
    ])
    func gmlErrorsAreLocated(text: String, error: String) {
        #expect(FormatFixtures.read(text: text, as: .gml).errors == [error])
    }

    @Test func pajekSectionsSignedWeightsAndVerticesWithoutLines() throws {
        let result = try FormatFixtures.read("signed.net", as: .pajek)
        #expect(result.errors.isEmpty)
        #expect(result.graph.actors.map(\.name) == ["Gama", "Ove", "Alika", "4"])
        let types = result.graph.relations.map(\.type)
        #expect(types == ["hostile-tie", "cooperative-tie", "related-to-directed", "related-to-directed", "related-to"])
        let declared = Dictionary(uniqueKeysWithValues: result.graph.customRelationTypes.map { ($0.id, $0) })
        #expect(declared["hostile-tie"]?.polarity == .hostile && declared["hostile-tie"]?.directed == true)
        #expect(declared["cooperative-tie"]?.polarity == .cooperative && declared["cooperative-tie"]?.directed == false)
        #expect(result.validates)
    }

    @Test func pajekSignedTypesCanBeRemappedToTheVocabulary() throws {
        let result = try FormatFixtures.read("signed.net", as: .pajek, signs: SignedTypes(negative: "criticizes", positive: "allied with"))
        #expect(result.graph.relations[0].type == "criticizes")
        let allied = try #require(result.graph.customRelationTypes.first { $0.id == "allied-with" })
        #expect(allied.polarity == .cooperative && allied.label == "allied with")
    }

    @Test func pajekTypedTiesKeepTheirLabelAndErrorsAreLocated() {
        let typed = FormatFixtures.read(text: "*Vertices 2\n1 \"A\"\n2 \"B\"\n*Arcs\n1 2 -1 l \"bans\"\n2 1 1 l \"offers help to\"\n", as: .pajek)
        #expect(typed.graph.relations.map(\.type) == ["bans", "offers-help-to"])
        #expect(typed.graph.customRelationTypes.first?.polarity == .cooperative)
        let bad = FormatFixtures.read(text: "*Vertices 2\n1 \"A\"\n*Arcs\n1 3\n", as: .pajek)
        #expect(bad.errors == ["4:1: edge connects '1' and '3', but no node has the id '3'"])
        let notPajek = FormatFixtures.read(text: "hello\n", as: .pajek)
        #expect(notPajek.errors == ["1:1: the file does not begin with '*Vertices' or '*Network'; is it Pajek?"])
        let twoMode = FormatFixtures.read(text: "*Vertices 5 2\n", as: .pajek)
        #expect(twoMode.errors.first?.hasPrefix("1:13: a two-mode network") == true)
    }

    @Test func dlFullMatrixSymmetricIsUndirectedWithQuotedLabels() throws {
        let result = try FormatFixtures.read("matrix.dl", as: .dl)
        #expect(result.errors.isEmpty)
        #expect(result.graph.actors.map(\.name) == ["Gama", "Ove", "Alika Tribe"])
        #expect(result.graph.relations.map { "\($0.from)>\($0.to):\($0.type)" } == ["gama>ove:hostile-tie", "gama>alika-tribe:cooperative-tie"])
        #expect(result.graph.customRelationTypes.allSatisfy { !$0.directed })
    }

    @Test func dlEdgelistWithEmbeddedLabelsAndNodelist() throws {
        let edges = try FormatFixtures.read("edges.dl", as: .dl)
        #expect(edges.graph.actors.map(\.name) == ["Gama", "Ove", "Alika"])
        #expect(edges.graph.relations.map(\.type) == ["cooperative-tie", "related-to-directed", "hostile-tie"])
        #expect(edges.graph.relations[0].fields == ["weight": "2"])
        let matrix = FormatFixtures.read(text: "DL N=2\nFORMAT = FULLMATRIX\nLABELS EMBEDDED:\nDATA:\nA B\nA 0 1\nB 0 0\n", as: .dl)
        #expect(matrix.errors.isEmpty && matrix.graph.relations.map { "\($0.from)>\($0.to)" } == ["a>b"])
        let nodes = try FormatFixtures.read("nodes.dl", as: .dl)
        #expect(nodes.graph.relations.map { "\($0.from)>\($0.to)" } == ["1>2", "1>3", "3>1"])
    }

    @Test(arguments: [
        ("dl n=2\ndata:\n0 1\n1\n", "4:1: the row has 1 values; a full matrix of n=2 has 2"),
        ("dl nr=2 nc=3\ndata:\n", "1:4: a two-mode (rows × columns) DL file is not read (nr/nc = 2); stakegraph's actors are one set"),
        ("dl n=2 format=edgelist1\ndata:\n1 3\n", "3:3: '3' is not a node number from 1 to 2"),
        ("graph\n", "1:1: the file does not begin with 'dl'; is it UCINET DL?"),
        ("dl n=2 format=edgelist2\ndata:\n", "1:8: the DL format 'edgelist2' is not read; fullmatrix, edgelist1 and nodelist1 are"),
    ])
    func dlErrorsAreLocated(text: String, error: String) {
        #expect(FormatFixtures.read(text: text, as: .dl).errors == [error])
    }

    @Test func kumuElementsConnectionsNestedAttributesAndCustomFields() throws {
        let result = try FormatFixtures.read("blueprint.json", as: .kumu)
        #expect(result.errors.isEmpty)
        let authority = try #require(result.actor("port-authority"))
        #expect(authority.kind == .agency && authority.tags == ["port", "public"] && authority.fields == ["Budget": "12"])
        #expect(result.actor("elem-1")?.name == "Dock Workers Union")
        let first = result.graph.relations[0]
        let may = try PartialDate(parsing: "2019-05")
        #expect(first.from == "elem-1" && first.type == "criticizes" && first.span == .on(may))
        #expect(first.note == "strike threat" && first.tags == ["labour"])
        #expect(result.graph.relations[1].type == "negotiates-with" && result.graph.relations[1].fields == ["Round": "second"])
        #expect(result.warnings.contains("no element is labelled 'City Council'; added it, as Kumu does"))
    }

    @Test func kumuJSONIsRecognisedByItsSectionsAndErrorsAreLocated() {
        let text = "{\"elements\": [{\"label\": \"A\"}], \"connections\": []}"
        let sniffed = FormatFixtures.read(text: text, as: .json)
        #expect(sniffed.graph.actors.map(\.name) == ["A"])
        #expect(sniffed.warnings.contains { $0.contains("read as a Kumu blueprint") })
        let broken = FormatFixtures.read(text: "{\"elements\": [\n  {\"label\": }\n]}", as: .kumu)
        #expect(broken.errors.first?.hasPrefix("2:13: not JSON") == true)
        let noEnds = FormatFixtures.read(text: "{\"connections\": [\n {\"from\": \"A\"}]}", as: .kumu)
        #expect(noEnds.errors == ["2:2: a connection needs 'from' and 'to'"])
    }

    /// Found by mutating the fixtures: a custom field named like YAML syntax broke the YAML.
    @Test func customFieldsNamedLikeYAMLSyntaxStillValidate() {
        let text = "{\"elements\": [{\"label\": \"A\", \">l3ment\": \"x\", \"#1\": \"y\", \"- z\": \"w\"}]}"
        let result = FormatFixtures.read(text: text, as: .kumu)
        #expect(result.graph.actors.first?.fields == [">l3ment": "x", "#1": "y", "- z": "w"])
        #expect(result.validates)
    }

    @Test(arguments: [ImportFormat.gexf, .gml, .pajek, .dl, .kumu])
    func extensionsNameTheFormats(format: ImportFormat) {
        let name = ["gexf": "a.gexf", "gml": "a.GML", "pajek": "a.net", "dl": "a.dl", "kumu": "a.json"][format.rawValue]!
        #expect(ImportFormat(path: name) == (format == .kumu ? .json : format))
    }
}
