import Geo

/// Greedy label placement without overlaps (in the spirit of Imhof's rules and the
/// point-feature label placement of Christensen, Marks & Shieber 1995): labels in order of
/// importance try eight positions around their anchor, then the same positions further out
/// with a leader line; a label that fits nowhere is dropped and reported.
struct LabelPlacer {
    /// A label to place: its size and the point it names.
    struct Request: Sendable {
        /// The caller's key for the label, reported back in the placed and dropped lists.
        var id: Int
        /// The point the label names, in page points.
        var anchor: ProjectedPoint
        /// Radius of the symbol at the anchor in points: labels keep clear of it.
        var clearance: Double
        /// The label's width in points.
        var width: Double
        /// The label's height in points.
        var height: Double
        /// Higher is placed first (and so wins over lower when space is short).
        var importance: Int
        /// Centred on the anchor (area labels) instead of around it.
        var centered: Bool

        /// A request; labels go around the anchor unless `centered`.
        init(id: Int, anchor: ProjectedPoint, clearance: Double, width: Double, height: Double,
                    importance: Int, centered: Bool = false) {
            self.id = id
            self.anchor = anchor
            self.clearance = clearance
            self.width = width
            self.height = height
            self.importance = importance
            self.centered = centered
        }
    }

    /// Boxes nothing may overlap: markers, panels, the page edge band.
    let obstacles: BoxGrid
    /// Boxes labels avoid where they can, e.g. sampled route lines: each distance from
    /// the anchor first tries the positions clear of them.
    let softObstacles: BoxGrid
    /// The area labels must stay inside, in page points.
    let page: PageBox
    private(set) var placed: [PlacedLabel] = []
    /// The placed labels' boxes.
    private var placedBoxes = BoxGrid([])

    /// A placer for `page` with nothing placed yet.
    init(page: PageBox, obstacles: [PageBox], softObstacles: [PageBox] = []) {
        self.page = page
        self.obstacles = BoxGrid(obstacles)
        self.softObstacles = BoxGrid(softObstacles)
    }

    /// Places the requests in order of importance (ties by id, so output is repeatable).
    /// Returns the placed labels and the ids of those dropped.
    mutating func place(_ requests: [Request]) -> (placed: [PlacedLabel], dropped: [Int]) {
        var dropped: [Int] = []
        let ordered = requests.sorted { ($0.importance, -$0.id) > ($1.importance, -$1.id) }
        for request in ordered {
            if let label = position(for: request) {
                placed.append(label)
                placedBoxes.insert(label.box, tag: label.id)
            } else {
                dropped.append(request.id)
            }
        }
        return (placed, dropped.sorted())
    }

    private func position(for request: Request) -> PlacedLabel? {
        let (w, h, a) = (request.width, request.height, request.anchor)
        if request.centered {
            // Area names may move a little off their point to make room, and first try to
            // keep off the routes.
            for avoidSoft in softObstacles.isEmpty ? [false] : [true, false] {
                for (dx, dy) in [(0.0, 0.0), (0, -1.3), (0, 1.3), (-0.35, 0), (0.35, 0), (-0.35, -1.3), (0.35, 1.3),
                                 (0, -2.6), (0, 2.6)] {
                    let box = PageBox(x: a.x - w / 2 + dx * w, y: a.y - h / 2 + dy * h, width: w, height: h)
                    guard fits(box) else { continue }
                    if avoidSoft, softObstacles.intersects(box) { continue }
                    return PlacedLabel(id: request.id, box: box, leader: nil)
                }
            }
            return nil
        }
        let tiers = [(request.clearance + 3, false), (request.clearance + 22, true), (request.clearance + 44, true)]
        for (distance, leader) in tiers {
            for avoidSoft in softObstacles.isEmpty ? [false] : [true, false] {
                if let label = position(for: request, distance: distance, leader: leader, avoidSoft: avoidSoft) { return label }
            }
        }
        return nil
    }

    private func position(for request: Request, distance: Double, leader: Bool, avoidSoft: Bool) -> PlacedLabel? {
        let (w, h, a) = (request.width, request.height, request.anchor)
        let d = distance
        let candidates: [(Double, Double)] = [
            (a.x + d, a.y - h / 2), (a.x - d - w, a.y - h / 2),
            (a.x + d * 0.7, a.y - d * 0.7 - h), (a.x - d * 0.7 - w, a.y - d * 0.7 - h),
            (a.x + d * 0.7, a.y + d * 0.7), (a.x - d * 0.7 - w, a.y + d * 0.7),
            (a.x - w / 2, a.y - d - h), (a.x - w / 2, a.y + d),
        ]
        for (x, y) in candidates {
            let box = PageBox(x: x, y: y, width: w, height: h)
            guard fits(box) else { continue }
            if avoidSoft, softObstacles.intersects(box) { continue }
            if leader {
                let end = nearestPoint(on: box, to: a)
                if crossesObstacle(from: a, to: end, ignoring: request.clearance) { continue }
                return PlacedLabel(id: request.id, box: box, leader: (a, end))
            }
            return PlacedLabel(id: request.id, box: box, leader: nil)
        }
        return nil
    }

    private func fits(_ box: PageBox) -> Bool {
        guard page.contains(box) else { return false }
        let padded = box.inset(by: -1.5)
        return !obstacles.intersects(padded) && !placedBoxes.intersects(padded)
    }

    private func nearestPoint(on box: PageBox, to point: ProjectedPoint) -> ProjectedPoint {
        ProjectedPoint(x: min(max(point.x, box.x), box.x + box.width), y: min(max(point.y, box.y), box.y + box.height))
    }

    private func crossesObstacle(from start: ProjectedPoint, to end: ProjectedPoint, ignoring radius: Double) -> Bool {
        let points = (1..<8).map { step in
            let t = Double(step) / 8
            return ProjectedPoint(x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t)
        }
        // Only boxes the leader's own box meets can hold one of its points.
        let span = PageBox(x: min(start.x, end.x), y: min(start.y, end.y), width: abs(end.x - start.x), height: abs(end.y - start.y))
        return placedBoxes.contains(near: span) { box in
            points.contains { point in
                point.x > box.x && point.x < box.x + box.width && point.y > box.y && point.y < box.y + box.height
            }
        }
    }
}
