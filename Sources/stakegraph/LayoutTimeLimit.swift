import ArgumentParser
import Foundation

/// `--layout-timeout`: how long Graphviz may take to lay a drawing out.
///
/// Graphviz cannot be interrupted once `gvLayout` runs, and some layouts take hours (dot with
/// edge labels on a few hundred dense relations). So a watchdog ends the whole process with a
/// message and exit 70 when the time is up. Nothing is lost: outputs are written only after
/// layout, and atomically.
struct LayoutTimeLimit: ParsableArguments {
    static let defaultSeconds = 300
    /// A week: beyond it a layout is not waited for, and the clock's arithmetic stays far from
    /// overflow.
    static let maximumSeconds = 604_800

    @Option(name: .customLong("layout-timeout"), parsing: .unconditional,
            help: ArgumentHelp("Give up when Graphviz's layout takes longer than this (0: wait for ever).", valueName: "seconds"))
    var seconds: Int = Self.defaultSeconds

    func validate() throws {
        guard seconds >= 0 && seconds <= Self.maximumSeconds else {
            throw ValidationError("--layout-timeout takes a number of seconds from 0 (no limit) to \(Self.maximumSeconds) (a week)")
        }
    }

    /// Runs `body` under the time limit: past it, prints why on stderr and exits 70 at once.
    func guarding<Result>(_ body: () throws -> Result) rethrows -> Result {
        guard seconds > 0 else { return try body() }
        let message = Array("""
            stakegraph: error: Graphviz's layout did not finish within \(seconds) s; draw less (--focus ACTOR, \
            --relation TYPE, --as-of DATE), leave out edge labels (--no-edge-labels), let --engine auto choose, \
            or allow more time (--layout-timeout \(seconds * 4))

            """.utf8)
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + .seconds(seconds))
        timer.setEventHandler {
            // The main thread is inside libgvc: only async-signal-safe calls from here on.
            message.withUnsafeBytes { _ = Foundation.write(2, $0.baseAddress, $0.count) }
            _exit(70)
        }
        timer.resume()
        defer { timer.cancel() }
        return try body()
    }
}
