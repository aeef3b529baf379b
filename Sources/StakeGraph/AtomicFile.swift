import Foundation

/// An output file could not be written; the previous file, if any, is untouched.
public struct OutputFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes files atomically: into a temporary file beside the target, then renamed over it, so a
/// failure at any point leaves the previous file as it was and readers never see half a file.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputFileError) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError(path: path, reason: "cannot create directory \(directory.path)")
        }
        let temporary = directory.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw OutputFileError(path: path, reason: "the directory is not writable or the disk is full")
        }
        if rename(temporary.path, target.path) != 0 {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw OutputFileError(path: path, reason: reason)
        }
    }
}
