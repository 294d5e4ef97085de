/// One step of Sutherland–Hodgman polygon clipping (Sutherland & Hodgman 1974): a closed
/// ring cut to one half-plane. The map's page clip runs it on the four sides of the frame
/// (``PlanarClip``), the antimeridian cut on the two sides of the strip (``AntimeridianCut``).
public enum SutherlandHodgman {
    /// The part of the closed `ring` where `inside` holds, with a point from `intersect`
    /// wherever an edge crosses the boundary (given the edge's outside and inside ends in
    /// the ring's order).
    public static func clip<Point>(_ ring: [Point], inside: (Point) -> Bool,
                                   intersect: (Point, Point) -> Point) -> [Point] {
        guard var previous = ring.last else { return [] }
        var output: [Point] = []
        output.reserveCapacity(ring.count)
        var previousInside = inside(previous)
        for point in ring {
            let pointInside = inside(point)
            if pointInside != previousInside { output.append(intersect(previous, point)) }
            if pointInside { output.append(point) }
            previous = point
            previousInside = pointInside
        }
        return output
    }
}
