#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The temporary files `AtomicFile` is writing, removed when SIGINT or SIGTERM ends the process.
///
/// A signal handler may only call async-signal-safe functions, so the paths are kept as C
/// strings in a fixed table the handler walks with `unlink`; it then restores the signal's
/// default action and raises it again, so the process still ends as the signal says (exit
/// status 128 + n in a shell). A signal the process ignored (`nohup`) stays ignored.
enum TemporaryFileRegistry {
    /// More than the files any command writes at once.
    static let capacity = 16

    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()

    /// Installs the handlers, once.
    nonisolated(unsafe) static let installed: Bool = {
        for signalNumber in [SIGINT, SIGTERM] {
            let previous = signal(signalNumber, removeTemporaryFilesAndRaise)
            // SIG_IGN is the handler with address 1.
            if let previous, unsafeBitCast(previous, to: Int.self) == 1 { signal(signalNumber, previous) }
        }
        return true
    }()

    /// Registers `path` (before the file is created); false when the table is full.
    @discardableResult
    static func register(_ path: String) -> Bool {
        _ = installed
        for index in 0..<capacity where slots[index] == nil {
            slots[index] = strdup(path)
            return true
        }
        return false
    }

    /// Forgets `path` (after it was renamed or removed).
    static func unregister(_ path: String) {
        for index in 0..<capacity {
            guard let entry = slots[index], strcmp(entry, path) == 0 else { continue }
            slots[index] = nil
            free(entry)
            return
        }
    }
}

/// The handler: unlink every registered path, then die of the signal.
private func removeTemporaryFilesAndRaise(_ signalNumber: Int32) {
    for index in 0..<TemporaryFileRegistry.capacity {
        if let entry = TemporaryFileRegistry.slots[index] { unlink(entry) }
    }
    signal(signalNumber, nil)  // SIG_DFL
    raise(signalNumber)
}
