import Foundation

extension StakeholderGraph {
    /// The directory of the source texts that the graph's header names (`sources-dir`), relative
    /// to the folder of the graph file unless it is absolute; nil when it names none.
    public var sourcesDirectory: String? {
        guard let written = info.sourcesDirectory else { return nil }
        if written.hasPrefix("/") { return written }
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? written : (folder as NSString).appendingPathComponent(written)
    }
}
