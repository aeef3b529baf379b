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
}
