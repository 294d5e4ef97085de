extension ShapeTable {
    /// Shapes that really overlap `box` (which may cross the antimeridian), ascending:
    /// the bounding-box candidates from `index`, kept when an edge passes through the box or,
    /// for closed rings, when the ring encloses the box.
    ///
    /// Complexity: O(points of the candidates whose bounds are not inside the box).
    func shapes(overlapping box: BoundingBox, index: BoxIndex, closed: Bool) -> [Int] {
        let box = ShapeTable.canonical(box)
        let parts = box.unwrapped()
        return index.shapes(intersecting: box).filter { shape in
            parts.contains { overlaps(shape, $0, closed: closed) }
        }
    }

    /// The same area with longitudes in −180…180: a box given unrolled (170…190) becomes
    /// one crossing the antimeridian (170…−170); one 360° or wider becomes the whole band.
    static func canonical(_ box: BoundingBox) -> BoundingBox {
        let south = max(min(box.south, box.north), -90), north = min(max(box.south, box.north), 90)
        if box.west <= box.east, box.east - box.west >= 360 || (box.west <= -180 && box.east >= 180) {
            return BoundingBox(west: -180, south: south, east: 180, north: north)
        }
        let west = Coordinate.wrap(box.west), east = Coordinate.wrap(box.east)
        // Wrapping may turn -180 into 180 or the reverse; keep the box's extent.
        if box.west <= box.east, west > east, east == -180 { return BoundingBox(west: west, south: south, east: 180, north: north) }
        if box.west <= box.east, west > east, west == 180 { return BoundingBox(west: -180, south: south, east: east, north: north) }
        return BoundingBox(west: west, south: south, east: east, north: north)
    }

    /// Whether one shape overlaps a box that does not cross the antimeridian.
    func overlaps(_ shape: Int, _ box: BoundingBox, closed: Bool) -> Bool {
        let bounds = self.bounds[shape]
        guard bounds.west <= box.east, bounds.east >= box.west, bounds.south <= box.north, bounds.north >= box.south else {
            return false
        }
        if bounds.west >= box.west, bounds.east <= box.east, bounds.south >= box.south, bounds.north <= box.north {
            return true
        }
        let range = pointRange(shape)
        return longitudes.withUnsafeBufferPointer { lon in
            latitudes.withUnsafeBufferPointer { lat in
                var previous = closed ? range.upperBound - 1 : range.lowerBound
                for current in (closed ? range : range.dropFirst()) {
                    if ShapeTable.segment(lon[previous], lat[previous], lon[current], lat[current], meets: box) {
                        return true
                    }
                    previous = current
                }
                guard closed else { return false }
                // No edge enters the box, so it lies wholly inside or outside the ring:
                // test one corner with the crossing-number rule.
                let x = box.west, y = box.south
                var inside = false
                previous = range.upperBound - 1
                for current in range {
                    let x1 = lon[previous], y1 = lat[previous], x2 = lon[current], y2 = lat[current]
                    if (y1 > y) != (y2 > y), x1 + (y - y1) / (y2 - y1) * (x2 - x1) > x { inside.toggle() }
                    previous = current
                }
                return inside
            }
        }
    }

    /// Whether the segment (x1,y1)–(x2,y2) touches the box.
    @inline(__always)
    static func segment(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, meets box: BoundingBox) -> Bool {
        if max(x1, x2) < box.west || min(x1, x2) > box.east || max(y1, y2) < box.south || min(y1, y2) > box.north {
            return false
        }
        return PlanarSegment.clip(x1, y1, x2, y2, minX: box.west, minY: box.south, maxX: box.east, maxY: box.north) != nil
    }
}
