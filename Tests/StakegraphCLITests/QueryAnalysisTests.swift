import Foundation
import Testing

/// `path`, `neighbors` and `centrality` through the real binary.
@Suite struct QueryAnalysisTests {
    let mini = ["-g", StakegraphRunner.fixture("mini.yaml")]
    let seed = ["-g", StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path]

    func json(_ outcome: StakegraphRunner.Outcome) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8))
    }

    @Test func pathExplainsEveryHopWithFootnotes() throws {
        let outcome = try StakegraphRunner.run(["path", "Jane Doe", "State A"] + mini)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stdout == """
            Jane Doe → Acme Networks → State A  (2 hops)

              1. Jane Doe warns against Acme Networks, 2019-02-13 [1]
              2. Acme Networks denies claims by State A, 2019-03 [2]

            [1] "“We are deeply concerned,” Doe said." — Example Press, “A paper”, 2019-03 (paper)
            [2] "Acme denied the claims." — Example Press, “A paper”, 2019-03 (paper)

            """)
    }

    @Test func pathJSONHasExactlyTheDesignShape() throws {
        let outcome = try StakegraphRunner.run(["path", "minister", "state-a", "--all", "--format", "json"] + mini)
        let report = try #require(try json(outcome) as? [String: Any])
        #expect(Set(report.keys) == ["from", "to", "paths"])
        let paths = try #require(report["paths"] as? [[String: Any]])
        #expect(paths.map { $0["actors"] as? [String] } == [["minister", "acme", "state-a"], ["minister", "ministry", "state-a"]])
        let hop = try #require((paths[1]["hops"] as? [[String: Any]])?.first)
        #expect(Set(hop.keys) == ["from", "to", "relations"])
        let relation = try #require((hop["relations"] as? [[String: Any]])?.first)
        #expect(Set(relation.keys) == ["type", "date", "evidence"])
        #expect(relation["type"] as? String == "leads")
        #expect(relation["date"] is NSNull)
        #expect((relation["evidence"] as? [[String: String]])?.first == ["source": "paper", "quote": "Minister Jane Doe, who runs the Ministry of Wires"])
    }

    @Test func noPathExits1WithTheReason() throws {
        let outcome = try StakegraphRunner.run(["path", "state-a", "minister"] + mini)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "stakegraph: no path from State A to Jane Doe: Jane Doe has no incoming relations in the selection\n")
        let hops = try StakegraphRunner.run(["path", "minister", "state-a", "--max-hops", "1"] + mini)
        #expect(hops.status == 1)
        #expect(hops.stderr.contains("the shortest path has 2 hops, more than --max-hops 1"))
    }

    @Test func pathOnTheSeedGraphTiesTheFBIDirectorToBeijing() throws {
        let outcome = try StakegraphRunner.run(["path", "Chris Wray", "Government of China"] + seed)
        #expect(outcome.status == 0)
        #expect(outcome.stdout.hasPrefix("Chris Wray → Federal Bureau of Investigation → United States government → Government of China  (3 hops)"))
        let k = try StakegraphRunner.run(["path", "huawei", "zte", "--k", "3", "--undirected"] + seed)
        #expect(k.stdout.hasPrefix("Path 1 of 3:"))
    }

    @Test func selectionFlagsAreCheckedWithSuggestions() throws {
        let type = try StakegraphRunner.run(["path", "minister", "state-a", "--relation", "leads,partof"] + mini)
        #expect(type.status == 64)
        #expect(type.stderr == "stakegraph: error: unknown relation type 'partof'; did you mean 'part-of'?\n")
        let undated = try StakegraphRunner.run(["centrality", "--as-of", "2019-02"] + mini)
        #expect(undated.status == 0)
        #expect(undated.stderr == "stakegraph: note: 2 undated relations were kept (they cannot be placed in time)\n"
                + "stakegraph: note: 1 actor without relations in this selection not shown\n")
    }

    @Test func neighborsByDepthAndDirection() throws {
        let outcome = try StakegraphRunner.run(["neighbors", "minister", "--depth", "2", "--direction", "out", "--format", "json"] + mini)
        let rows = try #require(try json(outcome) as? [[String: Any]])
        #expect(rows.map { $0["id"] as? String } == ["acme", "ministry", "state-a"])
        #expect(rows.map { $0["hops"] as? Int } == [1, 1, 2])
        let none = try StakegraphRunner.run(["neighbors", "loner"] + mini)
        #expect(none.status == 1)
    }

    @Test func centralityTableJSONAndCSV() throws {
        let table = try StakegraphRunner.run(["centrality", "--measure", "in-degree,pagerank", "--top", "2"] + mini)
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n")
        #expect(lines.count == 4)
        #expect(lines[0] == "ID       NAME           IN-DEGREE  PAGERANK")
        #expect(lines[2].hasPrefix("acme     Acme Networks   0.500000"))
        let rows = try #require(try json(try StakegraphRunner.run(["centrality", "--measure", "betweenness", "--format", "json"] + mini)) as? [[String: Any]])
        #expect(rows.count == 4, "the loner has no relation and is left out")
        #expect(!rows.contains { $0["id"] as? String == "loner" })
        #expect(Set(rows[0].keys) == ["id", "name", "betweenness"])
        let values = rows.compactMap { $0["betweenness"] as? Double }
        #expect(values == values.sorted(by: >), "sorted by the first measure")
        let csv = try StakegraphRunner.run(["centrality", "--measure", "degree", "--format", "csv"] + mini)
        #expect(csv.stdout.hasPrefix("id,name,degree\r\nacme,Acme Networks,"))
    }

    @Test func centralityErrorsArePlain() throws {
        // Structural relations only: a DAG, whose eigenvector centrality does not converge.
        let dag = try StakegraphRunner.run(["centrality", "--measure", "eigenvector", "--mode", "structural"] + mini)
        #expect(dag.status == 1)
        #expect(dag.stderr.hasPrefix("stakegraph: eigenvector centrality did not converge"))
    }

    @Test func timingsReportEveryPhase() throws {
        let outcome = try StakegraphRunner.run(["centrality", "--measure", "pagerank", "--timings"] + seed)
        let phases = outcome.stderr.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: " ")
            return parts.count == 4 && parts[0] == "timing:" && parts[3] == "s" && Double(parts[2]) != nil ? String(parts[1]) : nil
        }
        #expect(phases == ["load", "select", "project", "compute", "rank", "write"])
        let path = try StakegraphRunner.run(["path", "huawei", "zte", "--undirected", "--timings"] + seed)
        #expect(path.stderr.contains("timing: compute "))
    }
}
