import ArgumentParser
import StakeGraph

/// The paths a command writes to, checked before anything is read or written: a name that is
/// not UTF-8 is refused (the command line reads names as UTF-8, so it would arrive with U+FFFD
/// in it and a file of another name would be written), and so are two paths that name one file,
/// which would overwrite each other — or an output that names one of the command's inputs.
enum OutputPaths {
    /// - Parameter outputs: each option's name and the path it was given (nil: not given;
    ///   `-`, standard output, is never a clash).
    /// - Parameter inputs: files the command reads, by what they are ("the file being imported").
    /// - Complexity: O(n²) in the number of paths, a handful.
    static func check(_ outputs: [(option: String, path: String?)], inputs: [(what: String, path: String?)] = []) throws {
        let given = outputs.compactMap { option, path in path.flatMap { $0 == "-" ? nil : (option: option, path: $0) } }
        for (option, path) in given where path.contains("\u{FFFD}") {
            throw ValidationError("\(option) \(path): the file name is not UTF-8 (stakegraph writes UTF-8 names only); choose another name")
        }
        let resolved = given.map { (option: $0.option, path: $0.path, file: AtomicFile.resolvedPath($0.path)) }
        for (index, first) in resolved.enumerated() {
            if let second = resolved[(index + 1)...].first(where: { $0.file == first.file }) {
                throw ValidationError("\(first.option) \(first.path) and \(second.option) \(second.path) name the same file; give each its own path")
            }
            for case let (what, path?) in inputs where AtomicFile.resolvedPath(path) == first.file {
                throw ValidationError("\(first.option) \(first.path) names \(what); write to another path so that it is not overwritten")
            }
        }
    }
}
