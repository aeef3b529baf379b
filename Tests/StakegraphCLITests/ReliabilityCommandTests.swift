import Foundation
import Testing

/// Hostile files, layouts that would not end, and failures that must leave outputs as they were,
/// through the real binary.
@Suite struct ReliabilityCommandTests {
    /// Writes `files` into a fresh directory and returns it.
    static func directory(with files: [String: [UInt8]]) throws -> URL {
        let directory = try StakegraphRunner.temporaryDirectory()
        for (name, bytes) in files { try Data(bytes).write(to: directory.appendingPathComponent(name)) }
        return directory
    }

    static let hostileFiles: [(name: String, bytes: [UInt8], location: String)] = {
        var bomb = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (previous, name) in zip("abcdefghijk", "bcdefghijkl") {
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return [
            ("bomb.yaml", Array(bomb.utf8), "bomb.yaml:1:4: error: the document expands to more than 1000000 values"),
            ("deep.yaml", Array((String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)).utf8),
             "deep.yaml:1:1: error: YAML syntax: Maximum nesting level reached"),
            ("deep.json", Array((String(repeating: "{\"a\":", count: 200_000) + "1" + String(repeating: "}", count: 200_000)).utf8),
             "deep.json:1:2561: error: JSON syntax: the document nests deeper than 512 levels"),
            ("garbage.yaml", [0x00, 0xFF, 0xFE, 0x12, 0x80] + Array(repeating: 0xC3, count: 64), "garbage.yaml:1:2: error: the file is not valid UTF-8 text"),
            ("empty.yaml", [], "empty.yaml:1:1: error: the file is empty"),
            ("list.json", Array("[1, 2, 3]".utf8), "list.json:1:1: error: a graph file should be a mapping"),
        ]
    }()

    @Test func hostileGraphFilesExit65WithTheirLocation() throws {
        let directory = try Self.directory(with: Dictionary(uniqueKeysWithValues: Self.hostileFiles.map { ($0.name, $0.bytes) }))
        defer { try? FileManager.default.removeItem(at: directory) }
        for file in Self.hostileFiles {
            for command in [["validate", file.name], ["stats", "-g", file.name]] {
                let outcome = try StakegraphRunner.run(command, in: directory)
                #expect(outcome.status == 65, "\(command): \(outcome.stderr)")
                #expect(outcome.stderr.hasPrefix(file.location), "\(command): \(outcome.stderr)")
            }
        }
    }

    @Test func aFileOverTheSizeLimitExits65AtItsFirstLine() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("huge.yaml").path
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 300 * 1_048_576)  // sparse: no disk used
        try handle.close()
        let outcome = try StakegraphRunner.run(["validate", "huge.yaml"], in: directory)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.hasPrefix("huge.yaml:1:1: error: the file is 300 MiB; graph files are limited to 256 MiB"))
        let imported = try StakegraphRunner.run(["import", "huge.yaml", "-o", "out.yaml"], in: directory)
        #expect(imported.status == 65, "\(imported.stderr)")
    }

    @Test func aLayoutPastItsTimeLimitEndsWith70AndLeavesThePreviousFile() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // dot with edge labels on 200 actors and 400 relations takes minutes (137 s measured).
        try DenseGraph.yaml(actors: 200, relations: 400).write(to: directory.appendingPathComponent("dense.yaml"), atomically: true, encoding: .utf8)
        try "previous".write(to: directory.appendingPathComponent("dense.svg"), atomically: true, encoding: .utf8)
        let outcome = try StakegraphRunner.run(["render", "dense.yaml", "--engine", "dot", "--layout-timeout", "2", "-o", "dense.svg"], in: directory)
        #expect(outcome.status == 70)
        #expect(outcome.stderr.contains("stakegraph: error: Graphviz's layout did not finish within 2 s; draw less"))
        #expect(try String(contentsOf: directory.appendingPathComponent("dense.svg"), encoding: .utf8) == "previous")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["dense.svg", "dense.yaml"])
    }

    @Test func aNegativeTimeLimitIsAUsageError() throws {
        let outcome = try StakegraphRunner.run(["render", StakegraphRunner.fixture("mini.yaml"), "--layout-timeout=-1"])
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("--layout-timeout takes a number of seconds from 0 (no limit) to 604800 (a week)"))
    }

    @Test func aFailedImportOrExportLeavesThePreviousOutput() throws {
        let directory = try Self.directory(with: [
            "broken.csv": Array("from,to,type\na,\"b,bans\n".utf8),
            "out.yaml": Array("previous".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: directory) }
        let imported = try StakegraphRunner.run(["import", "broken.csv", "-o", "out.yaml"], in: directory)
        #expect(imported.status == 65)
        #expect(imported.stderr.contains("broken.csv:2:2: error: this quoted value never closes"))
        #expect(try String(contentsOf: directory.appendingPathComponent("out.yaml"), encoding: .utf8) == "previous")

        let intoDirectory = try StakegraphRunner.run(["export", "-g", StakegraphRunner.fixture("mini.yaml"), "-o", directory.path, "--format", "json"])
        #expect(intoDirectory.status == 70)
        #expect(intoDirectory.stderr == "stakegraph: error: cannot write \(directory.path): it is a directory\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["broken.csv", "out.yaml"])
    }
}

/// Graph paths that are not files: a device or a pipe is refused at once, not read for ever.
@Suite struct GraphPathKindTests {
    @Test func aDeviceOrAPipeIsNotAGraphFile() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.yaml").path
        #expect(mkfifo(fifo, 0o600) == 0)
        for path in ["/dev/null", fifo] {
            let outcome = try StakegraphRunner.run(["actors"], environment: ["STAKEGRAPH_GRAPH": path])
            #expect(outcome.status == 66)
            #expect(outcome.stderr == "stakegraph: error: \(path): is not a regular file (a device, a pipe or a socket); name a graph file\n")
        }
    }
}

/// A file name that is not UTF-8 reaches the tool with U+FFFD in it: said, not "no such file".
@Suite struct NonUTF8NameTests {
    @Test func aNameThatIsNotUTF8IsSaidToBeSo() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Create `bad\xffname.yaml` and run validate on it through the shell, which passes the raw byte.
        let script = "cd '\(directory.path)' && printf 'graph: {id: x}\\n' > \"$(printf 'bad\\377name.yaml')\" && exec '\(StakegraphRunner.binary.path)' validate \"$(printf 'bad\\377name.yaml')\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", script]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 66)
        #expect(message.contains("the file name is not UTF-8 (stakegraph reads UTF-8 names only); rename the file"), "\(message)")
    }
}
