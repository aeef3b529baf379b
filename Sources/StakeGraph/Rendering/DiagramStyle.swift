/// The visual vocabulary of diagrams: what a node's shape and colour and an edge's colour and
/// line say. DOT attribute names are kept next to the Swift names that set them.
public enum DiagramStyle {
    /// How an actor kind is drawn.
    public struct NodeLook: Sendable, Equatable {
        /// DOT `shape`.
        public var shape: String
        /// DOT `fillcolor`.
        public var fill: String
        /// Extra DOT `style` words besides `filled`.
        public var style: String
    }

    /// One look per kind: governments and their agencies in blues, officials and people warm,
    /// firms green, international bodies purple, media and groups grey.
    public static func look(of kind: ActorKind) -> NodeLook {
        switch kind {
        case .government: return NodeLook(shape: "box", fill: "#9ecae1", style: "bold")
        case .agency: return NodeLook(shape: "box", fill: "#deebf7", style: "rounded")
        case .legislature: return NodeLook(shape: "tab", fill: "#c6dbef", style: "")
        case .official: return NodeLook(shape: "ellipse", fill: "#fdd0a2", style: "")
        case .person: return NodeLook(shape: "ellipse", fill: "#fee6ce", style: "")
        case .firm: return NodeLook(shape: "hexagon", fill: "#c7e9c0", style: "")
        case .internationalOrganization: return NodeLook(shape: "octagon", fill: "#dadaeb", style: "")
        case .media: return NodeLook(shape: "note", fill: "#f0f0f0", style: "")
        case .group: return NodeLook(shape: "ellipse", fill: "#f7f7f7", style: "dashed")
        }
    }

    /// DOT `color` of an edge by polarity: conflict red, cooperation green, neutral grey.
    public static func color(of polarity: Polarity) -> String {
        switch polarity {
        case .hostile: return "#c0392b"
        case .cooperative: return "#1e8449"
        case .neutral: return "#8c8c8c"
        }
    }

    /// DOT `style` of an edge by mode: words dashed, deeds solid, belonging thin and dotted-free.
    public static func lineStyle(of mode: RelationMode) -> String {
        switch mode {
        case .verbal: return "dashed"
        case .material: return "solid"
        case .structural: return "solid"
        }
    }

    /// DOT `penwidth` of an edge by mode: structural relations recede.
    public static func penWidth(of mode: RelationMode) -> Double {
        mode == .structural ? 0.7 : 1.4
    }

    /// DOT `fillcolor` for a stance, on a diverging orange–purple scale (ColorBrewer PuOr), so
    /// that no stance reads as an edge's polarity (red hostile, green cooperative); nil (no
    /// stance) is white. The two ends stay apart for deuteranopes and protanopes
    /// (`Tests/StakeGraphTests/StancePaletteTests.swift` simulates both).
    public static func fill(for stance: Stance?) -> String {
        switch stance {
        case .stronglyOppose: return "#e08214"
        case .oppose: return "#fdb863"
        case .neutral: return "#e0e0e0"
        case .support: return "#b2abd2"
        case .stronglySupport: return "#542788"
        case nil: return "#ffffff"
        }
    }

    /// Whether a stance's fill is dark enough to need white text.
    public static func isDark(_ stance: Stance?) -> Bool { stance == .stronglySupport }

    /// The colour that marks a highlighted path.
    public static let highlight = "#f1c40f"
    public static let fontName = "Helvetica"
}
