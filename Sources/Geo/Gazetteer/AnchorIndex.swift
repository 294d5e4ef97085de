import Foundation

/// The scenario's other places (``PlaceContext/anchors``) arranged for the two questions the
/// scoring asks of every candidate: how far is the nearest anchor, and does an area hold one.
///
/// A scenario of ten thousand sightings has ten thousand anchors, and every candidate of every
/// name is weighed against them: a scan per candidate would make reading such a file take
/// minutes. The anchors are kept in a k-d tree over their points on the unit sphere, and the
/// nearest is found by pruning with a distance bound no geodesic can beat, so the answer is
/// the same WGS84 distance a scan gives, found by measuring only the anchors that could be
/// nearest.
///
/// - Complexity: building O(n log² n); a nearest-anchor query about O(log n) geodesics for
///   anchors spread over a region; an area test O(vertices + anchors in its latitudes).
struct AnchorIndex: Sendable {
    /// The anchors, reordered so that each range's middle element splits it (an implicit tree).
    private let anchors: [Coordinate]
    private let vectors: [UnitVector]
    /// The axis (0 x, 1 y, 2 z) each range's middle element splits along, by its index.
    private let axes: [UInt8]
    /// Latitudes in ascending order, for the area test.
    private let latitudes: [(latitude: Double, index: Int)]
    /// The owner of each anchor (a number its maker gives it), or −1.
    private let owners: [Int32]
    /// Anchors of this owner do not count.
    private var excluded: Int32 = -2

    /// Meters per radian of the sphere no geodesic is shorter than: the WGS84 meridian radius
    /// of curvature at the equator (6,335,439 m) is the least of its radii, so an arc of angle
    /// θ between two points (geodetic latitudes taken as spherical ones) is at least this × θ.
    static let shortestRadius = 6_335_000.0

    /// The index of `coordinates`; `owners`, one per coordinate when given, lets
    /// ``excluding(owner:)`` leave out one owner's anchors without building another index.
    init(_ coordinates: [Coordinate], owners: [Int32]? = nil) {
        var items = zip(coordinates, owners ?? Array(repeating: -1, count: coordinates.count)).map { ($0, UnitVector($0), $1) }
        var axes = [UInt8](repeating: 0, count: items.count)
        Self.build(&items, &axes, 0, items.count)
        anchors = items.map(\.0)
        vectors = items.map(\.1)
        self.owners = items.map(\.2)
        self.axes = axes
        latitudes = anchors.enumerated().map { ($0.element.latitude, $0.offset) }.sorted { $0.latitude < $1.latitude }
    }

    /// The same index without the anchors of `owner`.
    func excluding(owner: Int32) -> AnchorIndex {
        var index = self
        index.excluded = owner
        return index
    }

    /// The WGS84 geodesic distance in meters from `point` to the nearest anchor; nil when there
    /// are none.
    func nearestMeters(to point: Coordinate) -> Double? {
        let target = UnitVector(point)
        var best = Double.infinity
        search(target, point, 0, anchors.count, &best)
        return best.isFinite ? best : nil
    }

    /// Whether any anchor lies inside `ring` (``RingContainment``).
    func anyInside(_ ring: [Coordinate]) -> Bool {
        guard ring.count >= 3, !anchors.isEmpty else { return false }
        var south = Double.infinity, north = -Double.infinity
        for vertex in ring {
            south = min(south, vertex.latitude)
            north = max(north, vertex.latitude)
        }
        // Only anchors within the ring's latitudes can be inside it.
        var low = 0, high = latitudes.count
        while low < high {
            let middle = (low + high) / 2
            if latitudes[middle].latitude < south { low = middle + 1 } else { high = middle }
        }
        var k = low
        while k < latitudes.count, latitudes[k].latitude <= north {
            let index = latitudes[k].index
            if owners[index] != excluded, RingContainment.contains(ring, anchors[index]) { return true }
            k += 1
        }
        return false
    }

    // MARK: Private

    private static func build(_ items: inout [(Coordinate, UnitVector, Int32)], _ axes: inout [UInt8], _ low: Int, _ high: Int) {
        guard high - low > 1 else { return }
        var lower = (Double.infinity, Double.infinity, Double.infinity)
        var upper = (-Double.infinity, -Double.infinity, -Double.infinity)
        for k in low..<high {
            let v = items[k].1
            lower = (min(lower.0, v.x), min(lower.1, v.y), min(lower.2, v.z))
            upper = (max(upper.0, v.x), max(upper.1, v.y), max(upper.2, v.z))
        }
        let spans = [upper.0 - lower.0, upper.1 - lower.1, upper.2 - lower.2]
        let axis = spans[0] >= spans[1] && spans[0] >= spans[2] ? 0 : (spans[1] >= spans[2] ? 1 : 2)
        items[low..<high].sort { component($0.1, axis) < component($1.1, axis) }
        let middle = (low + high) / 2
        axes[middle] = UInt8(axis)
        build(&items, &axes, low, middle)
        build(&items, &axes, middle + 1, high)
    }

    private static func component(_ v: UnitVector, _ axis: Int) -> Double {
        axis == 0 ? v.x : (axis == 1 ? v.y : v.z)
    }

    /// The least geodesic length between two points whose chord on the unit sphere is `chord`.
    private static func bound(chord: Double) -> Double {
        2 * asin(min(1, chord / 2)) * shortestRadius
    }

    private func search(_ target: UnitVector, _ point: Coordinate, _ low: Int, _ high: Int, _ best: inout Double) {
        guard high > low else { return }
        let middle = (low + high) / 2
        let v = vectors[middle]
        let dx = v.x - target.x, dy = v.y - target.y, dz = v.z - target.z
        if owners[middle] != excluded, Self.bound(chord: (dx * dx + dy * dy + dz * dz).squareRoot()) < best {
            best = min(best, Geodesic.wgs84.distance(from: point, to: anchors[middle]))
        }
        guard high - low > 1 else { return }
        let axis = Int(axes[middle])
        let offset = Self.component(target, axis) - Self.component(v, axis)
        let (near, far) = offset < 0 ? ((low, middle), (middle + 1, high)) : ((middle + 1, high), (low, middle))
        search(target, point, near.0, near.1, &best)
        if Self.bound(chord: abs(offset)) < best {
            search(target, point, far.0, far.1, &best)
        }
    }
}
