import Foundation
import Testing

/// What `-o` does with what the path names (a device, FIFO, symbolic link, directory, a file of
/// another owner or mode), the umask, signals during a write, and one file named twice, through
/// the real binary. The tests run as root here, so they build devices and owners in a
/// temporary directory, never in /dev.
@Suite struct OutputFileSafetyCommandTests {
    static func mode(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    static func leftovers(in directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
    }

    @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("pipe.json").path
        #expect(mkfifo(fifo, 0o644) == 0)
        // A reader first, so the writer's open does not wait; the mini graph fits the pipe's buffer.
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        let outcome = try StakegraphRunner.run(["export", "-g", StakegraphRunner.fixture("mini.yaml"), "--format", "json", "-o", fifo])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        var buffer = [UInt8](repeating: 0, count: 65_536)
        let count = read(reader, &buffer, buffer.count)
        #expect(String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self).contains("\"acme\""))
        #expect(Self.isFIFO(fifo))
        #expect(try Self.leftovers(in: directory).isEmpty)
    }

    static func isFIFO(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO
    }

    @Test func aCharacterDeviceIsWrittenThroughAndStaysADevice() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let device = directory.appendingPathComponent("null").path
        // The null device's numbers (1, 3), made here rather than touching /dev/null.
        guard mknod(device, S_IFCHR | 0o666, dev_t((1 << 8) | 3)) == 0 else { return }  // not root: nothing to test
        let outcome = try StakegraphRunner.run(["export", "-g", StakegraphRunner.fixture("mini.yaml"), "-o", device, "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        var status = stat()
        #expect(lstat(device, &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
        #expect(try Self.leftovers(in: directory).isEmpty)
    }

    @Test func aSymbolicLinkIsFollowedAndItsFileReplacedKeepingItsMode() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let real = directory.appendingPathComponent("real.json").path
        let link = directory.appendingPathComponent("link.json").path
        #expect(FileManager.default.createFile(atPath: real, contents: Data("old".utf8), attributes: [.posixPermissions: 0o640]))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real.json")
        let outcome = try StakegraphRunner.run(["export", "-g", StakegraphRunner.fixture("mini.yaml"), "-o", link])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "real.json")
        #expect(try String(contentsOfFile: real, encoding: .utf8).contains("\"acme\""))
        #expect(Self.mode(of: real) == 0o640)
    }

    @Test func aDirectoryIsRefusedWith70() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("out.json"), withIntermediateDirectories: false)
        let outcome = try StakegraphRunner.run(["export", "-g", StakegraphRunner.fixture("mini.yaml"), "-o", "out.json"], in: directory)
        #expect(outcome.status == 70)
        #expect(outcome.stderr.contains("stakegraph: error: cannot write out.json: it is a directory"), "\(outcome.stderr)")
    }

    @Test func aNewFileFollowsTheUmask() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let command = "umask 027; exec '\(StakegraphRunner.binary.path)' export -g '\(StakegraphRunner.fixture("mini.yaml"))' -o new.json"
        let outcome = try StakegraphRunner.runShell(command, in: directory)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Self.mode(of: directory.appendingPathComponent("new.json").path) == 0o640)
    }

    @Test func aReplacedFileLosesSetuidAndKeepsItsOwner() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("old".utf8)))
        #expect(chmod(path, 0o4750) == 0)
        let ownerChanged = geteuid() == 0 && chown(path, 1234, 1234) == 0
        let outcome = try StakegraphRunner.run(["export", "-g", StakegraphRunner.fixture("mini.yaml"), "-o", path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Self.mode(of: path) == 0o750)
        if ownerChanged {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            #expect(attributes[.ownerAccountID] as? Int == 1234)
            #expect(attributes[.groupOwnerAccountID] as? Int == 1234)
        }
    }

    @Test func oneFileNamedTwiceIsAUsageError() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.run(["export", "-g", StakegraphRunner.fixture("mini.yaml"),
                                                "-o", "s.csv", "--actors-out", "./sub/../s.csv"], in: directory)
        #expect(outcome.status == 64)
        #expect(outcome.stderr.contains("-o s.csv and --actors-out ./sub/../s.csv name the same file"), "\(outcome.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("s.csv").path))
        let distinct = try StakegraphRunner.run(["export", "-g", StakegraphRunner.fixture("mini.yaml"),
                                                 "-o", "s.csv", "--actors-out", "a.csv", "--sources-out", "o.csv"], in: directory)
        #expect(distinct.status == 0, "\(distinct.stderr)")
    }

    /// Every command that writes a file refuses an output naming one of its inputs (which it would
    /// overwrite) before it reads anything; the input is left as it was.
    @Test func anOutputNamingAnInputIsRefused() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sheet = directory.appendingPathComponent("edges.csv")
        try Data("from,to,type\nacme,beta,bans\n".utf8).write(to: sheet)
        let graph = directory.appendingPathComponent("g.yaml")
        try Data(try String(contentsOfFile: StakegraphRunner.fixture("mini.yaml"), encoding: .utf8).utf8).write(to: graph)
        let original = try Data(contentsOf: graph)
        let cases: [([String], String)] = [
            (["import", "edges.csv", "-o", "./edges.csv"], "-o ./edges.csv names the file being imported"),
            (["render", "g.yaml", "-o", "g.yaml"], "-o g.yaml names the graph file"),
            (["suggest", "-g", "g.yaml", "--sources", directory.path, "-o", "g.yaml"], "-o g.yaml names the graph file"),
        ]
        for (arguments, message) in cases {
            let outcome = try StakegraphRunner.run(arguments, in: directory)
            #expect(outcome.status == 64, "\(arguments): \(outcome.stderr)")
            #expect(outcome.stderr.contains(message), "\(arguments): \(outcome.stderr)")
        }
        #expect(try Data(contentsOf: graph) == original)
        #expect(try String(contentsOf: sheet, encoding: .utf8) == "from,to,type\nacme,beta,bans\n")
    }

    /// `-o` with a name that is not UTF-8 would write a file called with U+FFFD instead: refused.
    @Test func anOutputNameThatIsNotUTF8IsRefused() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let outcome = try StakegraphRunner.runShell("exec '\(StakegraphRunner.binary.path)' export -g '\(StakegraphRunner.fixture("mini.yaml"))' --format json -o \"$(printf 'out\\377.json')\"", in: directory)
        #expect(outcome.status == 64, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("the file name is not UTF-8 (stakegraph writes UTF-8 names only)"), "\(outcome.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty, "no file written")
    }

    /// A graph large enough that writing its export takes a while: `actors` actors in a chain.
    static func largeGraph(actors: Int) -> String {
        var text = "graph:\n  id: large\nactors:\n"
        for index in 0..<actors { text += "  - {id: a\(index), name: Actor number \(index) with a long name, kind: firm}\n" }
        text += "relations:\n"
        for index in 1..<actors { text += "  - {from: a\(index - 1), to: a\(index), type: bans}\n" }
        return text
    }

    #if os(Linux)
    /// Stops `export` with SIGTERM the moment its temporary file appears (inotify tells), while
    /// the 8 MB file is being written; the handler must remove it and the process die of SIGTERM.
    @Test func sigtermDuringAWriteLeavesNoTemporaryFile() throws {
        let directory = try StakegraphRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Self.largeGraph(actors: 20_000).write(to: directory.appendingPathComponent("large.yaml"), atomically: false, encoding: .utf8)
        var interrupted = 0
        for _ in 0..<3 where interrupted == 0 {
            let watch = inotify_init1(0)
            #expect(watch >= 0)
            defer { close(watch) }
            #expect(inotify_add_watch(watch, directory.path, UInt32(IN_CREATE)) >= 0)
            let process = Process()
            process.executableURL = StakegraphRunner.binary
            process.arguments = ["export", "-g", "large.yaml", "-o", "large.graphml"]
            process.currentDirectoryURL = directory
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            // The test runner's threads may block SIGTERM, and a child inherits the mask.
            var unblocked = sigset_t()
            sigemptyset(&unblocked)
            sigaddset(&unblocked, SIGTERM)
            pthread_sigmask(SIG_UNBLOCK, &unblocked, nil)
            try process.run()
            // The one file the export creates in the directory is its temporary file.
            // A minute at most, so a failing export cannot hang the suite.
            var waiting = [pollfd(fd: watch, events: Int16(POLLIN), revents: 0)]
            #expect(poll(&waiting, 1, 60_000) == 1, "no temporary file appeared")
            kill(process.processIdentifier, SIGTERM)
            process.waitUntilExit()
            if process.terminationReason == .uncaughtSignal {
                #expect(process.terminationStatus == SIGTERM)
                interrupted += 1
            }
            #expect(try Self.leftovers(in: directory).isEmpty)
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("large.graphml"))
        }
        #expect(interrupted == 1, "the export always finished before SIGTERM arrived")
    }
    #endif
}
