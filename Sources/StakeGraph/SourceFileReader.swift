#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A source's `file` that was not read, and why, in words that never quote the file's content.
public struct SourceFileRefusal: Error, CustomStringConvertible, Sendable {
    public var reason: String
    public var description: String { reason }
}

/// Reads a source's text from the sources folder, and only from inside it.
///
/// A graph names its source texts (`file: statement.txt`), and `validate` answers whether a quote
/// is in one; a graph from someone else could so name `../../../../etc/passwd` and learn, quote by
/// quote, what that file holds. The file is therefore resolved (`..` and symbolic links, of the
/// folder as of the file) and refused unless it lies inside the folder, is a regular file, and
/// holds at most `sizeLimit` bytes. Used by `QuoteCheck` (validate) and `SourceTexts` (sources,
/// suggest).
public enum SourceFileReader {
    /// The largest source text read: 16 MB, far above any statement or article (the seed graph's
    /// longest is 40 KB), so a named device or huge file is not read whole into memory.
    public static let sizeLimit = 16 * 1024 * 1024

    /// The bytes of `file` inside `directory`.
    ///
    /// - Parameter file: the source's `file` value, relative to `directory`.
    /// - Parameter directory: the sources folder.
    /// - Parameter sourceID: the source's id, for the messages.
    /// - Complexity: O(n) in the file's size.
    public static func contents(of file: String, in directory: String, sourceID: String) throws(SourceFileRefusal) -> Data {
        let named = "source file '\(file)' of source '\(sourceID)'"
        guard let folder = resolved(directory),
              let path = resolved((directory as NSString).appendingPathComponent(file)) else {
            throw SourceFileRefusal(reason: "\(named) is not in \(directory)")
        }
        guard path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/") else {
            throw SourceFileRefusal(reason: "\(named) lies outside \(directory); a source's file must be inside the sources folder")
        }
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw SourceFileRefusal(reason: "\(named) cannot be read: \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            throw SourceFileRefusal(reason: "\(named) is not a regular file")
        }
        guard Int(status.st_size) <= sizeLimit else {
            throw SourceFileRefusal(reason: "\(named) is larger than 16 MB (\(status.st_size) bytes); a source text is read whole, so it is refused")
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        // Read at most one byte past the limit, in case the file grew since fstat.
        guard let data = try? handle.read(upToCount: sizeLimit + 1) ?? Data() else {
            throw SourceFileRefusal(reason: "\(named) cannot be read")
        }
        guard data.count <= sizeLimit else {
            throw SourceFileRefusal(reason: "\(named) is larger than 16 MB; a source text is read whole, so it is refused")
        }
        return data
    }

    /// `path` with `.`, `..` and every symbolic link resolved; nil when it does not exist.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
