import Foundation
@testable import StakeGraph

/// The committed excerpts of the real event samples (Tests/Fixtures/events/, cut from
/// ../shared/data/events/) and the whole samples (`$STAKEGRAPH_SHARED_DATA/events`, else
/// `../shared/data/events` beside the repository).
enum EventFixtures {
    static let gdelt = Fixtures.path("events/gdelt2-events-excerpt.csv")
    static let icews = Fixtures.path("events/icews-events-excerpt.tab")

    static var sharedDirectory: URL {
        (ProcessInfo.processInfo.environment["STAKEGRAPH_SHARED_DATA"].map { URL(fileURLWithPath: $0) }
            ?? Fixtures.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data"))
            .appendingPathComponent("events")
    }

    /// The rows of a tab-separated file, split naively: the oracle the importers are checked
    /// against (no trimming, no `NA` handling beyond what each test does itself).
    static func rows(_ path: String) throws -> [[String]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
    }

    static func read(_ path: String, _ format: ImportFormat, aggregate: EventImportOptions.Period? = nil)
    throws -> (graph: StakeholderGraph, diagnostics: Diagnostics) {
        try EventImport.read(contentsOf: path, format: format, options: EventImportOptions(aggregate: aggregate))
    }
}
