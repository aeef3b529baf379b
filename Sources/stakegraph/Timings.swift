import Foundation

/// `--timings`: how long each phase of a command took, printed to stderr as
/// `timing: <phase> <seconds> s` (DESIGN.md, "Command-line contract").
struct Timings {
    let enabled: Bool
    private var last = DispatchTime.now().uptimeNanoseconds

    init(enabled: Bool) { self.enabled = enabled }

    /// Ends the current phase, naming it, and starts the next.
    mutating func lap(_ phase: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        if enabled {
            Terminal.error("timing: \(phase) " + String(format: "%.6f", Double(now - last) / 1e9) + " s")
        }
        last = now
    }
}
