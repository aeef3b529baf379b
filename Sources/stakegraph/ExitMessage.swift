import ArgumentParser
import StakeGraph

/// The one table that turns every error into what the user reads and the exit code DESIGN.md
/// fixes (after swift-argument-parser's `MessageInfo`): 1 nothing found, 64 usage, 65 invalid
/// data, 66 unreadable input, 70 rendering or writing failed, 74 stdout or stderr cannot be
/// written (`Terminal` exits with it). Domain errors say what is wrong in the graph's terms;
/// here the command line adds which flags would help. Errors of ArgumentParser itself
/// (including `--help`) are left to it.
struct ExitMessage {
    /// What to print on stderr (empty: nothing), without the "stakegraph:" prefix.
    var text: String
    var code: Int32
    /// The code for a standard stream that cannot be written (EX_IOERR), which `Terminal`
    /// exits with.
    static let ioErrorCode: Int32 = 74

    /// Lines printed before the message (a file's diagnostics).
    var details: [String] = []

    /// Whether ArgumentParser raised `error` (a usage error, `--help`, `--version` …): those are
    /// its to report, through `Stakegraph.exit(withError:)`.
    static func isArgumentParsers(_ error: Error) -> Bool {
        String(reflecting: type(of: error)).hasPrefix("ArgumentParser.")
    }

    /// nil for ArgumentParser's own errors.
    init?(_ error: Error) {
        if Self.isArgumentParsers(error) { return nil }
        switch error {
        case let failure as CommandFailure:
            let codes: [CommandFailure.Kind: Int32] = [.nothingFound: 1, .usage: 64, .invalidData: 65, .unreadable: 66]
            self.init(text: failure.message, code: codes[failure.kind]!)
        case let error as GraphFileError:
            switch error.kind {
            case .unreadable: self.init(text: error.description, code: 66)
            case .misused: self.init(text: error.description, code: 64)
            case .refused: self.init(text: "\(error.path) is not a valid graph (1 error)", code: 65, details: [error.diagnostic.description])
            }
        case let error as InvalidGraphError:
            let errors = error.diagnostics.sorted.filter { $0.severity == .error }
            self.init(text: "\(error.description); fix \(errors.count == 1 ? "it" : "them") and run 'stakegraph validate \(error.path)'",
                      code: 65, details: errors.map(\.description))
        case let error as ActorLookupError: self.init(text: error.description, code: 64)
        case let error as SelectionError: self.init(text: error.description, code: 64)
        case let error as IssueChoiceError:
            switch error {
            case .several(let ids):
                self.init(text: "the graph has \(ids.count) issues; choose one with --issue (\(ids.joined(separator: ", ")))", code: 64)
            default: self.init(text: error.description, code: 64)
            }
        case let error as DiagramError:
            switch error {
            case .noPath, .noStances: self.init(text: error.description, code: 1)
            case .tooLarge: self.init(text: error.description + ": --focus ACTOR --depth 1, --relation TYPE, --polarity, --as-of DATE", code: 70)
            case .graphviz: self.init(text: error.description, code: 70)
            }
        case let error as AnalysisError:
            self.init(text: "\(error.description); choose another measure or selection", code: 1)
        case let error as OutputFileError: self.init(text: error.description, code: 70)
        case let error as ImportDefect: self.init(text: error.description, code: 70)
        default:
            // Not a failure any command expects: a defect, never "nothing found".
            self.init(text: "internal error: \(error) (a stakegraph defect; please report it)", code: 70)
        }
    }

    private init(text: String, code: Int32, details: [String] = []) {
        self.text = text
        self.code = code
        self.details = details
    }

    /// The lines to print: the details, then the message with its prefix ("stakegraph:" for
    /// nothing found, "stakegraph: error:" otherwise).
    var lines: [String] {
        details + (text.isEmpty ? [] : [code == 1 ? "stakegraph: \(text)" : "stakegraph: error: \(text)"])
    }
}
