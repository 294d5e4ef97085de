/// Straight segments in a plane — longitude/latitude degrees or page points — and the two
/// tests the land mask, the basemap queries, page clipping and the sea router's coastal
/// search share.
public enum PlanarSegment {
    /// Whether segments p1–p2 and q1–q2 share a point (touching and collinear overlaps
    /// included), by orientation predicates after a box test.
    public static func touch(_ p1x: Double, _ p1y: Double, _ p2x: Double, _ p2y: Double,
                             _ q1x: Double, _ q1y: Double, _ q2x: Double, _ q2y: Double) -> Bool {
        if max(p1x, p2x) < min(q1x, q2x) || max(q1x, q2x) < min(p1x, p2x)
            || max(p1y, p2y) < min(q1y, q2y) || max(q1y, q2y) < min(p1y, p2y) {
            return false
        }
        func orientation(_ ax: Double, _ ay: Double, _ bx: Double, _ by: Double, _ cx: Double, _ cy: Double) -> Double {
            (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
        }
        let d1 = orientation(q1x, q1y, q2x, q2y, p1x, p1y)
        let d2 = orientation(q1x, q1y, q2x, q2y, p2x, p2y)
        let d3 = orientation(p1x, p1y, p2x, p2y, q1x, q1y)
        let d4 = orientation(p1x, p1y, p2x, p2y, q2x, q2y)
        // With the boxes overlapping, zero orientations mean touching or collinear overlap.
        return (d1 * d2 <= 0) && (d3 * d4 <= 0)
    }

    /// The part of the segment (x1, y1)–(x2, y2) inside the box `minX…maxX` × `minY…maxY`, as
    /// the parameters `t0 ≤ t1` in 0…1 of its ends, or nil when it misses the box (Liang and
    /// Barsky 1984; touching an edge counts as inside).
    @inline(__always)
    static func clip(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double,
                     minX: Double, minY: Double, maxX: Double, maxY: Double) -> (t0: Double, t1: Double)? {
        let dx = x2 - x1, dy = y2 - y1
        var t0 = 0.0, t1 = 1.0
        guard narrow(-dx, x1 - minX, &t0, &t1), narrow(dx, maxX - x1, &t0, &t1),
              narrow(-dy, y1 - minY, &t0, &t1), narrow(dy, maxY - y1, &t0, &t1) else { return nil }
        return (t0, t1)
    }

    /// One boundary of ``clip(_:_:_:_:minX:minY:maxX:maxY:)``: narrows `t0…t1`, or false when
    /// nothing is left.
    @inline(__always)
    private static func narrow(_ p: Double, _ q: Double, _ t0: inout Double, _ t1: inout Double) -> Bool {
        if p == 0 { return q >= 0 }
        let r = q / p
        if p < 0 {
            if r > t1 { return false }
            t0 = max(t0, r)
        } else {
            if r < t0 { return false }
            t1 = min(t1, r)
        }
        return true
    }
}
