/// A parsed YAML or JSON document, kept with the position of every node so that validation can
/// say exactly where a problem is. Both readers produce this tree; decoding works on it alone.
public indirect enum DocumentNode: Sendable {
    case scalar(Scalar, Position)
    case mapping([(key: Scalar, keyPosition: Position, value: DocumentNode)], Position)
    case sequence([DocumentNode], Position)

    /// A 1-based line and column inside the document.
    public struct Position: Sendable, Hashable {
        public var line: Int
        public var column: Int
        public init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }
    }

    /// A leaf value as written. `text` is the literal text (for YAML, before tag resolution), so
    /// that `2019-01` stays a string and `007` keeps its zeros.
    public struct Scalar: Sendable, Hashable {
        public enum Kind: Sendable, Hashable {
            /// Written in quotes: always a string.
            case quoted
            /// Written bare: may be a number, a boolean, null or a string.
            case plain
        }
        public var text: String
        public var kind: Kind
        public init(_ text: String, _ kind: Kind) {
            self.text = text
            self.kind = kind
        }

        /// A bare `null`, `~` or nothing at all.
        public var isNull: Bool {
            kind == .plain && ["", "~", "null", "Null", "NULL"].contains(text)
        }
    }

    public var position: Position {
        switch self {
        case .scalar(_, let p), .mapping(_, let p), .sequence(_, let p): return p
        }
    }

    /// What this node is, in the words an error message uses.
    public var kindDescription: String {
        switch self {
        case .scalar(let s, _): return s.isNull ? "nothing" : "a single value"
        case .mapping: return "a mapping (key: value pairs)"
        case .sequence: return "a list"
        }
    }
}
