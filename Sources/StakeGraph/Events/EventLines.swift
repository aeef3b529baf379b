import Foundation

/// The lines of an event file, read in blocks so that a file of any size streams through a
/// fixed buffer; each line is handed over without its `\n` (or `\r\n`), numbered from 1.
enum EventLines {
    /// How much is read at a time.
    static let blockSize = 4 << 20

    /// Calls `body` with each line of the file at `path` until it returns false.
    ///
    /// - Throws: `GraphFileError` when the file cannot be opened or read.
    /// - Complexity: O(n) in the file's bytes; memory O(block + longest line).
    static func forEach(path: String, _ body: (Int, UnsafeBufferPointer<UInt8>) -> Bool) throws(GraphFileError) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw GraphFileError(path: path, reason: errno == EACCES ? "cannot be read: permission denied" : "cannot be read")
        }
        defer { close(descriptor) }
        var pending: [UInt8] = []
        var block = [UInt8](repeating: 0, count: blockSize)
        var line = 0
        var stopped = false
        while !stopped {
            let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, blockSize) }
            if count < 0 { throw GraphFileError(path: path, reason: "cannot be read (\(String(cString: strerror(errno))))") }
            if count == 0 { break }
            block.withUnsafeBufferPointer { buffer in
                let filled = UnsafeBufferPointer(rebasing: buffer[0..<count])
                var start = 0
                while !stopped, let end = filled[start...].firstIndex(of: 0x0A) {
                    line += 1
                    if pending.isEmpty {
                        stopped = !emit(UnsafeBufferPointer(rebasing: filled[start..<end]), line, body)
                    } else {
                        pending.append(contentsOf: filled[start..<end])
                        stopped = !pending.withUnsafeBufferPointer { emit($0, line, body) }
                        pending.removeAll(keepingCapacity: true)
                    }
                    start = end + 1
                }
                if !stopped { pending.append(contentsOf: filled[start...]) }
            }
        }
        if !stopped, !pending.isEmpty {
            line += 1
            _ = pending.withUnsafeBufferPointer { emit($0, line, body) }
        }
    }

    /// Calls `body` with each line of `bytes` until it returns false.
    static func forEach(bytes: [UInt8], _ body: (Int, UnsafeBufferPointer<UInt8>) -> Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var line = 0
            while start < buffer.count {
                let end = buffer[start...].firstIndex(of: 0x0A) ?? buffer.count
                line += 1
                if !emit(UnsafeBufferPointer(rebasing: buffer[start..<end]), line, body) { return }
                start = end + 1
            }
        }
    }

    /// The line without a trailing carriage return.
    private static func emit(_ line: UnsafeBufferPointer<UInt8>, _ number: Int,
                             _ body: (Int, UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        if let last = line.last, last == 0x0D { return body(number, UnsafeBufferPointer(rebasing: line.dropLast())) }
        return body(number, line)
    }
}

/// One line split at tabs: the byte range of each field, to read only the fields needed.
struct TabFields {
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []
    private(set) var line: UnsafeBufferPointer<UInt8> = UnsafeBufferPointer(start: nil, count: 0)

    var count: Int { starts.count }

    /// Splits `line`, reusing the arrays of the previous line.
    mutating func split(_ line: UnsafeBufferPointer<UInt8>) {
        self.line = line
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        var start = 0
        for index in 0..<line.count where line[index] == 0x09 {
            starts.append(start)
            ends.append(index)
            start = index + 1
        }
        starts.append(start)
        ends.append(line.count)
    }

    /// The 1-based column where field `index` starts (bytes; the event formats are ASCII
    /// up to their names).
    func column(_ index: Int) -> Int { index < starts.count ? starts[index] + 1 : line.count + 1 }

    /// Field `index` with spaces trimmed and inner runs of spaces made one (GDELT pads place
    /// names); nil when empty, absent or the literal `NA` (ICEWS's missing value).
    func value(_ index: Int) -> String? {
        guard index < starts.count else { return nil }
        var start = starts[index], end = ends[index]
        while start < end, line[start] == 0x20 { start += 1 }
        while end > start, line[end - 1] == 0x20 { end -= 1 }
        if start == end { return nil }
        let bytes = UnsafeBufferPointer(rebasing: line[start..<end])
        if bytes.count == 2, bytes[0] == 0x4E, bytes[1] == 0x41 { return nil }
        guard bytes.contains(where: { $0 == 0x20 }) else { return String(decoding: bytes, as: UTF8.self) }
        var squeezed: [UInt8] = []
        squeezed.reserveCapacity(bytes.count)
        for byte in bytes where !(byte == 0x20 && squeezed.last == 0x20) { squeezed.append(byte) }
        return String(decoding: squeezed, as: UTF8.self)
    }

    /// Whether the line's bytes are UTF-8; otherwise the 1-based column of the first bad byte.
    func invalidUTF8Column() -> Int? {
        guard line.contains(where: { $0 >= 0x80 }) else { return nil }
        if String(validating: line, as: UTF8.self) != nil { return nil }
        return TextEncoding.firstInvalidUTF8(in: Array(line))?.column ?? 1
    }
}
