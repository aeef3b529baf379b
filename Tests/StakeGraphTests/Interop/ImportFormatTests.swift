import Foundation
import Testing
@testable import StakeGraph

@Suite struct ImportFormatTests {
    @Test(arguments: [
        ("digraph { a -> b }", true),
        ("graph G {\n a -- b }", true),
        ("strict digraph \"my graph\" {", true),
        ("STRICT GRAPH g{", true),
        ("// exported by a tool\n/* note */\ndigraph net\n{\n a -> b\n}", true),
        ("graph notes: Huawei and the US\nA -> B", false),
        ("graphs are fun {", false),
        ("digraph", false),
        ("From,To,Type\na,b,bans", false),
        ("", false),
    ])
    func onlyTextThatOpensLikeDOTIsGuessedToBeDOT(text: String, isDOT: Bool) {
        #expect((GraphImport.sniff(Data(text.utf8)) == .dot) == isDOT)
    }
}
