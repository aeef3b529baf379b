import Foundation
import Testing

@Suite struct RenderCommandTests {
    let mini = StakegraphRunner.fixture("mini.yaml")

    @Test func writesTheDefaultOutputFileAtomically() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["render", mini], in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = try String(contentsOf: directory.appendingPathComponent("Output/mini.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml"))
        #expect(outcome.stderr == "wrote Output/mini.svg (dot, \(svg.utf8.count) bytes)\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("Output").path)
        #expect(leftovers == ["mini.svg"], "no temporary file stays behind")
    }

    @Test func separateRunsGiveByteIdenticalSVGEvenWithClusters() throws {
        // Cluster order once followed heap addresses inside Graphviz; each run is a new process.
        let seed = StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path
        let arguments = ["render", seed, "--cluster-by", "country", "--color-by", "stance", "--issue", "huawei-in-5g", "-o", "-"]
        let first = try StakegraphRunner.run(arguments)
        let second = try StakegraphRunner.run(arguments)
        #expect(first.status == 0 && second.status == 0)
        #expect(first.stdout == second.stdout)
        #expect(first.stdout.contains("<title>cluster_country_us</title>"))
    }

    @Test func writesEveryFormat() throws {
        let png = try StakegraphRunner.run(["render", mini, "--format", "png", "-o", "-"])
        #expect(png.status == 0)
        #expect(png.stdout.utf8.starts(with: [0x89, 0x50, 0x4E, 0x47]) || png.stdout.hasPrefix("\u{FFFD}PNG"))
        let pdf = try StakegraphRunner.run(["render", mini, "--format", "pdf", "-o", "-"])
        #expect(pdf.stdout.hasPrefix("%PDF-"))
        let dot = try StakegraphRunner.run(["render", mini, "--format", "dot", "-o", "-"])
        #expect(dot.stdout.hasPrefix("digraph \"mini\" {"))
        #expect(dot.stderr.isEmpty)
    }

    @Test func aFailedRenderKeepsThePreviousFileAndExits70() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("keep.svg")
        try "previous".write(to: output, atomically: true, encoding: .utf8)
        // With no layout plugins, Graphviz fails in gvLayout.
        let outcome = try StakegraphRunner.run(["render", mini, "-o", output.path], environment: ["GVBINDIR": directory.path])
        #expect(outcome.status == 70)
        #expect(outcome.stderr.hasPrefix("stakegraph: error: Graphviz could not lay out the graph with dot: Error: Layout type: \"dot\" not recognized."))
        #expect(try String(contentsOf: output, encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["keep.svg"])
    }

    @Test func autoEngineKeepsADense300ActorGraphFast() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("dense.yaml")
        try DenseGraph.yaml(actors: 300, relations: 1200).write(to: file, atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["render", file.path, "-o", directory.appendingPathComponent("dense.svg").path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("stakegraph: note: 300 actors, 1200 edges: using sfdp with straight edges and no edge labels"), "\(outcome.stderr)")
        let svg = try String(contentsOf: directory.appendingPathComponent("dense.svg"), encoding: .utf8)
        #expect(svg.components(separatedBy: "class=\"node actor").count == 301)
    }

    @Test func anExplicitEngineIsObeyed() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["render", mini, "--engine", "neato", "-o", directory.appendingPathComponent("n.svg").path])
        #expect(outcome.status == 0)
        #expect(outcome.stderr.hasPrefix("wrote \(directory.appendingPathComponent("n.svg").path) (neato, "))
    }

    @Test func focusHighlightAndStanceColouring() throws {
        let focus = try StakegraphRunner.run(["render", mini, "--focus", "Ministry of Wires", "--format", "dot", "-o", "-"])
        #expect(focus.status == 0)
        #expect(focus.stdout.contains("within 1 hop of Ministry of Wires"))
        #expect(!focus.stdout.contains("\"acme\" ["))
        let path = try StakegraphRunner.run(["render", mini, "--highlight-path", "jane doe", "State A", "--format", "dot", "-o", "-"])
        #expect(path.stdout.contains("highlight"))
        let stance = try StakegraphRunner.run(["render", mini, "--color-by", "stance", "--issue", "acme-in-networks", "--format", "dot", "-o", "-"])
        #expect(stance.stdout.contains("stance-strongly-support"))
    }

    @Test func selectionFlagsDrawOnlyTheSelectedRelations() throws {
        let outcome = try StakegraphRunner.run(["render", mini, "--polarity", "hostile", "--as-of", "2019-02", "--format", "dot", "-o", "-"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("as of 2019-02 · 5 actors · 2 relations · hostile relations<"), "one date, first")
        #expect(outcome.stdout.contains("\"state-a\" -> \"acme\""))
        #expect(!outcome.stdout.contains("\"acme\" -> \"state-a\""), "denies is dated 2019-03")
    }

    @Test func badRequestsGetPlainAnswers() throws {
        let unknown = try StakegraphRunner.run(["render", mini, "--focus", "acmee", "-o", "-"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr == "stakegraph: error: no actor is called 'acmee'; did you mean 'acme'?\n")
        let noPath = try StakegraphRunner.run(["render", mini, "--highlight-path", "state-a", "minister", "-o", "-"])
        #expect(noPath.status == 1)
        #expect(noPath.stderr == "stakegraph: no path from 'state-a' to 'minister' to highlight\n")
        let onlyIssue = try StakegraphRunner.run(["render", mini, "--color-by", "stance", "--format", "dot", "-o", "-"])
        #expect(onlyIssue.status == 0, "the graph's only issue is the default")
        #expect(onlyIssue.stdout.contains("stance-strongly-oppose"))
        let wrongIssue = try StakegraphRunner.run(["render", mini, "--color-by", "stance", "--issue", "acme", "-o", "-"])
        #expect(wrongIssue.status == 64)
        #expect(wrongIssue.stderr == "stakegraph: error: unknown issue 'acme'; did you mean 'acme-in-networks'? (issues: acme-in-networks)\n")
        let engine = try StakegraphRunner.run(["render", mini, "--engine", "dott"])
        #expect(engine.status == 64)
        let halfPath = try StakegraphRunner.run(["render", mini, "--highlight-path", "acme"])
        #expect(halfPath.status == 64)
        #expect(halfPath.stderr.contains("--highlight-path takes two actors: FROM TO"))
    }
}

/// A deterministic dense random graph for render tests.
enum DenseGraph {
    static func yaml(actors: Int, relations: Int) -> String {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        let kinds = ["government", "agency", "firm", "official", "group"]
        let types = ["bans", "warns-against", "supports", "contracts-with", "part-of", "pressures"]
        var lines = ["graph: {id: dense, title: Dense}", "sources: [{id: s, title: S}]", "actors:"]
        for i in 0..<actors { lines.append("  - {id: a\(i), name: Actor \(i), kind: \(kinds[i % kinds.count])}") }
        lines.append("relations:")
        var seen = Set<Int>()
        while seen.count < relations {
            let (u, v) = (next(actors), next(actors))
            if u == v || !seen.insert(u * actors + v).inserted { continue }
            lines.append("  - {from: a\(u), to: a\(v), type: \(types[next(types.count)]), evidence: [{source: s, quote: q q q}]}")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
