#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// An output file could not be written; the previous file, if any, is untouched.
public struct OutputFileError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
}

/// Writes files atomically: into a new temporary file beside the target, flushed to disk, then
/// renamed over it. A failure at any point (a full disk, a crash, a power cut, SIGINT or
/// SIGTERM) leaves the previous file as it was, readers never see half a file, and no temporary
/// file stays behind.
///
/// What the path names decides how: `-` is standard output, and a device, FIFO or socket is
/// written through (a rename would replace `/dev/null` with a regular file); a symbolic link is
/// followed and the file it points to replaced; a directory is refused. A new file gets
/// `0666 & ~umask`; a replaced file keeps its permission bits, without setuid and setgid, and
/// its owner and group where the process may set them.
public enum AtomicFile {
    /// The process's umask, read once (`umask` can only be read by setting it).
    static let creationMask: mode_t = {
        let mask = umask(0)
        umask(mask)
        return mask
    }()

    public static func write(_ bytes: [UInt8], to path: String) throws(OutputFileError) {
        try stream(to: path) { $0.write(bytes) }
    }

    /// Writes what `produce` puts into the sink, as it goes (a chunk at a time, see
    /// `TextSink`), with the same guarantees as `write(_:to:)`: the text only replaces the
    /// file once all of it is written and flushed.
    ///
    /// - Returns: The number of bytes written.
    /// - Complexity: O(n) in the bytes, holding one chunk of them at a time.
    @discardableResult
    public static func stream(to path: String, _ produce: (inout TextSink) -> Void) throws(OutputFileError) -> Int {
        func send(to descriptor: Int32) -> TextSink {
            var sink = TextSink(descriptor: descriptor)
            produce(&sink)
            sink.flush()
            if let failure = sink.failure { errno = failure }
            return sink
        }
        if path == "-" {
            let sink = send(to: 1)
            guard sink.failure == nil else { throw OutputFileError(path: "standard output", reason: systemReason()) }
            return sink.byteCount
        }
        // The command line reads names as UTF-8: one that is not arrives with U+FFFD in it, and
        // writing it would create a file of another name.
        if path.contains("\u{FFFD}") {
            throw OutputFileError(path: path, reason: "the file name is not UTF-8 (stakegraph writes UTF-8 names only); choose another name")
        }
        let target = resolvedPath(path)
        var status = stat()
        let exists = stat(target, &status) == 0
        if exists {
            switch status.st_mode & S_IFMT {
            case S_IFDIR: throw OutputFileError(path: path, reason: "it is a directory")
            case S_IFREG: break
            default: return try writeThrough(to: target, named: path, send)
            }
        }
        let directory = (target as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: directory.isEmpty ? "." : directory, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError(path: path, reason: "cannot create directory \(directory)")
        }
        let mode = exists ? mode_t(status.st_mode & 0o1777) : 0o666 & ~creationMask
        let temporary = (directory as NSString).appendingPathComponent(
            ".\((target as NSString).lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        TemporaryFileRegistry.register(temporary)
        defer { TemporaryFileRegistry.unregister(temporary) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: systemReason()) }
        func abandon(_ reason: String) -> OutputFileError {
            close(descriptor)
            unlink(temporary)
            return OutputFileError(path: path, reason: reason)
        }
        let sink = send(to: descriptor)
        guard sink.failure == nil else { throw abandon(systemReason()) }
        // The owner first: fchown clears setuid and setgid, and fchmod then sets the bits.
        // Only root may give a file away; for anyone else the new file stays theirs.
        if exists && (status.st_uid != geteuid() || status.st_gid != getegid()) {
            _ = fchown(descriptor, status.st_uid, status.st_gid)
        }
        if fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 { throw abandon(systemReason()) }
        guard close(descriptor) == 0 else {
            unlink(temporary)
            throw OutputFileError(path: path, reason: systemReason())
        }
        if rename(temporary, target) != 0 {
            let reason = systemReason()
            unlink(temporary)
            throw OutputFileError(path: path, reason: reason)
        }
        // Make the rename itself durable; a failure here no longer endangers either file.
        let directoryDescriptor = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
        return sink.byteCount
    }

    /// The file `path` names: its symbolic links (of the file and its folders) resolved, `.`
    /// and `..` removed; for a file that does not exist yet, its resolved folder and its name.
    /// Two paths name the same file when their resolved paths are equal.
    ///
    /// - Complexity: O(n) in the path's length and the links followed.
    public static func resolvedPath(_ path: String) -> String {
        if let whole = SourceFileReader.resolved(path) { return whole }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        // A dangling link: replace the file it would point to, as `cp` and shells do.
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: absolute) {
            let base = (absolute as NSString).deletingLastPathComponent
            return resolvedPath(link.hasPrefix("/") ? link : base + "/" + link)
        }
        let standard = (absolute as NSString).standardizingPath
        let name = (standard as NSString).lastPathComponent
        let folder = (standard as NSString).deletingLastPathComponent
        guard let resolvedFolder = SourceFileReader.resolved(folder) else { return standard }
        return (resolvedFolder as NSString).appendingPathComponent(name)
    }

    /// Writes into a device, FIFO or socket as it is, without a temporary file.
    private static func writeThrough(to target: String, named path: String,
                                     _ send: (Int32) -> TextSink) throws(OutputFileError) -> Int {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: systemReason()) }
        let sink = send(descriptor)
        guard sink.failure == nil else {
            let reason = systemReason()
            close(descriptor)
            throw OutputFileError(path: path, reason: reason)
        }
        close(descriptor)
        return sink.byteCount
    }

    private static func systemReason() -> String {
        switch errno {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EACCES, EPERM, EROFS: return "permission denied (the directory is not writable)"
        default: return String(cString: strerror(errno))
        }
    }
}
