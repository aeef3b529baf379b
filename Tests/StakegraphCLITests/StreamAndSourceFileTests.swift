import Foundation
import Testing

/// Standard streams that cannot be written, and source files that must not be read (outside the
/// sources folder, not regular, too large), through the real binary.
@Suite struct StreamAndSourceFileTests {
    static var binary: String { "'\(StakegraphRunner.binary.path)'" }
    static var mini: String { "'\(StakegraphRunner.fixture("mini.yaml"))'" }

    @Test func aClosedStdoutExits74WithOneLine() throws {
        let outcome = try StakegraphRunner.runShell("\(Self.binary) actors -g \(Self.mini) >&-")
        #expect(outcome.status == 74)
        #expect(outcome.stderr == "stakegraph: error: cannot write to standard output: Bad file descriptor\n", "\(outcome.stderr)")
    }

    @Test func aFullStdoutExits74() throws {
        let outcome = try StakegraphRunner.runShell("\(Self.binary) actors -g \(Self.mini) > /dev/full")
        #expect(outcome.status == 74)
        #expect(outcome.stderr == "stakegraph: error: cannot write to standard output: No space left on device\n", "\(outcome.stderr)")
    }

    @Test func aClosedStderrExits74WithoutACrash() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("actors: [".utf8).write(to: directory.appendingPathComponent("bad.yaml"))
        let invalid = try StakegraphRunner.runShell("\(Self.binary) validate bad.yaml 2>&-", in: directory)
        #expect(invalid.status == 74)
        // The file is written, then the "wrote" line cannot be: still 74, and the file is whole.
        let exported = try StakegraphRunner.runShell("\(Self.binary) export -g \(Self.mini) -o f.json 2>&-", in: directory)
        #expect(exported.status == 74)
        #expect(try String(contentsOf: directory.appendingPathComponent("f.json"), encoding: .utf8).hasSuffix("}\n"))
    }

    /// A folder `sources` beside a graph whose one source names `file`, and a secret beside it
    /// holding the quote, so a content oracle would answer "found".
    static func graph(naming file: String) throws -> URL {
        let directory = try StakegraphRunner.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("sources"), withIntermediateDirectories: false)
        try Data("root:x:0:0:State A has banned Acme since 2012.\n".utf8).write(to: directory.appendingPathComponent("secret.txt"))
        let text = try String(contentsOfFile: StakegraphRunner.fixture("mini.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "file: paper.txt", with: "file: \(file)")
        try Data(text.utf8).write(to: directory.appendingPathComponent("g.yaml"))
        return directory
    }

    @Test func aSourceFileOutsideTheFolderIsRefusedWithoutItsContent() throws {
        let directory = try Self.graph(naming: "../secret.txt")
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["validate", "g.yaml", "--sources", "sources"], in: directory)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("g.yaml:10:11: error: source file '../secret.txt' of source 'paper' lies outside sources; a source's file must be inside the sources folder"), "\(outcome.stderr)")
        #expect(!outcome.stderr.contains("root:x"))
        let listed = try StakegraphRunner.run(["sources", "-g", "g.yaml", "--sources", "sources"], in: directory)
        #expect(listed.stderr.contains("lies outside sources"), "\(listed.stderr)")
    }

    @Test func aSymbolicLinkOutOfTheFolderIsRefused() throws {
        let directory = try Self.graph(naming: "paper.txt")
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("sources/paper.txt").path,
                                                   withDestinationPath: "../secret.txt")
        let outcome = try StakegraphRunner.run(["validate", "g.yaml", "--sources", "sources"], in: directory)
        #expect(outcome.status == 65)
        #expect(outcome.stderr.contains("source file 'paper.txt' of source 'paper' lies outside sources"), "\(outcome.stderr)")
    }

    @Test func aFIFOOrAnOversizedFileIsNotRead() throws {
        let directory = try Self.graph(naming: "paper.txt")
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent("sources/paper.txt").path
        #expect(mkfifo(source, 0o644) == 0)
        let fifo = try StakegraphRunner.run(["validate", "g.yaml", "--sources", "sources"], in: directory)
        #expect(fifo.status == 65)
        #expect(fifo.stderr.contains("source file 'paper.txt' of source 'paper' is not a regular file"), "\(fifo.stderr)")
        try FileManager.default.removeItem(atPath: source)
        #expect(FileManager.default.createFile(atPath: source, contents: nil))
        let handle = try #require(FileHandle(forWritingAtPath: source))
        try handle.truncate(atOffset: 17 * 1_048_576)  // sparse
        try handle.close()
        let large = try StakegraphRunner.run(["validate", "g.yaml", "--sources", "sources"], in: directory)
        #expect(large.status == 65)
        #expect(large.stderr.contains("is larger than 16 MB (17825792 bytes)"), "\(large.stderr)")
    }
}
