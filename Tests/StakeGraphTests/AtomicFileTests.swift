import Foundation
import Testing
@testable import StakeGraph

@Suite struct AtomicFileTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func replacesTheFileWholeAndKeepsItsPermissions() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.svg").path
        try AtomicFile.write(Array("first".utf8), to: path)
        #expect(chmod(path, 0o600) == 0)
        try AtomicFile.write(Array("second".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.svg"])
    }

    @Test func createsMissingFolders() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("a/b/out.txt").path
        try AtomicFile.write([0x41], to: path)
        #expect(FileManager.default.contents(atPath: path) == Data([0x41]))
    }

    @Test func aFailureLeavesEverythingAsItWas() throws {
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("file")
        try Data("kept".utf8).write(to: file)
        let folder = directory.appendingPathComponent("folder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)

        #expect(throws: OutputFileError.self) { try AtomicFile.write([1], to: folder.path) }
        #expect(throws: OutputFileError.self) { try AtomicFile.write([1], to: file.appendingPathComponent("inside").path) }
        #expect(throws: OutputFileError.self) { try AtomicFile.write([1], to: "/proc/stakegraph-cannot-write-here") }
        #expect(try String(contentsOf: file, encoding: .utf8) == "kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["file", "folder"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
