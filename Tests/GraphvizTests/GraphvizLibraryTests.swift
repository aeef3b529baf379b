import Testing
@testable import Graphviz

@Suite struct GraphvizLibraryTests {
    @Test func reportsTheLinkedLibraryVersion() {
        let parts = GraphvizLibrary.version.split(separator: ".")
        #expect(parts.count >= 2, "\(GraphvizLibrary.version)")
        #expect(parts.allSatisfy { Int($0) != nil })
    }
}
