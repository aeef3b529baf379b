import Foundation
import Testing

/// The seed graph's drawings, as `make run` makes them, fitted to an A4 page: no text under
/// 7 pt (6 pt for overviews of the whole dense graph), no overlapping text, no name nearer
/// another actor than its own — measured by `Benchmarks/svg_legibility.py`, the script
/// `make run` prints the summary of.
@Suite struct DiagramLegibilityTests {
    static let seed = StakegraphRunner.repositoryRoot.appendingPathComponent("Graphs/huawei-5g.yaml").path

    /// The views of `make run`: arguments after `render`, and the smallest text allowed.
    static let views: [(name: String, arguments: [String], minimum: Double)] = [
        ("overview", [], 6),
        ("focus", ["--focus", "huawei", "--depth", "1"], 7),
        ("path", ["--highlight-path", "Chris Wray", "Government of China"], 6),
        ("stances", ["--color-by", "stance"], 6),
        ("positions", ["--view", "positions"], 7),
    ]

    struct Measure: Decodable {
        var file: String
        var contentFontMin: Double
        var overlaps: Int
        var misplaced: Int
        var spanning: Int

        enum CodingKeys: String, CodingKey {
            case file, overlaps, misplaced, spanning
            case contentFontMin = "content_font_min_pt"
        }
    }

    static func measure(_ files: [String]) throws -> [Measure] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", StakegraphRunner.repositoryRoot.appendingPathComponent("Benchmarks/svg_legibility.py").path, "--json"] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONDecoder().decode([Measure].self, from: data)
    }

    @Test(arguments: views.map(\.name))
    func aViewFitsAnA4PageLegibly(name: String) throws {
        let view = try #require(Self.views.first { $0.name == name })
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(name).svg").path
        let outcome = try StakegraphRunner.run(["render", Self.seed] + view.arguments + ["-o", file])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("needs"), "\(name) does not fit its page: \(outcome.stderr)")
        let measure = try #require(try Self.measure([file]).first)
        #expect(measure.contentFontMin >= view.minimum - 0.05, "\(name): smallest text \(measure.contentFontMin) pt")
        #expect(measure.overlaps == 0 && measure.misplaced == 0 && measure.spanning == 0,
                "\(name): \(measure.overlaps) overlaps, \(measure.misplaced) misplaced, \(measure.spanning) spanning labels")
    }

    @Test func framesFitLegiblyAndShareOnePage() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["render", Self.seed, "--frames", "2018-06,2019-01,2019-03,2019-06", "-o", directory.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted().map { directory.appendingPathComponent($0).path }
        #expect(files.count == 4)
        for measure in try Self.measure(files) {
            #expect(measure.contentFontMin >= 5.95 && measure.overlaps == 0 && measure.misplaced == 0, "\(measure.file)")
        }
        let headers = try files.map { file in
            let text = try String(contentsOfFile: file, encoding: .utf8)
            return text.range(of: #"<svg width="[^"]*" height="[^"]*""#, options: .regularExpression).map { String(text[$0]) }
        }
        #expect(Set(headers).count == 1, "every frame declares the same page: \(headers)")
    }
}
