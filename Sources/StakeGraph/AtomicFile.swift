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
/// renamed over it. A failure at any point (a full disk, a crash, a power cut) leaves the
/// previous file as it was, readers never see half a file, and no temporary file stays behind.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(OutputFileError) {
        let target = URL(fileURLWithPath: path)
        let directory = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw OutputFileError(path: path, reason: "it is a directory")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError(path: path, reason: "cannot create directory \(directory.path)")
        }
        // The previous file's permissions carry over; a new file gets the usual 0644 less umask.
        var status = stat()
        let mode = stat(path, &status) == 0 ? mode_t(status.st_mode & 0o7777) : 0o644
        let temporary = directory.appendingPathComponent(
            ".\(target.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw OutputFileError(path: path, reason: systemReason()) }
        func abandon(_ reason: String) -> OutputFileError {
            close(descriptor)
            unlink(temporary)
            return OutputFileError(path: path, reason: reason)
        }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw abandon(systemReason())
            }
            written += count
        }
        if fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 { throw abandon(systemReason()) }
        guard close(descriptor) == 0 else {
            unlink(temporary)
            throw OutputFileError(path: path, reason: systemReason())
        }
        if rename(temporary, path) != 0 {
            let reason = systemReason()
            unlink(temporary)
            throw OutputFileError(path: path, reason: reason)
        }
        // Make the rename itself durable; a failure here no longer endangers either file.
        let directoryDescriptor = open(directory.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryDescriptor >= 0 {
            fsync(directoryDescriptor)
            close(directoryDescriptor)
        }
    }

    /// POSIX `write`, which the static `write` above would otherwise hide.
    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
        #else
        return Darwin.write(descriptor, bytes, count)
        #endif
    }

    private static func systemReason() -> String {
        switch errno {
        case ENOSPC, EDQUOT: return "the disk is full"
        case EACCES, EPERM, EROFS: return "permission denied (the directory is not writable)"
        default: return String(cString: strerror(errno))
        }
    }
}
