/// A graph as GEXF, GML, Pajek, UCINET DL and Kumu JSON hold it: nodes and edges with named
/// attribute values, before `ForeignGraphImport` turns them into actors and relations. Each
/// reader only parses its syntax into this; the mapping onto stakegraph's fields is one for all.
struct ForeignGraph {
    /// A node or an edge, with where it is written.
    struct Item {
        /// The node's id in the file (for edges, an id if the file gives one).
        var id: String
        /// The id the actor should keep, when the file names nodes by ids of stakegraph's kind.
        var preferredID: String?
        /// A node's label (its name); an edge's label is an attribute.
        var label: String?
        /// Attribute values by name, in the file's order; names are compared ignoring case.
        var attributes: [(name: String, value: String)] = []
        var line: Int
        var column: Int = 1
        /// An edge's ends, as node ids of the file.
        var source = "", target = ""
        /// Whether the edge is directed, when the file says so for it alone.
        var directed: Bool?
        /// The edge's weight, when the file gives one (Pajek, DL, GML and GEXF `weight`).
        var weight: Double?
        /// Time spans from the file's own syntax (GEXF spells, `start`/`end`), texts as written.
        var spans: [(start: String?, end: String?)] = []

        func attribute(_ name: String) -> String? {
            attributes.first { $0.name.lowercased() == name }?.value
        }
    }

    var nodes: [Item] = []
    var edges: [Item] = []
    /// Whether edges that say nothing of their direction are directed.
    var directed = true
    var title: String?
}

/// What a signed weight becomes (Pajek, DL and other edges that have a weight but no type): a
/// negative one the hostile type, a positive one the cooperative type, in files that have a
/// negative weight. Either can be a type of the vocabulary (`criticizes`) or a new name, declared
/// with the right polarity.
public struct SignedTypes: Sendable, Equatable {
    public var negative: String
    public var positive: String

    public init(negative: String = "hostile-tie", positive: String = "cooperative-tie") {
        self.negative = negative
        self.positive = positive
    }
}
