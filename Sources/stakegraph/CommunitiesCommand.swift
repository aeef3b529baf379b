import ArgumentParser
import Foundation
import StakeGraph

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Find communities of densely related actors (Louvain) and their modularity.",
        discussion: """
        The selected relations are taken as an undirected, unsigned network (one tie per related \
        pair, whatever its polarity), and its modularity Q = 1/(2m) Σ [A_ij − γ k_i k_j/(2m)] δ(c_i, c_j) \
        is maximised with the Louvain method (Blondel, Guillaume, Lambiotte & Lefebvre 2008), \
        deterministically. Unlike coalitions, communities ignore whether relations are hostile or \
        cooperative: they show who is entangled with whom. Actors without relations are listed apart.

        Examples:
          stakegraph communities
          stakegraph communities --polarity hostile --format json
        """
    )

    @OptionGroup var graphFile: GraphFileOption
    @OptionGroup var selectionOptions: SelectionOptions

    @Option(parsing: .unconditional, help: ArgumentHelp("Modularity resolution γ: above 1 favours smaller communities.", valueName: "γ"))
    var resolution = 1.0

    @Option(help: "Output format: \(NestedFormat.names).", completion: NestedFormat.completion, transform: NestedFormat.named)
    var format: NestedFormat = .table

    func validate() throws {
        // Past 1,000 every actor is a community of its own and modularity's sums overflow.
        if !(resolution > 0 && resolution <= 1000) { throw ValidationError("--resolution takes a positive number up to 1000 (1 is the usual modularity)") }
        try selectionOptions.requireDateForWindow()
    }

    func run() throws {
        let slice = try selectionOptions.slice(try graphFile.load())
        let graph = slice.graph
        let analysis = CommunityAnalysis(slice, resolution: resolution)
        guard !analysis.communities.isEmpty else { throw CommandFailure.nothingFound("no relations to find communities in") }
        switch format {
        case .json:
            try JSONOutput.print(CommunityRecord(communities: analysis.communities, modularity: analysis.modularity,
                                                 isolated: analysis.isolated))
        case .table:
            var lines = ["\(analysis.communities.count) communit\(analysis.communities.count == 1 ? "y" : "ies"), modularity \(String(format: "%.4f", analysis.modularity))", ""]
            for (number, members) in analysis.communities.enumerated() {
                lines.append("Community \(number + 1) (\(counted(members.count, "actor")))")
                lines += members.map { graph.actor(id: $0)?.name ?? $0 }.sorted { $0.lowercased() < $1.lowercased() }.map { "  " + $0 }
                lines.append("")
            }
            if !analysis.isolated.isEmpty {
                lines.append("Without relations: \(analysis.isolated.map { graph.actor(id: $0)?.name ?? $0 }.joined(separator: ", "))")
            }
            Terminal.output(lines.joined(separator: "\n"))
        }
    }
}

struct CommunityRecord: Encodable {
    var communities: [[String]]
    var modularity: Double
    var isolated: [String]
}
