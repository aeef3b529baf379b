/// Places names beside the circles of a position map so that no name overlaps another name or
/// any circle and every name sits nearer its own circle than any other; a name pushed away from
/// a crowd gets a leader line back to its circle.
///
/// Greedy: each name tries sixteen places around its circle (right, left, above, below, the
/// diagonals, then eight in between), then the same directions on rings further out; the first
/// place that is free and nearer its own circle than any other wins, else the one that breaks
/// the fewest of those rules. Greedy results depend on the order, so a few orders are tried (by
/// power, by length of name, by crowding, by height, by stance) and the best kept.
/// - Complexity: O(o · n · c · (n + b)) for o orders, n names, c candidate places (a few
///   hundred) and b obstacles.
public enum LabelPlacement {
    /// A circle, in inches.
    public struct Circle: Sendable, Equatable {
        public var x: Double, y: Double, radius: Double
        public init(x: Double, y: Double, radius: Double) {
            self.x = x
            self.y = y
            self.radius = radius
        }
    }

    /// A label's box, centre and size in inches.
    public struct Box: Sendable, Equatable {
        public var x: Double, y: Double, width: Double, height: Double

        public init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x
            self.y = y
            self.width = width
            self.height = height
        }

        /// The box between two corners.
        public init(left: Double, bottom: Double, right: Double, top: Double) {
            self.init(x: (left + right) / 2, y: (bottom + top) / 2, width: right - left, height: top - bottom)
        }

        public var left: Double { x - width / 2 }
        public var right: Double { x + width / 2 }
        public var bottom: Double { y - height / 2 }
        public var top: Double { y + height / 2 }

        func overlaps(_ other: Box) -> Bool {
            min(right, other.right) - max(left, other.left) > 1e-9 && min(top, other.top) - max(bottom, other.bottom) > 1e-9
        }

        /// Whether the box reaches into `circle`'s bounding square, a cheap stand-in for the circle.
        func overlaps(_ circle: Circle) -> Bool {
            overlaps(Box(x: circle.x, y: circle.y, width: 2 * circle.radius, height: 2 * circle.radius))
        }

        /// Distance from the box's centre to the circle's bounding square (0 inside): the measure
        /// `Benchmarks/svg_legibility.py` checks labels by.
        func distance(to circle: Circle) -> Double {
            let dx = max(0, abs(x - circle.x) - circle.radius), dy = max(0, abs(y - circle.y) - circle.radius)
            return (dx * dx + dy * dy).squareRoot()
        }
    }

    /// Where a name went, and whether it needs a leader line to its circle.
    public struct Placement: Sendable, Equatable {
        public var box: Box
        public var leader: Bool
    }

    /// A place for the label of each circle in `labels` (index of the circle → width and height
    /// of its label, inches), clear of `obstacles` (the axes, the legend, labels already placed)
    /// where it can be.
    public static func place(_ circles: [Circle], labels: [Int: (width: Double, height: Double)], obstacles: [Box] = [],
                             gap: Double = 0.04) -> [Int: Placement] {
        let targets = labels.keys.sorted()
        let crowd = circles.map { circle in circles.filter { abs($0.x - circle.x) < 1.2 && abs($0.y - circle.y) < 0.6 }.count }
        let orders = [
            targets,
            targets.sorted { (-labels[$0]!.width, $0) < (-labels[$1]!.width, $1) },
            targets.sorted { (-crowd[$0], -labels[$0]!.width, $0) < (-crowd[$1], -labels[$1]!.width, $1) },
            targets.sorted { (circles[$0].y, circles[$0].x, $0) < (circles[$1].y, circles[$1].x, $1) },
            targets.sorted { (circles[$0].x, circles[$0].y, $0) < (circles[$1].x, circles[$1].y, $1) },
        ]
        var best: (placements: [Int: Placement], cost: Double)?
        for order in orders {
            let result = greedy(circles, labels: labels, obstacles: obstacles, gap: gap, order: order)
            if best == nil || result.cost < best!.cost { best = result }
            if result.cost < 1 { break }
        }
        return best!.placements
    }

    /// The labels among `placements` that overlap another label, a circle or an obstacle, or sit
    /// no nearer their own circle than another: what a reader could misread.
    public static func unclear(_ placements: [Int: Placement], circles: [Circle], obstacles: [Box] = []) -> [Int] {
        placements.keys.sorted().filter { index in
            let box = placements[index]!.box
            return cost(box, of: index, circles: circles, against: obstacles + placements.filter { $0.key != index }.map(\.value.box)) >= 10
        }
    }

    /// Overlaps are worst (1000 each), then a place nearer another circle (10), then touching its
    /// own circle's square (1).
    static func cost(_ box: Box, of index: Int, circles: [Circle], against boxes: [Box]) -> Double {
        var cost = Double(boxes.filter { $0.overlaps(box) }.count) * 1000
        for (other, circle) in circles.enumerated() where other != index {
            if box.overlaps(circle) { cost += 1000 }
            // Clearly nearer its own circle than any other, so no reader pairs it wrongly.
            if box.distance(to: circle) < box.distance(to: circles[index]) + 0.05 { cost += 10 }
        }
        if box.overlaps(circles[index]) { cost += 1 }
        return cost
    }

    /// One greedy pass in `order`: the placements and their total cost.
    static func greedy(_ circles: [Circle], labels: [Int: (width: Double, height: Double)], obstacles: [Box], gap: Double,
                       order: [Int]) -> (placements: [Int: Placement], cost: Double) {
        var placed = obstacles
        var result: [Int: Placement] = [:]
        var total = 0.0
        let directions: [(Double, Double)] = [(1, 0), (-1, 0), (0, 1), (0, -1), (1, 1), (-1, 1), (1, -1), (-1, -1),
                                              (2, 1), (-2, 1), (2, -1), (-2, -1), (1, 2), (-1, 2), (1, -2), (-1, -2)]
        for index in order {
            let circle = circles[index]
            let (width, height) = labels[index]!
            var best: (box: Box, cost: Double, leader: Bool)?
            search: for ring in 0..<24 {
                let reach = circle.radius + gap + Double(ring) * 0.12
                for (dx, dy) in directions {
                    // The box touches the point at `reach` in this direction with its nearest side.
                    let length = (dx * dx + dy * dy).squareRoot()
                    let px = circle.x + dx / length * reach, py = circle.y + dy / length * reach
                    let box = Box(x: px + (dx == 0 ? 0 : dx / abs(dx)) * width / 2, y: py + (dy == 0 ? 0 : dy / abs(dy)) * height / 2,
                                  width: width, height: height)
                    var cost = Self.cost(box, of: index, circles: circles, against: placed)
                    if cost > 0 { cost += Double(ring) * 0.01 }
                    if best == nil || cost < best!.cost - 1e-12 { best = (box, cost, ring > 1) }
                    if cost == 0 { break search }
                }
            }
            placed.append(best!.box)
            result[index] = Placement(box: best!.box, leader: best!.leader)
            total += best!.cost
        }
        return (result, total)
    }
}
