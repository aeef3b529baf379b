/// An iterative centrality (eigenvector, Katz, PageRank, HITS) that did not settle.
public struct ConvergenceError: Error, Equatable, Sendable, CustomStringConvertible {
    public var measure: String
    public var iterations: Int
    public var reason: String

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
    public var tolerancePerVertex: Double = 1e-14
    public var maximumIterations: Int = 100_000

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
