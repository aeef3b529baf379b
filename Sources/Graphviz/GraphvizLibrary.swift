import CGraphviz
import Synchronization

/// The process-wide gate to libgvc and libcgraph, which are not thread-safe (even with one
/// context per thread): every call into Graphviz runs inside `withLock`.
public enum GraphvizLibrary {
    private static let lock = Mutex<Void>(())

    /// Runs `body` while holding the process-wide Graphviz lock.
    public static func withLock<T>(_ body: () throws -> T) rethrows -> T {
        try lock.withLock { _ in try body() }
    }

    /// The version of the linked Graphviz library, e.g. `2.42.2`.
    public static var version: String {
        withLock {
            guard let context = gvContext() else { return "unknown" }
            defer { gvFreeContext(context) }
            guard let text = gvcVersion(context) else { return "unknown" }
            return String(cString: text)
        }
    }
}
