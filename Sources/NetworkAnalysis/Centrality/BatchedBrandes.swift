/// Brandes' betweenness accumulation for 8 sources at once: one breadth-first search per batch
/// with bit-set frontiers, 32-bit shortest-path counts in SIMD lanes, and the dependencies of
/// the 8 sources accumulated together.
///
/// **Definition.** For the sources s₀ … s₇ of a batch (lane i for sᵢ), every vertex v holds
/// σ(v) as 8 `UInt32` counts (σ_{sᵢ}(v), the number of shortest sᵢ→v paths) and c(v) as 8
/// doubles, and a byte `seen[v]` whose bit i says that the search from sᵢ has found v. The
/// search is level-synchronous: the level-d list holds (v, f) pairs, f the lanes that found v at
/// distance d; pushing it along v's out-edges gives, for a successor w, the lanes
/// `m = f & ~seen[w]` that find w at distance d + 1, and σ(w) += σ(v) in exactly those lanes
/// (a masked SIMD add, the mask expanded from a 256-entry table). The dependency pass walks the
/// levels backwards and pulls, as the one-source kernel does: for (v, f) at level d,
/// δ(v) = σ(v) · Σ_{w ∈ succ(v)} c(w) over the lanes where w lies at level d + 1, then
/// c(v) = (1 + δ(v)) / σ(v) in the lanes f, and B(v) += Σ_{i ∈ f} δ_{sᵢ}(v). A vertex is visited
/// once per distinct level at which the 8 searches find it, not once per source, and the work
/// of a visit is vector arithmetic without branches on the lanes.
///
/// **Path counts and overflow.** σ is kept in 32 bits because that halves the memory the
/// search touches; NetworkX counts in doubles, which are exact up to 2⁵³. Every masked add is
/// checked (a lane's sum is below its old value exactly when it wrapped); if any lane of a
/// batch wrapped, `accumulate` returns false *before* adding anything, and the caller runs the
/// batch's sources through the one-source kernel with `Double` counts
/// (`BrandesBuffers`). Counts below 2³² are exact integers either way, so both paths give the
/// same σ; graphs whose path counts pass 2³² (a chain of 32 diamonds has 2³² paths end to end)
/// take the wide path for the batches that need it, and only those.
///
/// **Layout.** σ (32 bytes per vertex) and c (64 bytes) are aligned to 64 bytes, so a vertex's
/// lanes never straddle two cache lines; the three byte arrays (seen, next, the level-(d + 1)
/// masks) stay in L1 for networks of tens of thousands of vertices.
///
/// References:
/// - Brandes, U. (2001). A faster algorithm for betweenness centrality. *Journal of
///   Mathematical Sociology* 25(2), 163–177. doi:10.1080/0022250X.2001.9990249
/// - Then, M. et al. (2014). The more the merrier: efficient multi-source graph traversal.
///   *Proceedings of the VLDB Endowment* 8(4), 449–460. doi:10.14778/2735496.2735507
///   (the bit-set frontiers shared by several sources)
///
/// - Complexity: One batch costs O(Σ_v L(v) · deg⁺(v)) vector operations, L(v) ≤ 8 the number
///   of distinct levels at which the batch's searches find v: at worst O(n + m) per source, as
///   Brandes' algorithm, and less when the searches' levels overlap. O(n) memory (about 100
///   bytes per vertex plus 5 bytes per vertex and lane for the level lists).
final class BatchedBrandes {
    /// The number of sources per batch: the bits of a `UInt8` mask.
    static let lanes = 8
    typealias Counts = SIMD8<UInt32>
    typealias Values = SIMD8<Double>

    private let vertexCount: Int
    private let sigma: UnsafeMutablePointer<Counts>
    private let share: UnsafeMutablePointer<Values>
    private let seen: UnsafeMutablePointer<UInt8>
    private let next: UnsafeMutablePointer<UInt8>
    private let atNextLevel: UnsafeMutablePointer<UInt8>
    /// The level lists, one after the other: `listVertices[levelStarts[d]..<levelStarts[d + 1]]`
    /// are the vertices found at distance d by some lane, `listLanes` those lanes.
    private let listVertices: UnsafeMutablePointer<Int32>
    private let listLanes: UnsafeMutablePointer<UInt8>
    private var levelStarts: [Int] = []

    /// Lane i all ones where bit i of the index is set: the mask of a masked add of counts.
    private static let countMasks: [Counts] = (0..<256).map { bits in
        Counts((0..<8).map { bits >> $0 & 1 == 1 ? UInt32.max : 0 })
    }
    /// Lane i 1.0 where bit i of the index is set, else 0: a masked sum of finite values.
    private static let valueMasks: [Values] = (0..<256).map { bits in
        Values((0..<8).map { bits >> $0 & 1 == 1 ? 1.0 : 0.0 })
    }

    /// Allocates the buffers for a network of `vertexCount` vertices.
    ///
    /// - Parameter vertexCount: The number of vertices n.
    /// - Complexity: O(n) time and memory.
    init(vertexCount: Int) {
        self.vertexCount = vertexCount
        let count = max(vertexCount, 1)
        sigma = Self.allocate(count, repeating: Counts())
        share = Self.allocate(count, repeating: Values())
        seen = Self.allocate(count, repeating: 0)
        next = Self.allocate(count, repeating: 0)
        atNextLevel = Self.allocate(count, repeating: 0)
        // One spare entry: the search writes one past the list before deciding to keep it.
        listVertices = Self.allocate(count * Self.lanes + 1, repeating: 0)
        listLanes = Self.allocate(count * Self.lanes + 1, repeating: 0)
    }

    deinit {
        sigma.deallocate(); share.deallocate(); seen.deallocate(); next.deallocate()
        atNextLevel.deallocate(); listVertices.deallocate(); listLanes.deallocate()
    }

    private static func allocate<Element>(_ count: Int, repeating value: Element) -> UnsafeMutablePointer<Element> {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Element>.stride,
                                                   alignment: max(64, MemoryLayout<Element>.alignment))
        let typed = raw.bindMemory(to: Element.self, capacity: count)
        typed.initialize(repeating: value, count: count)
        return typed
    }

    /// Adds the dependencies of the sources `sources` (at most 8 consecutive vertices) on every
    /// other vertex to `scores`, unless a shortest-path count passes 2³² − 1.
    ///
    /// - Parameters:
    ///   - sources: The batch, source `sources.lowerBound + i` in lane i.
    ///   - network: The network the buffers were made for.
    ///   - scores: Where B(v) is accumulated, unnormalised.
    /// - Returns: True when the batch was added; false when a path count would not fit in 32
    ///   bits, in which case `scores` is untouched and the caller must count these sources
    ///   another way.
    /// - Complexity: See the type's documentation.
    func accumulate(sources: Range<Int>, in network: Network, into scores: UnsafeMutableBufferPointer<Double>) -> Bool {
        precondition(network.vertexCount == vertexCount && sources.count <= Self.lanes
                     && sources.lowerBound >= 0 && sources.upperBound <= vertexCount)
        let overflowed = search(from: sources, in: network)
        if !overflowed { accumulateDependencies(in: network, into: scores) }
        reset()
        return !overflowed
    }

    /// The forward pass: fills the level lists and σ; returns whether a count wrapped.
    private func search(from sources: Range<Int>, in network: Network) -> Bool {
        let sigma = sigma, seen = seen, next = next, listVertices = listVertices, listLanes = listLanes
        levelStarts.removeAll(keepingCapacity: true)
        levelStarts.append(0)
        var tail = 0
        for (lane, source) in sources.enumerated() {
            let bit = UInt8(1) << UInt8(lane)
            seen[source] = bit
            var unit = Counts()
            unit[lane] = 1
            sigma[source] = unit
            listVertices[tail] = Int32(source)
            listLanes[tail] = bit
            tail += 1
        }
        levelStarts.append(tail)
        var wrapped = SIMDMask<SIMD8<Int32>>()
        return network.outOffsets.withUnsafeBufferPointer { offsets in
        network.outTargets.withUnsafeBufferPointer { targets in
        Self.countMasks.withUnsafeBufferPointer { countMasks in
            var begin = 0, end = tail
            // Wrapping arithmetic (&+): indices stay below the vertex and edge counts, which
            // fit in Int32, and the list below n · 8 entries (a vertex joins a level list at
            // most once per lane).
            while begin < end {
                for position in begin..<end {
                    let v = Int(listVertices[position])
                    let lanes = listLanes[position]
                    let sigmaV = sigma[v]
                    var index = Int(offsets[v])
                    let stop = Int(offsets[v &+ 1])
                    while index < stop {
                        let w = Int(targets[index])
                        // Without branches (whether w is new to some lane is a coin toss the
                        // branch predictor loses): w is written at the list's end every time
                        // and kept there only when this is its first new lane at this level.
                        let fresh = lanes & ~seen[w]
                        let pending = next[w]
                        listVertices[tail] = Int32(truncatingIfNeeded: w)
                        tail &+= Int(truncatingIfNeeded: (pending == 0 ? 1 : 0) & (fresh != 0 ? 1 : 0) as UInt8)
                        next[w] = pending | fresh
                        let old = sigma[w]
                        let sum = old &+ (sigmaV & countMasks[Int(fresh)])
                        wrapped .|= sum .< old
                        sigma[w] = sum
                        index &+= 1
                    }
                }
                // Settle the level: the lanes that found a vertex at this level become seen.
                for position in end..<tail {
                    let w = Int(listVertices[position])
                    let fresh = next[w]
                    next[w] = 0
                    seen[w] |= fresh
                    listLanes[position] = fresh
                }
                begin = end
                end = tail
                levelStarts.append(tail)
            }
            return any(wrapped)
        }}}
    }

    /// The backward pass over the level lists: c(v), δ(v), and B(v) += Σ_lanes δ.
    private func accumulateDependencies(in network: Network, into scores: UnsafeMutableBufferPointer<Double>) {
        let sigma = sigma, share = share, atNextLevel = atNextLevel, listVertices = listVertices, listLanes = listLanes
        let levels = levelStarts.count - 1  // levelStarts ends with an empty level
        network.outOffsets.withUnsafeBufferPointer { offsets in
        network.outTargets.withUnsafeBufferPointer { targets in
        Self.valueMasks.withUnsafeBufferPointer { valueMasks in
            // Level 0 holds the sources, whose dependencies are not counted.
            var level = levels - 1
            while level >= 1 {
                let below = levelStarts[level + 1]..<levelStarts[min(level + 2, levels)]
                for position in below { atNextLevel[Int(listVertices[position])] = listLanes[position] }
                for position in levelStarts[level]..<levelStarts[level + 1] {
                    let v = Int(listVertices[position])
                    let lanes = listLanes[position]
                    var sum = Values()
                    var index = Int(offsets[v])
                    let stop = Int(offsets[v &+ 1])
                    while index < stop {
                        let w = Int(targets[index])
                        // Lanes outside the mask multiply a finite c by 0: they add nothing.
                        let below = lanes & atNextLevel[w]
                        if below != 0 { sum += share[w] * valueMasks[Int(below)] }
                        index &+= 1
                    }
                    // Only the lanes of the mask (8 / L(v) of them on average) need a division,
                    // so they are finished one by one rather than all 8 in vector.
                    let sigmaV = sigma[v]
                    let shareV = UnsafeMutableRawPointer(share + v).assumingMemoryBound(to: Double.self)
                    var bits = lanes
                    var total = 0.0
                    while bits != 0 {
                        let lane = bits.trailingZeroBitCount
                        let paths = Double(sigmaV[lane])
                        let dependency = paths * sum[lane]
                        shareV[lane] = (1 + dependency) / paths
                        total += dependency
                        bits &= bits &- 1
                    }
                    scores[v] += total
                }
                for position in below { atNextLevel[Int(listVertices[position])] = 0 }
                level -= 1
            }
        }}}
    }

    /// Clears σ and seen for every vertex the batch found, ready for the next batch. c needs no
    /// clearing: a lane of c(w) is read only after this batch has written it, and elsewhere it
    /// is multiplied by 0, which any finite leftover survives.
    private func reset() {
        let end = levelStarts.last ?? 0
        for position in 0..<end {
            let v = Int(listVertices[position])
            sigma[v] = Counts()
            seen[v] = 0
        }
    }
}
