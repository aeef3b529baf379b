import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checks every file stakegraph reads passes before it is opened, so that each reader says
/// the same thing: the name is UTF-8 (the command line reads names as UTF-8, so one that is not
/// arrives with U+FFFD in it and would be looked for under another name), the file exists, and
/// it is a regular file (a device, a pipe or a socket would be read for ever or not at all;
/// `stat` follows links).
enum InputFilePath {
    /// - Parameter what: what the file should be, for the messages ("a graph file").
    /// - Throws: `GraphFileError` (unreadable: exit 66) naming the first check that fails.
    static func check(_ path: String, what: String) throws(GraphFileError) {
        if path.contains("\u{FFFD}") {
            throw GraphFileError(path: path, reason: "the file name is not UTF-8 (stakegraph reads UTF-8 names only); rename the file")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw GraphFileError(path: path, reason: "no such file")
        }
        if isDirectory.boolValue { throw GraphFileError(path: path, reason: "is a directory, not \(what)") }
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw GraphFileError(path: path, reason: "is not a regular file (a device, a pipe or a socket); name \(what)")
        }
    }
}
