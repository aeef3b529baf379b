import CGraphviz
import Foundation

/// The process-wide gate to libgvc and libcgraph, which are not thread-safe (even with one
/// context per thread: four threads crashed 5 runs out of 5 in `mincross.c`). Every call into
/// Graphviz runs inside `withLock`, which also owns the one `GVC_t` context of the process and
/// the buffer that collects Graphviz's error messages.
public enum GraphvizLibrary {
    /// Held around every Graphviz call.
    private static let lock = NSLock()

    /// The one context of the process, created on first use and kept: creating one costs
    /// 4–8 ms (plugin loading). Only touched while `lock` is held.
    nonisolated(unsafe) private static var context: OpaquePointer?

    /// What Graphviz reported through `agseterrf` during the current call. Only touched while
    /// `lock` is held.
    nonisolated(unsafe) static var messages = ""

    /// Runs `body` with the process's Graphviz context while holding the process-wide lock.
    /// Graphviz's error counter and message buffer are reset first, so a failure of an earlier
    /// call never leaks into this one.
    static func withContext<T>(_ body: (OpaquePointer) throws(GraphvizError) -> T) throws(GraphvizError) -> T {
        lock.lock()
        defer { lock.unlock() }
        if context == nil {
            // Sequential ids and ordered addresses for every graph, before the first is opened.
            stakegraph_install_deterministic_defaults()
            _ = agseterrf { text in
                if let text { GraphvizLibrary.messages += String(cString: text) }
                return 0
            }
            context = gvContext()
        }
        guard let context else { throw GraphvizError(message: "Graphviz could not start (gvContext failed)") }
        messages = ""
        _ = agreseterrors()
        return try body(context)
    }

    /// The messages Graphviz printed during the current call, one per line, trimmed.
    static var collectedMessages: [String] {
        messages.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The version of the linked Graphviz library, e.g. `2.42.2`.
    public static var version: String {
        (try? withContext { context throws(GraphvizError) in gvcVersion(context).map { String(cString: $0) } ?? "unknown" }) ?? "unknown"
    }
}

/// Graphviz refused the DOT text, could not lay it out, or could not write the format.
public struct GraphvizError: Error, CustomStringConvertible, Sendable, Equatable {
    /// A plain sentence, ending with what Graphviz itself said, if anything.
    public var message: String
    /// The line of the DOT text Graphviz complained about, when it said.
    public var line: Int?
    public var description: String { message }

    public init(message: String, line: Int? = nil) {
        self.message = message
        self.line = line
    }
}
