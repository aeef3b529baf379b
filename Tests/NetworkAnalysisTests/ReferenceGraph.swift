import Foundation
@testable import NetworkAnalysis

/// A graph with NetworkX's answers, from `Tests/Fixtures/networkx/*.json` (made by
/// `Tests/Fixtures/networkx/generate.py`; see the README there).
struct ReferenceGraph: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var nodes: [String]
    var edges: [[String]]
    var relations: [[String]]?
    var measures: [String: [String: Double]]
    var errors: [String: String]?
    var shortestPaths: [PathCase]
    var kShortest: [KPathCase]?

    struct PathCase: Decodable, Sendable {
        var source: String
        var target: String
        var paths: [[String]]
    }

    struct KPathCase: Decodable, Sendable {
        var source: String
        var target: String
        var k: Int
        var paths: [[String]]
    }

    enum CodingKeys: String, CodingKey {
        case name, nodes, edges, relations, measures, errors
        case shortestPaths = "shortest_paths"
        case kShortest = "k_shortest"
    }

    var testDescription: String { name }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/networkx")

    /// Every fixture, by file name.
    static let all: [ReferenceGraph] = {
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return files.map { file in
            do {
                return try JSONDecoder().decode(ReferenceGraph.self, from: Data(contentsOf: directory.appendingPathComponent(file)))
            } catch {
                fatalError("cannot read fixture \(file): \(error)")
            }
        }
    }()

    /// The network with vertex i = nodes[i].
    var network: Network {
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1, $0) })
        return Network(vertexCount: nodes.count, edges: edges.map { (index[$0[0]]!, index[$0[1]]!) })
    }

    func vertex(_ label: String) -> Int { nodes.firstIndex(of: label)! }
}

import Testing
