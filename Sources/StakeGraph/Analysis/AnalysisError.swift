import NetworkAnalysis

/// An analysis that cannot give a number: an iterative measure that does not settle on the
/// network it was asked about (eigenvector centrality of a graph without cycles, HITS without
/// relations …).
public struct AnalysisError: Error, Equatable, Sendable, CustomStringConvertible {
    public var measure: CentralityMeasure
    /// Why, in the algorithm's words: "pagerank centrality did not converge after 10000 iterations (…)".
    public var reason: String

    public var description: String { reason }

    init(_ measure: CentralityMeasure, _ error: ConvergenceError) {
        self.measure = measure
        reason = error.description
    }
}
