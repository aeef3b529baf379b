import Foundation
import Testing
@testable import StakeGraph

@Suite struct FramesTests {
    /// The first coordinates drawn for each actor's node (its shape), by actor id.
    func nodeShapes(_ svg: String) -> [String: String] {
        var shapes: [String: String] = [:]
        let parts = svg.components(separatedBy: "<g id=\"actor&#45;").dropFirst()
        for part in parts {
            let id = String(part.prefix { $0 != "\"" }).replacingOccurrences(of: "&#45;", with: "-")
            guard let range = part.range(of: #"(points|cx|d)="[^"]+""#, options: .regularExpression) else { continue }
            shapes[id] = String(part[range])
        }
        return shapes
    }

    @Test func everyFrameKeepsEveryActorInTheSamePlace() throws {
        let graph = try Fixtures.read("mini.yaml").graph
        let dates = try ["2011", "2019-02", "2019-12"].map { try PartialDate(parsing: $0) }
        let frames = try Diagram.frames(GraphSlice(graph), dates: dates, options: DiagramOptions(), format: .svg)
        #expect(frames.map(\.date) == dates)
        let shapes = frames.map { nodeShapes(String(decoding: $0.rendering.bytes, as: UTF8.self)) }
        #expect(shapes[0].count == graph.actors.count, "every actor is drawn in every frame")
        #expect(shapes[0] == shapes[1] && shapes[1] == shapes[2], "\(shapes)")
        let texts = frames.map { String(decoding: $0.rendering.bytes, as: UTF8.self) }
        #expect(texts[0].contains("frame 1 of 3") && texts[2].contains("frame 3 of 3"))
        #expect(texts[0].components(separatedBy: "class=\"edge").count < texts[2].components(separatedBy: "class=\"edge").count,
                "later frames draw more relations")
        let boxes = texts.map { text in text.range(of: #"viewBox="[^"]+""#, options: .regularExpression).map { String(text[$0]) } }
        #expect(boxes[0] == boxes[1] && boxes[1] == boxes[2], "the same drawing area in every frame")
    }

    /// Frames are drawn by neato round pinned nodes; past 150 edges they take render's budget for
    /// neato (straight lines), since curved routing took 131 s for five frames of 300 actors and
    /// 1,200 relations. A small graph keeps its curves.
    @Test func framesOfALargeGraphDrawStraightEdgesAndSaySo() throws {
        let here = SourceLocation(file: "g.yaml", line: 1, column: 1)
        func graph(actors count: Int, relations: Int) -> StakeholderGraph {
            let actors = (0..<count).map { Actor(id: "a\($0)", name: "A\($0)", kind: .firm, location: here) }
            let relations = (0..<relations).map { index in
                Relation(from: "a\(index % count)", to: "a\((index * 7 + 1 + index / count) % count)", type: "bans",
                         span: .undated, note: nil, evidence: [], location: here)
            }
            return StakeholderGraph(path: "g.yaml", info: GraphInfo(id: "g", title: "G"), sources: [], actors: actors,
                                    relations: relations, issues: [], positions: [], customRelationTypes: [])
        }
        let dates = try ["2019", "2020"].map { try PartialDate(parsing: $0) }
        let large = try Diagram.frames(GraphSlice(graph(actors: 100, relations: 160)), dates: dates,
                                       options: DiagramOptions(), format: .svg)
        #expect(large.allSatisfy { $0.rendering.plan.engine == .neato && $0.rendering.plan.splines == "line" })
        #expect(large[0].rendering.plan.change == .straightEdges(engine: .neato, edges: 160))
        let small = try Diagram.frames(GraphSlice(graph(actors: 20, relations: 40)), dates: dates,
                                       options: DiagramOptions(), format: .svg)
        #expect(small.allSatisfy { $0.rendering.plan.splines == "true" && $0.rendering.plan.change == nil })
    }
}
