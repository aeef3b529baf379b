import Foundation
import Testing
@testable import stakegraph

/// The completion scripts `make install` writes come from the binary itself
/// (`--generate-completion-script`); each names every subcommand and is valid for its shell.
@Suite struct CompletionScriptTests {
    static let markers = [("bash", "complete -o filenames -F _stakegraph stakegraph"),
                          ("zsh", "#compdef stakegraph"),
                          ("fish", "complete -c 'stakegraph' -f")]

    @Test(arguments: markers)
    func eachShellGetsAScriptNamingEverySubcommand(shell: String, marker: String) throws {
        let outcome = try StakegraphRunner.run(["--generate-completion-script", shell])
        #expect(outcome.status == 0 && outcome.stderr.isEmpty, "\(outcome.stderr)")
        #expect(outcome.stdout.contains(marker))
        for command in Stakegraph.configuration.subcommands.map({ $0.configuration.commandName ?? "" }) {
            #expect(!command.isEmpty && outcome.stdout.contains(command), "\(shell) lacks \(command)")
        }
        #expect(outcome.stdout.contains("--skip-invalid") || outcome.stdout.contains("skip-invalid"), "options too")
    }

    /// The shell parses the script without running it (`-n`), where that shell is installed.
    @Test(arguments: markers.map(\.0))
    func theScriptParsesInItsShell(shell: String) throws {
        guard let path = ["/usr/bin/\(shell)", "/bin/\(shell)"].first(where: FileManager.default.isExecutableFile) else { return }
        let script = try StakegraphRunner.run(["--generate-completion-script", shell]).stdout
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("stakegraph-completion-\(UUID().uuidString)")
        try Data(script.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["-n", file.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(shell) -n rejects the script")
    }

    @Test func anUnknownShellIsAUsageError() throws {
        let outcome = try StakegraphRunner.run(["--generate-completion-script", "powershell"])
        #expect(outcome.status == 64, "\(outcome.stderr)")
    }
}
