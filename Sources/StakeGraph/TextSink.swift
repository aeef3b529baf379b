#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text written out in pieces: appended to a buffer that goes to a file descriptor each time it
/// passes `chunkSize`, so that an export of a million relations never holds its whole text
/// (issue 18: GraphML and Cypher of 1M relations peaked at 1.3–1.4 GB). Without a descriptor it
/// collects everything, for writers that return their text.
///
/// A write that fails is remembered (`failure`, the `errno` it left) and everything after it is
/// dropped, so writers need not check each piece; whoever opened the descriptor checks once.
public struct TextSink {
    /// Bytes gathered before they go out in one `write`.
    static let chunkSize = 1 << 20

    private var buffer: [UInt8] = []
    private let descriptor: Int32?
    /// How many bytes were written in all (or collected).
    public private(set) var byteCount = 0
    /// The `errno` of the first write that failed, if one did.
    public private(set) var failure: Int32?

    /// A sink that keeps everything (`collected`).
    public init() { descriptor = nil }

    /// A sink that writes to `descriptor` in chunks; `flush()` sends the rest.
    public init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.chunkSize + 4096)
    }

    /// Appends `text`'s UTF-8 bytes.
    ///
    /// - Complexity: amortised O(n) in the text.
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    /// Appends bytes as they are.
    public mutating func write(_ bytes: [UInt8]) { bytes.withUnsafeBufferPointer { write(bytes: $0) } }

    private mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
        byteCount += bytes.count
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if descriptor != nil && buffer.count >= Self.chunkSize { flush() }
    }

    /// Sends what is buffered to the descriptor (nothing for a collecting sink).
    public mutating func flush() {
        guard let descriptor, failure == nil else { return }
        if !DescriptorWriter.writeAll(buffer, to: descriptor) { failure = errno }
        buffer.removeAll(keepingCapacity: true)
    }

    /// What a collecting sink holds, as text.
    public var collected: String { String(decoding: buffer, as: UTF8.self) }
}
