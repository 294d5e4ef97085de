/// A line on the globe: lon/lat vertices in order, joined by straight lon/lat segments or
/// by geodesics, as the caller's stage needs.
///
/// Longitudes may run past ±180° ("unrolled") so that a line across the antimeridian has no
/// jump: 179.5 is followed by 180.5, not −179.5. Every operation the routers, the exports and
/// the map need on a line lives here once: unwrapping, joining, densifying, cutting at the
/// antimeridian, clipping, simplifying and measuring.
public struct Polyline: Sendable, Codable, Hashable {
    /// The vertices in order.
    public var points: [Coordinate]

    /// A line through `points`, in order.
    public init(_ points: [Coordinate] = []) {
        self.points = points
    }

    /// The line with each longitude moved by whole turns to lie within 180° of the one
    /// before it, so that no segment jumps across the antimeridian.
    public func unwrapped() -> Polyline {
        var result = points
        for index in result.indices.dropFirst() {
            result[index] = result[index].unwrapped(near: result[index - 1].longitude)
        }
        return Polyline(result)
    }

    /// The whole line moved by whole turns of longitude so that its first point lies within
    /// 180° of `longitude`: the shift that lets it follow on from a line ending there.
    public func shifted(toFollow longitude: Double) -> Polyline {
        guard let first = points.first else { return self }
        let shift = Coordinate.turns(from: first.longitude, to: longitude)
        guard shift != 0 else { return self }
        return Polyline(points.map { Coordinate(latitude: $0.latitude, longitude: $0.longitude + shift) })
    }

    /// Appends `next`, which starts where this line ends: shifted to follow on in longitude,
    /// with the shared point kept once.
    public mutating func append(_ next: Polyline) {
        guard let last = points.last else {
            points = next.points
            return
        }
        points += next.shifted(toFollow: last.longitude).points.dropFirst()
    }

    /// The lines end to end, each starting where the one before ends: one continuous line.
    public static func joined(_ parts: [Polyline]) -> Polyline {
        var result = Polyline()
        for part in parts where !part.points.isEmpty { result.append(part) }
        return result
    }

    /// Total length in meters, the vertices joined by WGS84 geodesics.
    public var lengthMeters: Double {
        Geodesic.wgs84.length(of: points)
    }

    /// The point a fraction 0…1 of the way along the line, by geodesic length; `nil` for an
    /// empty line.
    public func point(atFraction fraction: Double) -> Coordinate? {
        guard let first = points.first else { return nil }
        let geodesic = Geodesic.wgs84
        let lengths = zip(points, points.dropFirst()).map { geodesic.distance(from: $0, to: $1) }
        var remaining = lengths.reduce(0, +) * min(max(fraction, 0), 1)
        for (index, length) in lengths.enumerated() {
            if remaining <= length, length > 0 {
                return geodesic.intermediate(from: points[index], to: points[index + 1], fraction: remaining / length)
            }
            remaining -= length
        }
        return points.last ?? first
    }

    /// The line with extra points so that no straight lon/lat segment is longer than
    /// `maximumDegrees` in either axis, split linearly: a projection then bends it.
    /// `closed` treats the points as a ring and densifies the edge from the last back to the
    /// first too.
    public func densified(maximumDegrees: Double, closed: Bool = false) -> Polyline {
        guard points.count >= 2, maximumDegrees > 0 else { return self }
        var output: [Coordinate] = []
        output.reserveCapacity(points.count)
        let count = closed ? points.count : points.count - 1
        for index in 0..<count {
            let start = points[index]
            let end = points[(index + 1) % points.count]
            output.append(start)
            let span = max(abs(end.longitude - start.longitude), abs(end.latitude - start.latitude))
            if span > maximumDegrees {
                let steps = Int((span / maximumDegrees).rounded(.up))
                for step in 1..<steps {
                    let fraction = Double(step) / Double(steps)
                    output.append(Coordinate(latitude: start.latitude + (end.latitude - start.latitude) * fraction,
                                             longitude: start.longitude + (end.longitude - start.longitude) * fraction))
                }
            }
        }
        if !closed, let last = points.last { output.append(last) }
        return Polyline(output)
    }

    /// The pieces of the line between crossings of the seam opposite `centralMeridian`, in
    /// order, with longitudes relative to the central meridian (−180…180; absolute when it is
    /// 0). Consecutive points are joined the short way round, so densify long segments
    /// first. Each crossing ends one piece and starts the next on the seam, `clearance`
    /// degrees inside it, at the latitude interpolated linearly in longitude and latitude;
    /// pieces of fewer than two points are dropped.
    ///
    /// With the defaults this is the cut GeoJSON (RFC 7946 §3.1.9) and KML readers expect:
    /// pieces that end and start exactly on ±180°. A map cuts at its own seam and keeps a
    /// small clearance so that its projection puts each end on the right side.
    public func pieces(cutAt centralMeridian: Double = 0, clearance: Double = 0) -> [Polyline] {
        guard let first = points.first else { return [] }
        var pieces: [Polyline] = []
        var current: [Coordinate] = []
        var previous = Coordinate(latitude: first.latitude, longitude: Coordinate.wrap(first.longitude - centralMeridian))
        current.append(previous)
        for point in points.dropFirst() {
            var next = Coordinate(latitude: point.latitude, longitude: Coordinate.wrap(point.longitude - centralMeridian))
            var delta = next.longitude - previous.longitude
            if delta > 180 { delta -= 360 } else if delta < -180 { delta += 360 }
            let target = previous.longitude + delta
            if target > 180 || target < -180 {
                // The segment crosses the seam: interpolate the crossing latitude.
                let seam = target > 180 ? 180.0 : -180.0
                let fraction = (seam - previous.longitude) / delta
                let latitude = previous.latitude + (next.latitude - previous.latitude) * fraction
                current.append(Coordinate(latitude: latitude, longitude: seam > 0 ? 180 - clearance : -180 + clearance))
                pieces.append(Polyline(current))
                current = [Coordinate(latitude: latitude, longitude: seam > 0 ? -180 + clearance : 180 - clearance)]
            }
            next.longitude = Coordinate.wrap(next.longitude)
            current.append(next)
            previous = next
        }
        if current.count >= 2 { pieces.append(Polyline(current)) }
        return pieces.filter { $0.points.count >= 2 }
    }

    /// The pieces of the line inside `box`, in order (Liang–Barsky per segment in the
    /// lon/lat plane, as ``PlanarClip`` clips page lines). The line's longitudes are taken as
    /// they are: unwrap it and give a box in the same range.
    public func clipped(to box: BoundingBox) -> [Polyline] {
        let clip = PlanarClip(minimumX: box.west, minimumY: box.south, maximumX: box.west + box.longitudeSpan, maximumY: box.north)
        return clip.clip(line: points.map { ProjectedPoint(x: $0.longitude, y: $0.latitude) }).map { piece in
            Polyline(piece.map { Coordinate(latitude: $0.y, longitude: $0.x) })
        }
    }

    /// The line without the vertices closer than `tolerance` degrees to the last one kept
    /// (``RadialThinning``, the simplification the map applies on its pixel grid); the first
    /// and last vertices are always kept.
    public func simplified(tolerance: Double) -> Polyline {
        var thinning = RadialThinning(tolerance: tolerance)
        var output: [Coordinate] = []
        let keep = { (point: ProjectedPoint) in output.append(Coordinate(latitude: point.y, longitude: point.x)) }
        for point in points {
            if let kept = thinning.offer(ProjectedPoint(x: point.longitude, y: point.latitude)) { keep(kept) }
        }
        if let last = thinning.finish() { keep(last) }
        return Polyline(output)
    }
}
