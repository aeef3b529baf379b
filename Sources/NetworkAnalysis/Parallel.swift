#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Running per-source work (one breadth-first search per vertex) and per-block work on every
/// core, with results that do not depend on the number of threads.
///
/// The work is spread with `DispatchQueue.concurrentPerform`, one iteration per worker; each
/// worker takes a fixed, interleaved share of the items (worker w takes w, w + workers, …), so
/// which worker handles an item never depends on timing. Per-source sums go to one accumulator
/// per worker and are added in worker order at the end; per-block work writes disjoint memory.
enum Parallel {
    /// The number of online processors, at least 1.
    ///
    /// - Complexity: O(1); asks the system (`sysconf(_SC_NPROCESSORS_ONLN)`) each time.
    static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    /// Returns the sum, over every source in `0..<count`, of what `body` adds for that source.
    ///
    /// Calls `body(&scratch, source, accumulator)` for every source, worker w taking sources
    /// w, w + workers, w + 2·workers … (interleaved, so that expensive and cheap sources spread
    /// evenly). Each worker gets its own `scratch` and its own `accumulator` of `width` zeros to
    /// add into, and the accumulators are summed in worker order at the end: the result is the
    /// same for any number of workers up to floating-point rounding of that final sum (≲ 1e-15
    /// relative). With one worker everything runs on the calling thread.
    ///
    /// - Parameters:
    ///   - count: The number of sources; the sources are `0..<count`.
    ///   - width: The length of the result and of every worker's accumulator.
    ///   - requested: The number of workers wanted; values below 1 mean 1, and more workers than
    ///     sources are not started.
    ///   - makeScratch: Makes one worker's private buffers; called once per worker, on the
    ///     calling thread, before any work starts.
    ///   - body: The work for one source: given the worker's scratch, the source, and the
    ///     worker's accumulator to add into. Runs concurrently on several threads, so it may
    ///     write only its scratch and accumulator, and read only what no one writes meanwhile.
    /// - Returns: The `width` element-wise sums of the accumulators.
    ///
    /// - Complexity: The cost of the `count` calls to `body`, divided over the workers, plus
    ///   O(workers · width) time and memory for the accumulators.
    static func sumOverSources<Scratch>(count: Int, width: Int, workers requested: Int,
                                        scratch makeScratch: () -> Scratch,
                                        body: (inout Scratch, Int, UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        let workers = max(1, min(requested, count))
        let accumulators = UnsafeMutableBufferPointer<Double>.allocate(capacity: workers * width)
        accumulators.initialize(repeating: 0)
        defer { accumulators.deallocate() }
        var scratches = (0..<workers).map { _ in makeScratch() }
        scratches.withUnsafeMutableBufferPointer { scratchBuffer in
            let scratchBase = scratchBuffer.baseAddress!
            withoutActuallyEscaping(body) { body in
                let work = { (worker: Int) in
                    let accumulator = UnsafeMutableBufferPointer(rebasing: accumulators[(worker * width)..<((worker + 1) * width)])
                    for source in stride(from: worker, to: count, by: workers) {
                        body(&scratchBase[worker], source, accumulator)
                    }
                }
                if workers == 1 {
                    work(0)
                } else {
                    // Each worker touches only its own scratch and accumulator, and `body` reads
                    // the network, which no one writes meanwhile: safe to share across threads.
                    let shared = UncheckedSendable(work)
                    DispatchQueue.concurrentPerform(iterations: workers) { shared.value($0) }
                }
            }
        }
        var result = [Double](repeating: 0, count: width)
        for worker in 0..<workers {
            for index in 0..<width { result[index] += accumulators[worker * width + index] }
        }
        return result
    }
}

extension Parallel {
    /// Calls `body(block)` for every block of `partition`, spread over `workers` threads
    /// (worker w takes blocks w, w + workers, …). `body` must write only what belongs to its block.
    ///
    /// With one worker (or one block) the blocks run in order on the calling thread.
    ///
    /// - Parameters:
    ///   - partition: The blocks, `0..<partition.blocks`.
    ///   - requested: The number of workers wanted; values below 1 mean 1, and more workers than
    ///     blocks are not started.
    ///   - body: The work for one block. Runs concurrently on several threads, so it may write
    ///     only memory that belongs to its block, and read only what no one writes meanwhile.
    ///
    /// - Complexity: The cost of the calls to `body`, divided over the workers.
    static func forEachBlock(_ partition: BlockPartition, workers requested: Int, body: (Int) -> Void) {
        let blocks = partition.blocks
        let workers = max(1, min(requested, blocks))
        if workers == 1 {
            for block in 0..<blocks { body(block) }
            return
        }
        withoutActuallyEscaping(body) { body in
            // Blocks are disjoint, so the workers never write the same memory.
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                for block in stride(from: worker, to: blocks, by: workers) { shared.value(block) }
            }
        }
    }
}

/// A value handed to other threads under a safety argument the compiler cannot check; each use
/// says why it is safe.
struct UncheckedSendable<Value>: @unchecked Sendable {
    /// The wrapped value.
    let value: Value
    /// Wraps `value`.
    ///
    /// - Parameter value: The value to hand to other threads.
    init(_ value: Value) { self.value = value }
}
