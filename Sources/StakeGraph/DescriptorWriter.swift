#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes all of a buffer to a file descriptor, as POSIX `write` does piece by piece; used by
/// `AtomicFile` and by the command line's stdout and stderr.
public enum DescriptorWriter {
    /// Whether every byte was written; on false, `errno` says why.
    ///
    /// - Complexity: O(n) in the bytes.
    @discardableResult
    public static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Bool {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + written, buffer.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            written += count
        }
        return true
    }

    /// Puts `/dev/null`, opened for reading only, on stdout and stderr when they are closed.
    /// A file opened later would otherwise get descriptor 1 or 2 and receive the output meant
    /// for the terminal; this way writes to a closed stream still fail (EBADF), as they should.
    public static func reserveClosedStandardStreams() {
        for descriptor: Int32 in [1, 2] where fcntl(descriptor, F_GETFD) < 0 && errno == EBADF {
            let placeholder = open("/dev/null", O_RDONLY)
            if placeholder >= 0 && placeholder != descriptor {
                dup2(placeholder, descriptor)
                close(placeholder)
            }
        }
    }

    /// POSIX `write`, which the static `writeAll` would otherwise hide in a nested scope.
    private static func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.write(descriptor, bytes, count)
        #else
        return Darwin.write(descriptor, bytes, count)
        #endif
    }
}
