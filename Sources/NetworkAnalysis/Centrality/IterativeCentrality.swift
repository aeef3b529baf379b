/// An iterative centrality (eigenvector, Katz, PageRank, HITS) that did not settle.
///
/// Thrown instead of returning a vector that is not the measure's fixed point, where NetworkX
/// raises `PowerIterationFailedConvergence` (or, for HITS on a graph without edges, an ARPACK
/// error).
public struct ConvergenceError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The measure that failed, as it reads in a sentence: "eigenvector", "Katz", "PageRank",
    /// "HITS".
    public var measure: String
    /// The number of iterations run before giving up (0 when none could help).
    public var iterations: Int
    /// Why the iteration cannot settle, in words for the user.
    public var reason: String

    /// A one-line explanation: the measure, the iterations run and the reason.
    public var description: String {
        "\(measure) centrality did not converge after \(iterations) iterations (\(reason))"
    }
}

/// When the power iterations stop.
///
/// NetworkX stops when the L1 change of the vector falls below n · 10⁻⁶, which leaves errors of
/// about 10⁻⁶ per entry. stakegraph iterates until the L1 change falls below n · 10⁻¹⁴ (or the
/// vector stops changing at all), so its values are at least as close to the converged vector
/// as NetworkX's, and compare with it to 10⁻⁶.
public struct IterationLimits: Sendable, Equatable {
    /// The iteration has converged when the L1 change of the vector in one step falls below
    /// n times this (or is exactly 0). Defaults to 10⁻¹⁴.
    public var tolerancePerVertex: Double = 1e-14
    /// The largest number of iterations before the measure throws `ConvergenceError`; 0 or
    /// less runs none. Defaults to 100 000.
    public var maximumIterations: Int = 100_000

    /// Limits for the power iterations.
    ///
    /// - Parameters:
    ///   - tolerancePerVertex: The L1 change per vertex below which the iteration stops.
    ///     Defaults to 10⁻¹⁴ (NetworkX's default is 10⁻⁶).
    ///   - maximumIterations: The largest number of iterations. Defaults to 100 000.
    ///
    /// - Complexity: O(1).
    public init(tolerancePerVertex: Double = 1e-14, maximumIterations: Int = 100_000) {
        self.tolerancePerVertex = tolerancePerVertex
        self.maximumIterations = maximumIterations
    }

    func converged(_ change: Double, vertexCount: Int) -> Bool {
        change < Double(vertexCount) * tolerancePerVertex || change == 0
    }
}

/// L1 distance between two vectors.
func l1Distance(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for index in a.indices { sum += abs(a[index] - b[index]) }
    return sum
}

/// L2 norm of a vector.
func l2Norm(_ a: [Double]) -> Double {
    var sum = 0.0
    for value in a { sum += value * value }
    return sum.squareRoot()
}
