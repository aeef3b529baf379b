import Foundation
import Testing

/// The same graph file and flags give byte-identical pictures in every process, for every
/// engine, format and grouping (issue 14): each case is drawn in ten fresh processes. What it
/// takes inside Graphviz 2.42 is in `Sources/CGraphviz/determinism.h`.
@Suite struct DeterminismTests {
    static let engines = ["dot", "neato", "fdp", "sfdp", "circo", "twopi"]
    static let groupings: [(String, [String])] = [("flat", []), ("countries", ["--cluster-by", "country"]), ("nested", ["--nest"])]
    static let cases = engines.flatMap { engine in groupings.map { "\(engine) \($0.0)" } }

    /// The bytes ten processes draw, and how many distinct ones there were.
    static func distinct(_ arguments: [String], format: String, processes: Int = 10) throws -> (count: Int, first: Data) {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var outputs = Set<Data>()
        var first = Data()
        for index in 0..<processes {
            let file = directory.appendingPathComponent("\(index).\(format)")
            let outcome = try StakegraphRunner.run(["render"] + arguments + ["--format", format, "-o", file.path])
            #expect(outcome.status == 0, "\(arguments): \(outcome.stderr)")
            let bytes = try Data(contentsOf: file)
            if index == 0 { first = bytes }
            outputs.insert(bytes)
        }
        return (outputs.count, first)
    }

    @Test(arguments: cases)
    func tenProcessesDrawTheSameBytesInEveryFormat(configuration: String) throws {
        let parts = configuration.split(separator: " ").map(String.init)
        let grouping = try #require(Self.groupings.first { $0.0 == parts[1] })
        let arguments = [StakegraphRunner.fixture("mini.yaml"), "--engine", parts[0]] + grouping.1
        for format in ["svg", "png", "pdf"] {
            let result = try Self.distinct(arguments, format: format)
            #expect(result.count == 1, "\(configuration) \(format): \(result.count) different outputs in 10 processes")
            if format == "pdf" {
                let text = String(decoding: result.first, as: UTF8.self)
                #expect(text.contains("/CreationDate (D:19700101000000Z)"), "the render time is not stamped into the PDF")
            }
        }
    }

    @Test func theSeedGraphsOverviewIsTheSameInTenProcesses() throws {
        let seed = StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path
        #expect(try Self.distinct([seed], format: "svg").count == 1)
        #expect(try Self.distinct([seed, "--cluster-by", "country", "--engine", "fdp", "--page", "none"], format: "svg").count == 1,
                "fdp with clusters compared node addresses")
    }

    @Test func clustersKeepTheirNamesInEveryEngine() throws {
        for engine in ["dot", "neato", "fdp"] {
            let outcome = try StakegraphRunner.run(["render", StakegraphRunner.fixture("mini.yaml"), "--engine", engine, "--cluster-by", "country", "-o", "-"])
            #expect(outcome.stdout.contains("<title>cluster_country_us</title>"), "\(engine)")
            #expect(outcome.stdout.contains("<title>acme</title>"), "\(engine): node titles are the actor ids")
        }
    }
}
