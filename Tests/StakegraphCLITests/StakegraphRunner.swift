import Foundation

/// Runs the built `stakegraph` binary and captures what it prints and how it exits.
struct StakegraphRunner {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func fixture(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("Tests/Fixtures/\(name)").path
    }

    static var seedsDirectory: String {
        ProcessInfo.processInfo.environment["STAKEGRAPH_SEEDS"]
            ?? repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    }

    /// The binary SwiftPM built beside this test bundle (or `$STAKEGRAPH_BIN`).
    static var binary: URL {
        if let explicit = ProcessInfo.processInfo.environment["STAKEGRAPH_BIN"] { return URL(fileURLWithPath: explicit) }
        let bundle = Bundle.main.bundleURL
        for directory in [bundle, bundle.deletingLastPathComponent(), URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
            let candidate = directory.appendingPathComponent("stakegraph")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return repositoryRoot.appendingPathComponent(".build/debug/stakegraph")
    }

    /// Runs `command` through `/bin/sh -c`, for what only a shell sets up (a umask, a closed
    /// stream, a redirection to /dev/full); the command names the binary itself (`binary.path`).
    static func runShell(_ command: String, in directory: URL? = nil) throws -> Outcome {
        try run(["-c", command], in: directory, executable: URL(fileURLWithPath: "/bin/sh"))
    }

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
                    executable: URL? = nil) throws -> Outcome {
        let process = Process()
        process.executableURL = executable ?? binary
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "STAKEGRAPH_GRAPH")
        env.merge(environment) { $1 }
        process.environment = env
        process.currentDirectoryURL = directory ?? repositoryRoot
        // Files rather than pipes: nothing can block on a full pipe, however much is printed.
        let scratch = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        defer { try? out.close(); try? err.close() }
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus,
                       stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                       stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// A fresh temporary directory, removed by the caller.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
