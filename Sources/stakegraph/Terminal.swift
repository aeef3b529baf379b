import Foundation
import StakeGraph

/// Writing to the terminal's two streams: results to stdout, messages to stderr.
///
/// Text (tables, cards, messages, diagnostics) goes out with its control characters escaped
/// (`String.terminalSafe`); data (CSV, JSON, YAML, exports) goes out exactly as given.
///
/// A stream that cannot be written (closed, `/dev/full`, a disk that filled up) ends the process
/// with exit code 74 (EX_IOERR) and one line on stderr, if stderr still takes it; the results
/// would otherwise be lost without a word. A closed pipe still ends it with SIGPIPE, as
/// `head` and `grep -q` expect.
enum Terminal {
    /// A message on stderr, its control characters escaped, ended with a line break.
    static func error(_ text: String) {
        send(Array((text.terminalSafe + "\n").utf8), to: 2, named: "standard error")
    }

    /// Writes data (CSV, JSON, YAML) to stdout exactly as given.
    static func write(_ text: String) { write(Array(text.utf8)) }

    /// Writes `bytes` to stdout exactly as given.
    static func write(_ bytes: [UInt8]) { send(bytes, to: 1, named: "standard output") }

    /// Writes data to stdout as `produce` makes it, a chunk at a time (`TextSink`), exactly as
    /// given; a stream that cannot be written ends the process as `write` does.
    static func stream(_ produce: (inout TextSink) -> Void) {
        var sink = TextSink(descriptor: 1)
        produce(&sink)
        sink.flush()
        guard let failure = sink.failure else { return }
        DescriptorWriter.writeAll(Array("stakegraph: error: cannot write to standard output: \(String(cString: strerror(failure)))\n".utf8), to: 2)
        Foundation.exit(ExitMessage.ioErrorCode)
    }

    /// Writes text to stdout, its control characters escaped, ending it with a line break.
    static func output(_ text: String) {
        let safe = text.terminalSafe
        write(safe.hasSuffix("\n") ? safe : safe + "\n")
    }

    /// A note on stderr: something the user should know that is not an error.
    static func note(_ text: String) { error("stakegraph: note: \(text)") }

    private static func send(_ bytes: [UInt8], to descriptor: Int32, named stream: String) {
        guard !DescriptorWriter.writeAll(bytes, to: descriptor) else { return }
        let reason = String(cString: strerror(errno))
        if descriptor != 2 {
            DescriptorWriter.writeAll(Array("stakegraph: error: cannot write to \(stream): \(reason)\n".utf8), to: 2)
        }
        Foundation.exit(ExitMessage.ioErrorCode)
    }
}
