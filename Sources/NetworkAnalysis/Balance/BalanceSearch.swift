/// The searches behind `StructuralBalance.partition`: exhaustive enumeration for small two-camp
/// components, local search for the rest.
extension SignedComponent {
    /// The component's best split found, by the rules in `StructuralBalance.partition`.
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
    /// their negative ones, and the reverse. O(2^(size − 1) · maximum degree).
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
struct BalanceLocalSearch {
    let component: SignedComponent
    let camps: Int
    private(set) var camp: [Int32]
    private(set) var frustration = 0
    private var affinity: [Int32]
    private var locked: [Bool]
    private var moves: [(vertex: Int32, from: Int32)] = []
    private var buckets: GainBuckets

    init(component: SignedComponent, camps: Int) {
        self.component = component
        self.camps = camps
        camp = [Int32](repeating: 0, count: component.size)
        affinity = [Int32](repeating: 0, count: component.size * camps)
        locked = [Bool](repeating: false, count: component.size)
        buckets = GainBuckets(vertexCount: component.size)
    }

    /// Starts from `initial` (camps below `camps`). O(n · camps + m).
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

    /// Moves `vertex` to camp `target`, updating its neighbours' affinities. O(degree).
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
    /// and that gain (possibly negative). O(camps).
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
    mutating func improve() {
        repeat { descend() } while refinementPass()
    }

    /// Sweeps the vertices in order, moving each to its best camp while that lowers the frustration,
    /// until a whole sweep moves nothing.
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
    /// where the frustration was lowest. Returns whether it went down. O(camps · (n + m) + D) for
    /// D the largest number of ties at one vertex.
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
struct GainBuckets {
    private var bound: Int32 = 0
    private var head: [Int32] = []
    private var next: [Int32]
    private var previous: [Int32]
    private var gain: [Int32]
    /// No bucket above this one is occupied.
    private var highest = -1

    init(vertexCount: Int) {
        next = [Int32](repeating: -1, count: vertexCount)
        previous = [Int32](repeating: -1, count: vertexCount)
        gain = [Int32](repeating: 0, count: vertexCount)
    }

    /// Empties every bucket, for gains within ±bound.
    mutating func reset(bound: Int32) {
        self.bound = bound
        head = [Int32](repeating: -1, count: 2 * Int(bound) + 1)
        highest = -1
    }

    mutating func insert(_ vertex: Int, gain vertexGain: Int32) {
        let bucket = Int(vertexGain + bound)
        gain[vertex] = vertexGain
        previous[vertex] = -1
        next[vertex] = head[bucket]
        if head[bucket] >= 0 { previous[Int(head[bucket])] = Int32(vertex) }
        head[bucket] = Int32(vertex)
        highest = max(highest, bucket)
    }

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
    mutating func takeHighest() -> (vertex: Int, gain: Int32)? {
        while highest >= 0 && head[highest] < 0 { highest -= 1 }
        guard highest >= 0 else { return nil }
        let vertex = Int(head[highest])
        remove(vertex)
        return (vertex, gain[vertex])
    }
}
