import Graphviz

/// Why a diagram cannot be drawn as asked. Messages say what is wrong in the graph's terms; the
/// command line adds which flags would help.
public enum DiagramError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The path to highlight does not exist in the slice.
    case noPath(from: String, to: String)
    /// More than `Diagram.maximumActors` actors or `Diagram.maximumEdges` edges to draw.
    case tooLarge(actors: Int, edges: Int)
    /// A position map without any actor that has a stance on the issue.
    case noStances(issue: String)
    /// Graphviz refused the DOT text, could not lay it out or could not write the format: its
    /// own words.
    case graphviz(String)

    public var description: String {
        switch self {
        case .tooLarge(let actors, let edges):
            return "\(actors) actors and \(edges) edges are more than Graphviz can lay out in reasonable time or a reader can "
                + "follow (at most \(Diagram.maximumActors) actors and \(Diagram.maximumEdges) edges); draw a part of the graph"
        case .noPath(let from, let to):
            return "no path from '\(from)' to '\(to)' to highlight"
        case .noStances(let issue):
            return "no actor has a declared or inferred stance on '\(issue)'; add positions or give the issue a subject"
        case .graphviz(let message):
            return message
        }
    }

    init(_ error: GraphvizError) { self = .graphviz(error.message) }
}
