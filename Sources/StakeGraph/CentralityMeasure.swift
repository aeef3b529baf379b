import NetworkAnalysis

/// The centrality measures `stakegraph centrality` offers, named as on the command line.
/// Values follow NetworkX 3.x defaults on the projected `DiGraph` (see `Network`'s algorithms
/// for formulas, normalisation, complexity and references).
public enum CentralityMeasure: String, CaseIterable, Sendable, Codable {
    case degree
    case inDegree = "in-degree"
    case outDegree = "out-degree"
    case closeness, harmonic, betweenness, eigenvector, katz, pagerank, hubs, authorities

    /// The scores of every vertex of `network`.
    ///
    /// - Throws: `AnalysisError` for an iterative measure that does not settle.
    func scores(on network: Network) throws(AnalysisError) -> [Double] {
        do throws(ConvergenceError) { return try unchecked(on: network) } catch { throw AnalysisError(self, error) }
    }

    private func unchecked(on network: Network) throws(ConvergenceError) -> [Double] {
        switch self {
        case .degree: return network.degreeCentrality()
        case .inDegree: return network.inDegreeCentrality()
        case .outDegree: return network.outDegreeCentrality()
        case .closeness: return network.closenessCentrality()
        case .harmonic: return network.harmonicCentrality()
        case .betweenness: return network.betweennessCentrality()
        case .eigenvector: return try network.eigenvectorCentrality()
        case .katz: return try network.katzCentrality()
        case .pagerank: return try network.pageRank()
        case .hubs: return try network.hits().hubs
        case .authorities: return try network.hits().authorities
        }
    }

    /// The scores of several measures, computing HITS once when both hubs and authorities are
    /// asked for.
    static func scores(_ measures: [CentralityMeasure], on network: Network) throws(AnalysisError) -> [[Double]] {
        var hits: (hubs: [Double], authorities: [Double])?
        var columns: [[Double]] = []
        for measure in measures {
            switch measure {
            case .hubs, .authorities:
                if hits == nil {
                    do throws(ConvergenceError) { hits = try network.hits() } catch { throw AnalysisError(measure, error) }
                }
                columns.append(measure == .hubs ? hits!.hubs : hits!.authorities)
            default:
                columns.append(try measure.scores(on: network))
            }
        }
        return columns
    }
}
