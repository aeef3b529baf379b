import Testing
@testable import StakeGraph

@Suite struct SimilarNamesTests {
    @Test(arguments: [
        ("Byte Dance", "ByteDance", SimilarNames.Likeness.spacing),
        ("Tik Tok", "TikTok", .spacing),
        ("U.S. Government", "US Government", .spacing),
        ("Deutsche-Telekom", "Deutsche Telekom", .spacing),
        ("Donald J. Trump", "Donald Trump", .middleNameOrInitials),
        ("Donald John Trump", "Donald J. Trump", .middleNameOrInitials),
        ("D. Trump", "Donald Trump", .middleNameOrInitials),
    ])
    func findsOneActorWrittenTwoWays(a: String, b: String, likeness: SimilarNames.Likeness) {
        #expect(SimilarNames.likeness(a, b) == likeness)
        #expect(SimilarNames.likeness(b, a) == likeness)
    }

    @Test(arguments: [
        ("Donald Trump", "Melania Trump"),
        ("Donald Trump", "Donald Tusk"),
        ("Huawei", "ZTE"),
        ("Huawei", "HUAWEI"),
        ("Huawei", "Huawei UK"),
        ("John A. Smith", "John B. Smith"),
        ("Ericsson", "Ericsson"),
        ("Ericsson", "ERICSSON "),
    ])
    func leavesDifferentNamesApart(a: String, b: String) {
        #expect(SimilarNames.likeness(a, b) == nil)
    }

    @Test func warnsWithTheMergeToMakeAndMergesWhenAsked() throws {
        let sheet = "From,To,Type\nByteDance,U.S. Government,criticizes\nDonald J. Trump,Byte Dance,threatens\nDonald Trump,Tik Tok,bans\nTikTok,ByteDance,part-of\n"
        let warned = try Imports.run(sheet, named: "r.csv")
        #expect(warned.graph.actors.count == 7, "nothing merged unless asked")
        #expect(warned.warnings.contains("r.csv:3:1: actors 'ByteDance' (line 2) and 'Byte Dance' differ only in spaces or punctuation; if they are one, merge 'byte-dance' into 'bytedance' (relations and aliases)"), "\(warned.warnings)")
        #expect(warned.warnings.contains("r.csv:4:1: actors 'Donald J. Trump' (line 3) and 'Donald Trump' differ only by initials or a middle name; if they are one, merge 'donald-trump' into 'donald-j-trump' (relations and aliases)"))
        #expect(warned.warnings.contains { $0.hasPrefix("r.csv:5:1: actors 'Tik Tok' (line 4) and 'TikTok'") })

        let merged = try Imports.run(sheet, named: "r.csv", options: ImportOptions(declaresNewTypes: true, mergesSimilarActors: true))
        #expect(merged.errors.isEmpty)
        #expect(merged.graph.actors.map(\.id) == ["bytedance", "us-government", "donald-j-trump", "tik-tok"])
        #expect(merged.graph.actors[0].aliases == ["Byte Dance"])
        #expect(merged.graph.actors[2].aliases == ["Donald Trump"])
        #expect(merged.graph.relations.map { "\($0.from)>\($0.to)" } == [
            "bytedance>us-government", "donald-j-trump>bytedance", "donald-j-trump>tik-tok", "tik-tok>bytedance",
        ])
        #expect(merged.warnings.contains("r.csv:3:1: actors 'ByteDance' (line 2) and 'Byte Dance' differ only in spaces or punctuation: merged 'byte-dance' into 'bytedance', keeping 'Byte Dance' as an alias"))
    }
}
