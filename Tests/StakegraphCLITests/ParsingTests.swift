import ArgumentParser
import Foundation
import Testing
@testable import stakegraph

/// The command line as ArgumentParser reads it, in process: what is a usage error (64) before
/// any graph is read, and with which words. Errors after reading a graph are in the suites that
/// run the binary.
@Suite struct ParsingTests {
    /// The exit code and message parsing `arguments` ends with; nil when it parses.
    func refusal(_ arguments: [String]) -> (code: Int32, message: String)? {
        do {
            _ = try Stakegraph.parseAsRoot(arguments)
            return nil
        } catch {
            return (Stakegraph.exitCode(for: error).rawValue, Stakegraph.message(for: error))
        }
    }

    static let misspelt: [([String], String)] = [
        (["render", "--engine", "dto"], "'dot'"),
        (["render", "--format", "svgg"], "'svg'"),
        (["render", "--view", "postions"], "'positions'"),
        (["render", "--color-by", "stanse"], "'stance'"),
        (["render", "--cluster-by", "contry"], "'country'"),
        (["render", "--power", "pagernk"], "'pagerank'"),
        (["actors", "--format", "jsn"], "'json'"),
        (["actors", "--kind", "oficial"], "'official'"),
        (["validate", "--format", "tabel"], "'table'"),
        (["export", "--format", "grpahml"], "'graphml'"),
        (["import", "x.csv", "--from", "dott"], "'dot'"),
        (["import", "x.csv", "--kind", "firmm"], "'firm'"),
        (["actors", "--kind", "company"], "'firm'"),
        (["import", "x.csv", "--kind", "think-tank"], "'group'"),
        (["centrality", "--polarity", "negative"], "'hostile'"),
        (["centrality", "--mode", "words"], "'verbal'"),
        (["neighbors", "huawei", "--direction", "outt"], "'out'"),
        (["coalitions", "--structural", "ignor"], "'ignore'"),
        (["centrality", "--polarity", "hostil"], "'hostile'"),
        (["centrality", "--mode", "verbl"], "'verbal'"),
        (["centrality", "--measure", "pagerank,eigen"], "'eigenvector'"),
        (["positions", "--power", "betweeness"], "'betweenness'"),
    ]

    @Test(arguments: misspelt)
    func aMisspeltValueIsAUsageErrorWithTheNearestNameAndTheList(arguments: [String], nearest: String) throws {
        let refused = try #require(refusal(arguments), "\(arguments) parsed")
        #expect(refused.code == 64, "\(arguments)")
        #expect(refused.message.contains("did you mean \(nearest)? (choose one of "), "\(arguments): \(refused.message)")
    }

    @Test func aValueFarFromEveryNameListsThemWithoutAGuess() throws {
        let refused = try #require(refusal(["render", "--engine", "graphviz"]))
        #expect(refused.message.contains("'graphviz' is invalid for '--engine <engine>': choose one of auto, dot, neato, fdp, sfdp, circo, twopi"))
        #expect(!refused.message.contains("did you mean"))
    }

    @Test func namesAreReadInAnyLetterCase() throws {
        let command = try #require(try Stakegraph.parseAsRoot(["stats", "--format", "JSON"]) as? StatsCommand)
        #expect(command.format == .json)
    }

    /// The issue: `--format csv` silently printed JSON on these, or was refused only after the
    /// graph had been read.
    @Test(arguments: ["coalitions", "communities", "validate", "path a b", "show a", "stats", "diff --from 2019 --to 2020"])
    func csvWhereItMakesNoSenseIsRefusedBeforeAnyGraphIsRead(command: String) throws {
        let arguments = command.split(separator: " ").map(String.init) + ["--format", "csv", "-g", "/nonexistent.yaml"]
        let refused = try #require(refusal(arguments), "\(command) accepted csv")
        #expect(refused.code == 64)
        #expect(refused.message.contains("'csv' is invalid for '--format <format>': choose one of table, json"), "\(refused.message)")
    }

    @Test(arguments: ["actors", "relations", "neighbors a", "centrality", "positions", "timeline"])
    func listingsTakeCSV(command: String) {
        #expect(refusal(command.split(separator: " ").map(String.init) + ["--format", "csv"]) == nil, "\(command)")
    }

    @Test func everyCommandThatReadsAGraphTakesDashG() throws {
        for command in Stakegraph.configuration.subcommands where command != ImportCommand.self {
            let name = command.configuration.commandName!
            var arguments = [name, "-g", "g.yaml"]
            if ["show", "neighbors"].contains(name) { arguments.insert("a", at: 1) }
            if name == "path" { arguments.insert(contentsOf: ["a", "b"], at: 1) }
            if name == "diff" { arguments += ["--from", "2019", "--to", "2020"] }
            if name == "export" { arguments += ["--format", "json"] }
            #expect(refusal(arguments) == nil, "\(arguments): \(refusal(arguments)?.message ?? "")")
        }
    }

    @Test func datesAndWindowsAreCheckedWhenTheCommandLineIsRead() throws {
        #expect(refusal(["centrality", "--as-of", "2019-02-30"])?.message.contains("2019-02-30 is not a calendar date: February 2019 has 28 days") == true)
        #expect(refusal(["centrality", "--window", "6 months", "--as-of", "2019"])?.message.contains("'6 months' is not a duration; write a whole number and d, w, m or y") == true)
        #expect(refusal(["centrality", "--window", "0d", "--as-of", "2019"]) != nil, "a window lasts at least a day")
        #expect(refusal(["centrality", "--window", "99999999y", "--as-of", "2019"]) != nil, "no overflow")
        #expect(refusal(["centrality", "--window", "6m"])?.message.contains("give it with --as-of or --between") == true)
        #expect(refusal(["centrality", "--window", "6m", "--between", "2019", "2020"]) == nil)
        #expect(refusal(["diff", "--window", "6m", "--from", "2019", "--to", "2020"]) == nil, "diff's dates are its own")
        #expect(refusal(["render", "--window", "6m", "--frames", "2019,2020"]) == nil)
        #expect(refusal(["centrality", "--as-of", "2019", "--between", "2019", "2020"])?.message.contains("--as-of or --between, not both") == true)
        #expect(refusal(["centrality", "--between", "2020", "2019"])?.message.contains("the first date must not be after the second") == true)
        #expect(refusal(["centrality", "--between", "2020"])?.message.contains("--between takes two dates") == true)
        #expect(refusal(["diff", "--from", "2020", "--to", "2019"])?.message.contains("--from 2020 comes after --to 2019") == true)
    }

    @Test func framesAreAtMostAHundred() throws {
        let hundred = (0..<100).map { "\(1900 + $0)" }.joined(separator: ",")
        #expect(try RenderCommand.dates(hundred).count == 100)
        do {
            _ = try RenderCommand.dates(hundred + ",2000")
            Issue.record("101 dates were accepted")
        } catch let failure as CommandFailure {
            #expect(failure.description.contains("101 dates are more than 100 pictures"), "\(failure)")
        }
    }

    @Test func optionsThatCannotGoTogetherAreRefused() {
        #expect(refusal(["render", "x.yaml", "-g", "y.yaml"])?.message.contains("either as FILE or with -g") == true)
        #expect(refusal(["render", "--frames", "2019", "--as-of", "2019"])?.message.contains("--frames sets the date") == true)
        #expect(refusal(["render", "--frames", "2019", "--format", "dot"])?.message.contains("--frames draws pictures") == true)
        #expect(refusal(["render", "--view", "positions", "--focus", "a"])?.message.contains("--view positions cannot be combined") == true)
        #expect(refusal(["path", "a", "b", "--all", "--k", "2"])?.message.contains("either --all or --k") == true)
        #expect(refusal(["path", "a", "b", "--k", "1001"])?.message.contains("--k 1001 is more than 1000 paths") == true)
        #expect(refusal(["path", "a", "b", "--k", "1000000"])?.message.contains("give --k 1000 or less") == true)
        #expect(refusal(["path", "a", "b", "--k", "1000"]) == nil, "the cap itself is allowed")
        #expect(refusal(["validate", "a.yaml", "-g", "b.yaml"])?.message.contains("as arguments or one with -g") == true)
        #expect(refusal(["export", "--actors-out", "a.csv", "--format", "json"])?.message.contains("go with --format csv") == true)
        #expect(refusal(["coalitions", "--camps", "9"])?.message.contains("between 2 and 8") == true)
        #expect(refusal(["explore", "-o", "x.svg"])?.message.contains("one .html file") == true)
        // Hostile numbers: a negative value is read as the value (not "Missing value"), huge ones
        // are refused before any arithmetic can overflow, a measure is given once.
        #expect(refusal(["centrality", "--top", "-1"])?.message == "--top must be at least 1")
        #expect(refusal(["path", "a", "b", "--k", "-5"])?.message == "--k must be at least 1")
        #expect(refusal(["neighbors", "a", "--depth", "-2"])?.message == "--depth must be at least 1")
        #expect(refusal(["render", "--layout-timeout", "2305843009213693952"])?.message
                == "--layout-timeout takes a number of seconds from 0 (no limit) to 604800 (a week)")
        #expect(refusal(["communities", "--resolution", "1e308"])?.message
                == "--resolution takes a positive number up to 1000 (1 is the usual modularity)")
        #expect(refusal(["centrality", "--measure", "pagerank,pagerank"])?.message == "--measure names pagerank twice; give each measure once")
        #expect(refusal(["explore", "--min-font", "7", "--page", "none"])?.message.contains("needs a page") == true)
    }
}

/// `--help` of every subcommand, walked from the root's configuration, so a new command
/// cannot go without one.
@Suite struct HelpTests {
    static let commands = Stakegraph.configuration.subcommands.map { $0.configuration.commandName! }

    @Test func everySubcommandIsListed() {
        #expect(Set(Self.commands) == ["validate", "actors", "relations", "show", "stats", "render", "path", "neighbors", "centrality",
                                       "positions", "timeline", "diff", "coalitions", "communities", "report", "explore", "sources", "suggest", "import", "export"])
    }

    @Test(arguments: Stakegraph.configuration.subcommands.map { $0.configuration.commandName! })
    func everyCommandExplainsItselfWithExamplesThatParse(name: String) throws {
        let command = try #require(Stakegraph.configuration.subcommands.first { $0.configuration.commandName == name })
        let configuration = command.configuration
        #expect(!configuration.abstract.isEmpty)
        let help = command.helpMessage(columns: 80)
        #expect(help.contains("Examples:"), "\(name) has no examples")
        // Every example parses: `stakegraph NAME …` lines of the discussion.
        let examples = configuration.discussion.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("stakegraph \(name)") && !$0.hasSuffix("\\") && !$0.contains("|") && !$0.contains(">") }
        #expect(!examples.isEmpty)
        for example in examples {
            let arguments = Array(Self.words(example).dropFirst())
            do { _ = try Stakegraph.parseAsRoot(arguments) } catch {
                Issue.record("\(name): the example '\(example)' does not parse: \(Stakegraph.message(for: error))")
            }
        }
    }

    /// The issue: `import --help` wrapped words of its table onto lines of their own. A line of the
    /// discussion longer than the terminal is wrapped by ArgumentParser, which only reads well for
    /// a paragraph on its own; indented lines and lines of a block must fit in 80 columns.
    @Test(arguments: Stakegraph.configuration.subcommands.map { $0.configuration.commandName! })
    func helpWrapsCleanlyAt80Columns(name: String) throws {
        let command = try #require(Stakegraph.configuration.subcommands.first { $0.configuration.commandName == name })
        let lines = command.configuration.discussion.components(separatedBy: "\n")
        for (index, line) in lines.enumerated() where line.count > 80 {
            let alone = (index == 0 || lines[index - 1].isEmpty) && (index == lines.count - 1 || lines[index + 1].isEmpty)
            #expect(alone && !line.hasPrefix(" "), "\(name): a line of \(line.count) columns inside a block: \(line.prefix(60))…")
        }
    }

    @Test func theRootHelpListsCommandsAndExitCodes() {
        let help = Stakegraph.helpMessage(columns: 80)
        for name in Self.commands { #expect(help.contains(name)) }
        #expect(help.contains("64 usage error"))
    }

    /// Shell-like words: spaces separate, double quotes group.
    static func words(_ line: String) -> [String] {
        var words: [String] = [], current = "", quoted = false
        for character in line {
            if character == "\"" { quoted.toggle(); continue }
            if character == " " && !quoted {
                if !current.isEmpty { words.append(current); current = "" }
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}

/// JSON as every command prints it.
@Suite struct JSONOutputTests {
    @Test func emptyListsAndObjectsPrintAsBracketsAtAnyDepth() throws {
        struct Nested: Encodable {
            var camps: [[String]]
            var unrelated: [[String]]
            var notes: [String: String]
            var text: String
        }
        let text = try JSONOutput.text(Nested(camps: [[], ["a"]], unrelated: [], notes: [:], text: "[\n\n]"))
        #expect(text == """
            {
              "camps" : [
                [],
                [
                  "a"
                ]
              ],
              "notes" : {},
              "text" : "[\\n\\n]",
              "unrelated" : []
            }
            """)
        #expect(try JSONOutput.text([Int]()) == "[]")
    }
}
