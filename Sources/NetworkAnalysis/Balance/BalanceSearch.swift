/// The searches behind `StructuralBalance.partition`: exhaustive enumeration for small two-camp
/// components, local search for the rest.
///
/// References:
/// - Kernighan, B. W. & Lin, S. (1970). An efficient heuristic procedure for partitioning
///   graphs. *Bell System Technical Journal* 49(2), 291–307.
///   doi:10.1002/j.1538-7305.1970.tb01770.x
/// - Fiduccia, C. M. & Mattheyses, R. M. (1982). A linear-time heuristic for improving network
///   partitions. *19th Design Automation Conference*, 175–181. doi:10.1109/DAC.1982.1585498
extension SignedComponent {
    /// The component's best split found, by the rules in `StructuralBalance.partition`.
    ///
    /// One camp: everything in camp 0. Otherwise the sign-following colouring, which is final
    /// when it reaches `lowerBound`; then, for two camps and at most `exactLimit` vertices, the
    /// exhaustive enumeration; else local search from the colouring and from `restarts` random
    /// assignments, seeded by the component's smallest vertex, stopping early at `lowerBound`.
    ///
    /// - Parameters:
    ///   - camps: The largest number of camps, at least 1.
    ///   - exactLimit: The largest size enumerated exhaustively when `camps == 2`.
    ///   - restarts: The number of random starts besides the colouring.
    /// - Returns: The camp of each local vertex, its frustration, and whether that is proven
    ///   minimal (enumeration, one camp, or the lower bound reached).
    ///
    /// - Complexity: O(c + p) for the colouring, c vertices and p pairs; then
    ///   O(2^(c − 1) · d) for the enumeration, or `restarts` + 1 local searches (see
    ///   `BalanceLocalSearch.improve()`).
    func solve(camps: Int, exactLimit: Int, restarts: Int) -> (camp: [Int32], frustration: Int, isExact: Bool) {
        if camps == 1 {
            let camp = [Int32](repeating: 0, count: size)
            return (camp, frustration(of: camp), true)
        }
        let colouring = signFollowingColouring()
        let colouringFrustration = frustration(of: colouring)
        if colouringFrustration == lowerBound { return (colouring, colouringFrustration, true) }
        if camps == 2 && size <= exactLimit {
            let (camp, best) = exhaustiveTwoCamps()
            return (camp, best, true)
        }
        var search = BalanceLocalSearch(component: self, camps: camps)
        var bestCamp = colouring, best = colouringFrustration
        // Seeded by the component's smallest vertex: a component's answer does not depend on others.
        var random = SplitMix64(seed: 0x5EED_BA1A_0CE5_0000 ^ UInt64(vertices[0]))
        var start = 0
        while start <= restarts && best > lowerBound {
            let initial = start == 0 ? colouring : (0..<size).map { _ in Int32(random.next(below: camps)) }
            search.load(initial)
            search.improve()
            if search.frustration < best {
                best = search.frustration
                bestCamp = search.camp
            }
            start += 1
        }
        return (bestCamp, best, best == lowerBound)
    }

    /// Breadth-first from vertex 0: a neighbour joins the same camp over a pair of positive (or
    /// zero) weight, the other camp over a negative one. Frustration 0 exactly when the component
    /// is balanced.
    ///
    /// In a balanced connected signed graph the two camps are unique up to swapping them
    /// (Cartwright & Harary 1956, doi:10.1037/h0046049), and following the signs from any
    /// vertex finds them; otherwise some tie closes a cycle with an odd number of negative ties
    /// and is frustrated.
    ///
    /// - Returns: The camp, 0 or 1, of each local vertex; vertex 0 in camp 0.
    ///
    /// - Complexity: O(c + p) for c vertices and p pairs.
    func signFollowingColouring() -> [Int32] {
        var camp = [Int32](repeating: -1, count: size)
        var queue = [Int32](repeating: 0, count: size)
        var head = 0, tail = 1
        camp[0] = 0
        while head < tail {
            let v = Int(queue[head]); head += 1
            for index in Int(offsets[v])..<Int(offsets[v + 1]) where camp[Int(neighbours[index])] < 0 {
                let w = Int(neighbours[index])
                camp[w] = weights[index] >= 0 ? camp[v] : 1 - camp[v]
                queue[tail] = Int32(w); tail += 1
            }
        }
        return camp
    }

    /// The optimal two-camp split, vertex 0 in camp 0: the first minimum in Gray-code order over
    /// the other vertices. Flipping vertex v changes the frustration by Σ_w weight(v, w)·s_v·s_w
    /// (s = ±1 for camp 0/1): pairs that were together now pay their positive ties instead of
    /// their negative ones, and the reverse.
    ///
    /// Gray-code order flips one vertex per step (vertex i + 1 at step s, i the number of
    /// trailing zero bits of s), so each of the 2^(size − 1) splits costs one flip; the
    /// enumeration stops early once `lowerBound` is reached.
    ///
    /// - Returns: The camp, 0 or 1, of each local vertex in the first optimal split, and its
    ///   frustration.
    /// - Precondition: The component has at most 63 vertices.
    ///
    /// - Complexity: O(2^(size − 1) · d) time, d the most pairs at one vertex; O(size) memory.
    func exhaustiveTwoCamps() -> (camp: [Int32], frustration: Int) {
        let n = size
        precondition(n <= 63, "exhaustive search over \(n) vertices")
        var side = [Int32](repeating: 1, count: n)
        var current = frustration(of: [Int32](repeating: 0, count: n))
        var best = current
        var mask: UInt64 = 0, bestMask: UInt64 = 0
        let stepCount: UInt64 = n > 1 ? 1 << UInt64(n - 1) : 1
        offsets.withUnsafeBufferPointer { offsets in
        neighbours.withUnsafeBufferPointer { neighbours in
        weights.withUnsafeBufferPointer { weights in
        side.withUnsafeMutableBufferPointer { side in
            // Wrapping arithmetic (&+, &*): |field| is at most the number of ties at v, far below
            // Int32.max, and overflow checks would cost time in the innermost loop.
            var step: UInt64 = 1
            while step < stepCount {
                let v = step.trailingZeroBitCount &+ 1
                var field: Int32 = 0
                var index = Int(offsets[v])
                let end = Int(offsets[v &+ 1])
                while index < end {
                    field &+= weights[index] &* side[Int(neighbours[index])]
                    index &+= 1
                }
                current += Int(field &* side[v])
                side[v] = -side[v]
                mask ^= 1 << UInt64(v)
                if current < best {
                    best = current
                    bestMask = mask
                    if best == lowerBound { break }
                }
                step &+= 1
            }
        }}}}
        let camp = (0..<n).map { Int32(truncatingIfNeeded: (bestMask >> UInt64($0)) & 1) }
        return (camp, best)
    }
}

/// Local search over a component's splits into `camps` camps: greedy single-vertex moves, then
/// Fiduccia–Mattheyses passes while they help.
///
/// `affinity[v · camps + c]` is Σ weight(v, w) over v's neighbours w in camp c; moving v from camp
/// c to camp d lowers the frustration by `affinity[v, d] − affinity[v, c]` (its *gain*).
///
/// The passes follow Kernighan & Lin (1970) as simplified to single-vertex moves with gain
/// buckets by Fiduccia & Mattheyses (1982), here for k camps and without a balance constraint
/// on camp sizes. Allocated once per component and reused for every start.
struct BalanceLocalSearch {
    let component: SignedComponent
    let camps: Int
    private(set) var camp: [Int32]
    private(set) var frustration = 0
    private var affinity: [Int32]
    private var locked: [Bool]
    private var moves: [(vertex: Int32, from: Int32)] = []
    private var buckets: GainBuckets

    /// Buffers for searching `component` with `camps` camps.
    ///
    /// - Parameters:
    ///   - component: The component to split.
    ///   - camps: The number of camps, at least 2.
    ///
    /// - Complexity: O(camps · c) for c vertices.
    init(component: SignedComponent, camps: Int) {
        self.component = component
        self.camps = camps
        camp = [Int32](repeating: 0, count: component.size)
        affinity = [Int32](repeating: 0, count: component.size * camps)
        locked = [Bool](repeating: false, count: component.size)
        buckets = GainBuckets(vertexCount: component.size)
    }

    /// Starts from `initial` (camps below `camps`): sets the camps, recomputes every affinity
    /// and the frustration.
    ///
    /// - Parameter initial: The camp of each local vertex, in `0..<camps`.
    ///
    /// - Complexity: O(c · camps + p) for c vertices and p pairs.
    mutating func load(_ initial: [Int32]) {
        camp = initial
        for index in affinity.indices { affinity[index] = 0 }
        for v in 0..<component.size {
            for index in Int(component.offsets[v])..<Int(component.offsets[v + 1]) {
                affinity[v * camps + Int(camp[Int(component.neighbours[index])])] += component.weights[index]
            }
        }
        frustration = component.frustration(of: camp)
    }

    /// Moves `vertex` to camp `target`, updating the frustration and its neighbours' affinities.
    ///
    /// - Parameters:
    ///   - vertex: A local vertex.
    ///   - target: Its new camp, in `0..<camps`.
    ///
    /// - Complexity: O(d) for the d pairs at `vertex`.
    mutating func move(_ vertex: Int, to target: Int32) {
        let from = camp[vertex]
        frustration -= Int(affinity[vertex * camps + Int(target)] - affinity[vertex * camps + Int(from)])
        camp[vertex] = target
        for index in Int(component.offsets[vertex])..<Int(component.offsets[vertex + 1]) {
            let w = Int(component.neighbours[index]), weight = component.weights[index]
            affinity[w * camps + Int(from)] -= weight
            affinity[w * camps + Int(target)] += weight
        }
    }

    /// The camp other than its own that `vertex` gains most by moving to (lowest camp on ties),
    /// and that gain (possibly negative).
    ///
    /// - Parameter vertex: A local vertex.
    /// - Returns: The best other camp and the drop in frustration moving there would bring.
    ///
    /// - Complexity: O(camps).
    func bestMove(_ vertex: Int) -> (target: Int32, gain: Int32) {
        let base = vertex * camps, own = Int(camp[vertex])
        var target = -1
        var highest = Int32.min
        for c in 0..<camps where c != own && affinity[base + c] > highest {
            highest = affinity[base + c]
            target = c
        }
        return (Int32(target), highest - affinity[base + own])
    }

    /// Greedy descent, then Fiduccia–Mattheyses passes, until neither lowers the frustration.
    ///
    /// Ends at a split that no single move, and no pass of moves, improves: a local minimum.
    ///
    /// - Complexity: Each round is one descent (sweeps of O(camps · c + p)) and one pass
    ///   (O(camps · (c + p) + w), w the most ties at one vertex); every round but the last
    ///   lowers the frustration, so there are at most one more rounds than the starting
    ///   frustration, and few in practice.
    mutating func improve() {
        repeat { descend() } while refinementPass()
    }

    /// Sweeps the vertices in order, moving each to its best camp while that lowers the frustration,
    /// until a whole sweep moves nothing.
    ///
    /// - Complexity: O(camps · c + p) per sweep for c vertices and p pairs; every sweep but the
    ///   last lowers the frustration.
    mutating func descend() {
        var moved = true
        while moved {
            moved = false
            for v in 0..<component.size {
                let (target, gain) = bestMove(v)
                if gain > 0 {
                    move(v, to: target)
                    moved = true
                }
            }
        }
    }

    /// One Fiduccia–Mattheyses pass: repeatedly moves the unmoved vertex with the highest gain
    /// (even a negative one), each vertex at most once, then undoes the moves after the point
    /// where the frustration was lowest. Returns whether it went down.
    ///
    /// Kernighan & Lin's pass (1970) with Fiduccia & Mattheyses' single moves and gain buckets
    /// (1982): the vertices locked once moved, so a pass moves each vertex once and can climb
    /// out of a local minimum before it keeps the best prefix of its moves.
    ///
    /// - Returns: True if the pass lowered the frustration (the best prefix is kept), false if
    ///   every move was undone.
    ///
    /// - Complexity: O(camps · (c + p) + D) for c vertices, p pairs and D the largest number
    ///   of ties at one vertex (the size of the bucket array).
    mutating func refinementPass() -> Bool {
        let n = component.size
        moves.removeAll(keepingCapacity: true)
        buckets.reset(bound: component.maximumAbsoluteDegree)
        for v in 0..<n {
            locked[v] = false
            buckets.insert(v, gain: bestMove(v).gain)
        }
        var total = 0, bestTotal = 0, bestLength = 0
        while let taken = buckets.takeHighest() {
            let v = taken.vertex
            moves.append((Int32(v), camp[v]))
            move(v, to: bestMove(v).target)
            locked[v] = true
            total += Int(taken.gain)
            if total > bestTotal {
                bestTotal = total
                bestLength = moves.count
            }
            for index in Int(component.offsets[v])..<Int(component.offsets[v + 1]) {
                let w = Int(component.neighbours[index])
                if !locked[w] {
                    buckets.remove(w)
                    buckets.insert(w, gain: bestMove(w).gain)
                }
            }
        }
        while moves.count > bestLength {
            let (vertex, from) = moves.removeLast()
            move(Int(vertex), to: from)
        }
        return bestTotal > 0
    }
}

/// The unmoved vertices of a Fiduccia–Mattheyses pass, each in the bucket of its current gain
/// (gains lie in −bound…bound): doubly linked lists threaded through two arrays, so that insert,
/// remove and take-highest cost O(1) amortised (Fiduccia & Mattheyses 1982). Within a bucket the
/// most recently inserted vertex comes out first.
///
/// Reference: Fiduccia, C. M. & Mattheyses, R. M. (1982). A linear-time heuristic for improving
/// network partitions. *19th Design Automation Conference*, 175–181.
/// doi:10.1109/DAC.1982.1585498
struct GainBuckets {
    private var bound: Int32 = 0
    private var head: [Int32] = []
    private var next: [Int32]
    private var previous: [Int32]
    private var gain: [Int32]
    /// No bucket above this one is occupied.
    private var highest = -1

    /// Empty buckets for vertices `0..<vertexCount`; call `reset(bound:)` before use.
    ///
    /// - Parameter vertexCount: The number of vertices.
    ///
    /// - Complexity: O(vertexCount).
    init(vertexCount: Int) {
        next = [Int32](repeating: -1, count: vertexCount)
        previous = [Int32](repeating: -1, count: vertexCount)
        gain = [Int32](repeating: 0, count: vertexCount)
    }

    /// Empties every bucket, for gains within ±bound.
    ///
    /// - Parameter bound: The largest absolute gain that will be inserted.
    ///
    /// - Complexity: O(bound).
    mutating func reset(bound: Int32) {
        self.bound = bound
        head = [Int32](repeating: -1, count: 2 * Int(bound) + 1)
        highest = -1
    }

    /// Puts `vertex` at the front of the bucket of its gain.
    ///
    /// - Parameters:
    ///   - vertex: A vertex in no bucket.
    ///   - vertexGain: Its gain, within ±bound.
    ///
    /// - Complexity: O(1).
    mutating func insert(_ vertex: Int, gain vertexGain: Int32) {
        let bucket = Int(vertexGain + bound)
        gain[vertex] = vertexGain
        previous[vertex] = -1
        next[vertex] = head[bucket]
        if head[bucket] >= 0 { previous[Int(head[bucket])] = Int32(vertex) }
        head[bucket] = Int32(vertex)
        highest = max(highest, bucket)
    }

    /// Unlinks `vertex` from its bucket.
    ///
    /// - Parameter vertex: A vertex in a bucket.
    ///
    /// - Complexity: O(1).
    mutating func remove(_ vertex: Int) {
        let following = next[vertex], preceding = previous[vertex]
        if following >= 0 { previous[Int(following)] = preceding }
        if preceding >= 0 {
            next[Int(preceding)] = following
        } else {
            head[Int(gain[vertex] + bound)] = following
        }
    }

    /// Removes and returns a vertex of the highest gain, or nil when all are empty.
    ///
    /// - Returns: The most recently inserted vertex of the highest non-empty bucket, with its
    ///   gain; nil when every bucket is empty.
    ///
    /// - Complexity: O(1) amortised over a pass: the scan for the highest non-empty bucket moves
    ///   down, and an insert after a move raises it by at most twice the weight of the pair
    ///   whose move changed the gain.
    mutating func takeHighest() -> (vertex: Int, gain: Int32)? {
        while highest >= 0 && head[highest] < 0 { highest -= 1 }
        guard highest >= 0 else { return nil }
        let vertex = Int(head[highest])
        remove(vertex)
        return (vertex, gain[vertex])
    }
}
