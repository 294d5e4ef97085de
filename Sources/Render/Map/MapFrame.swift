import Geo

/// The map's geometry on the page: a projection, the central meridian where the world is
/// cut, and the affine transform from projected meters to page points (y down).
///
/// Geometry flows through one visible sequence of stages: cut at the antimeridian →
/// densify long edges → project → page transform → simplify to the pixel grid → clip to
/// the frame.
final class MapFrame {
    /// The map projection.
    let projection: Projection
    /// Page width in points.
    let width: Double
    /// Page height in points.
    let height: Double
    /// Page points per projected unit.
    let pointsPerUnit: Double
    /// The longitude the page is centred on, in degrees: the world is cut at its antimeridian.
    let centralMeridian: Double
    private let centerX: Double
    private let centerY: Double
    private let cut: AntimeridianCut
    private let clip: PlanarClip
    /// Minimum spacing in points between kept vertices (half a pixel at the output scale).
    let tolerance: Double

    /// Fits `region` into a `width`×`height` page under `projection`, centring it and
    /// keeping the aspect ratio (the region fills one dimension, the other shows more).
    /// `reserved` points at the top and at the bottom (a banner's bands) are left out of the
    /// fit: the region shows between them, and the map still runs under them.
    init(projection: Projection, region: BoundingBox, width: Double, height: Double, scale: Double = 1,
         reserved: Double = 0) throws {
        self.projection = projection
        self.width = width
        self.height = height
        centralMeridian = ProjectionChoice.centralMeridian(of: projection.definition)
        cut = AntimeridianCut(centralMeridian: centralMeridian)
        tolerance = 0.5 / max(scale, 1)
        let margin = 3.0
        clip = PlanarClip(minimumX: -margin, minimumY: -margin, maximumX: width + margin, maximumY: height + margin)

        var minimumX = Double.infinity, maximumX = -Double.infinity
        var minimumY = Double.infinity, maximumY = -Double.infinity
        let steps = 48
        for index in 0...steps {
            let t = Double(index) / Double(steps)
            let longitude = region.west + region.longitudeSpan * t
            let latitude = region.south + region.latitudeSpan * t
            for coordinate in [Coordinate(latitude: region.south, longitude: longitude),
                               Coordinate(latitude: region.north, longitude: longitude),
                               Coordinate(latitude: latitude, longitude: region.west),
                               Coordinate(latitude: latitude, longitude: region.west + region.longitudeSpan),
                               Coordinate(latitude: region.center.latitude, longitude: longitude)] {
                guard let point = projection.forward(coordinate) else { continue }
                minimumX = min(minimumX, point.x); maximumX = max(maximumX, point.x)
                minimumY = min(minimumY, point.y); maximumY = max(maximumY, point.y)
            }
        }
        guard minimumX.isFinite, maximumX > minimumX, maximumY > minimumY else {
            throw RenderError.invalidRequest("the region \(region) cannot be shown in the projection '\(projection.definition)'")
        }
        pointsPerUnit = min(width / (maximumX - minimumX), max(height - 2 * reserved, 1) / (maximumY - minimumY))
        centerX = (minimumX + maximumX) / 2
        centerY = (minimumY + maximumY) / 2
    }

    /// Page position of a projected point.
    @inline(__always)
    func page(_ point: ProjectedPoint) -> ProjectedPoint {
        ProjectedPoint(x: width / 2 + (point.x - centerX) * pointsPerUnit,
                       y: height / 2 - (point.y - centerY) * pointsPerUnit)
    }

    /// Page position of a coordinate, or `nil` where the projection is undefined.
    func page(_ coordinate: Coordinate) -> ProjectedPoint? {
        projection.forward(Coordinate(latitude: coordinate.latitude, longitude: Coordinate.wrap(coordinate.longitude))).map(page)
    }

    /// The coordinate under a page position, or `nil` off the globe.
    func coordinate(atPage point: ProjectedPoint) -> Coordinate? {
        projection.inverse(ProjectedPoint(x: (point.x - width / 2) / pointsPerUnit + centerX,
                                          y: -(point.y - height / 2) / pointsPerUnit + centerY))
    }

    /// The lon/lat box the page shows, found by inverse-projecting points along its edges
    /// and across it; covers the whole globe when the page shows a pole or the seam.
    lazy var visibleBounds: BoundingBox = {
        var coordinates: [Coordinate] = []
        let steps = 24
        for i in 0...steps {
            for j in 0...steps {
                let point = ProjectedPoint(x: width * Double(i) / Double(steps), y: height * Double(j) / Double(steps))
                if let coordinate = coordinate(atPage: point) { coordinates.append(coordinate) }
            }
        }
        guard var box = BoundingBox.enclosing(coordinates) else {
            return BoundingBox(west: -180, south: -90, east: 180, north: 90)
        }
        box = box.padded(by: 0.08)
        if box.longitudeSpan > 300 || coordinates.count < (steps + 1) * (steps + 1) {
            box = BoundingBox(west: -180, south: max(box.south - 5, -90), east: 180, north: min(box.north + 5, 90))
        }
        return box
    }()

    /// A closed lon/lat ring as page rings, cut, projected, simplified and clipped.
    func pageRings(_ ring: [Coordinate]) -> [[ProjectedPoint]] {
        var output: [[ProjectedPoint]] = []
        for piece in cut.cut(ring: ring) {
            let dense = Densify.edges(piece, maximumDegrees: 2, closed: true)
            var points = projectRelative(dense)
            points = simplify(points)
            guard points.count >= 3 else { continue }
            let clipped = clip.clip(ring: points)
            if clipped.count >= 3 { output.append(clipped) }
        }
        return output
    }

    /// A lon/lat polyline (longitudes may be unrolled) as page polylines.
    func pageLines(_ line: [Coordinate]) -> [[ProjectedPoint]] {
        var output: [[ProjectedPoint]] = []
        let dense = Densify.edges(line, maximumDegrees: 1, closed: false)
        for piece in cut.cut(line: dense) {
            let points = simplify(projectRelative(piece))
            guard points.count >= 2 else { continue }
            output += clip.clip(line: points)
        }
        return output
    }

    /// Basemap rings straight from the flat arrays, as page rings, in the order of `rings`.
    ///
    /// Rings clear of the seam skip the cut and are densified into one scratch buffer that
    /// is projected in a single batch; rings that touch the seam take ``pageRings(_:)``. The
    /// result is the same, point for point, as calling ``pageRings(_:)`` on every ring.
    func pageRings(_ rings: [BasemapRing], longitudes: [Double], latitudes: [Double],
                   _ body: (BasemapRing, [ProjectedPoint]) -> Void) {
        let limit = 180 - cut.epsilon
        var xs: [Double] = [], ys: [Double] = []
        let total = rings.reduce(0) { $0 + $1.points.count }
        xs.reserveCapacity(total + total / 8)
        ys.reserveCapacity(total + total / 8)
        var spans: [Range<Int>?] = []
        spans.reserveCapacity(rings.count)
        for ring in rings {
            guard ring.bounds.west - centralMeridian > -limit, ring.bounds.east - centralMeridian < limit else {
                spans.append(nil)
                continue
            }
            let start = xs.count
            Densify.appendRelative(longitudes, latitudes, range: ring.points, offset: centralMeridian,
                                   maximumDegrees: 2, closed: true, toLongitudes: &xs, latitudes: &ys)
            spans.append(start..<xs.count)
        }
        projection.forward(longitudes: &xs, latitudes: &ys)
        var points: [ProjectedPoint] = []
        for (ring, span) in zip(rings, spans) {
            guard let span else {
                let coordinates = ring.points.map { Coordinate(latitude: latitudes[$0], longitude: longitudes[$0]) }
                for piece in pageRings(coordinates) { body(ring, piece) }
                continue
            }
            pageSimplified(xs, ys, span, into: &points)
            guard points.count >= 3 else { continue }
            let clipped = clip.clip(ring: points)
            if clipped.count >= 3 { body(ring, clipped) }
        }
    }

    /// Lon/lat polylines from flat arrays (longitudes −180…180) as page polylines, in order;
    /// the same as ``pageLines(_:)`` on each, with lines clear of the seam projected in one batch.
    func pageLines(_ ranges: [Range<Int>], longitudes: [Double], latitudes: [Double],
                   _ body: ([ProjectedPoint]) -> Void) {
        var xs: [Double] = [], ys: [Double] = []
        let total = ranges.reduce(0) { $0 + $1.count }
        xs.reserveCapacity(total + total / 8)
        ys.reserveCapacity(total + total / 8)
        var spans: [Range<Int>?] = []
        spans.reserveCapacity(ranges.count)
        for range in ranges {
            let start = xs.count
            if Densify.appendSeamFree(longitudes, latitudes, range: range, centralMeridian: centralMeridian,
                                      maximumDegrees: 1, toLongitudes: &xs, latitudes: &ys) {
                spans.append(start..<xs.count)
            } else {
                xs.removeSubrange(start...); ys.removeSubrange(start...)
                spans.append(nil)
            }
        }
        projection.forward(longitudes: &xs, latitudes: &ys)
        var points: [ProjectedPoint] = []
        for (range, span) in zip(ranges, spans) {
            guard let span else {
                let coordinates = range.map { Coordinate(latitude: latitudes[$0], longitude: longitudes[$0]) }
                for piece in pageLines(coordinates) { body(piece) }
                continue
            }
            pageSimplified(xs, ys, span, into: &points)
            guard points.count >= 2 else { continue }
            for piece in clip.clip(line: points) { body(piece) }
        }
    }

    /// Projected points in `span` on the page, dropping unmappable ones, then simplified to
    /// the pixel grid, written into `points` (reused between calls).
    private func pageSimplified(_ xs: [Double], _ ys: [Double], _ span: Range<Int>, into points: inout [ProjectedPoint]) {
        points.removeAll(keepingCapacity: true)
        let limit = tolerance * tolerance
        var last = ProjectedPoint(x: .nan, y: .nan)
        var pending: ProjectedPoint?
        var kept = 0
        for index in span where xs[index].isFinite && ys[index].isFinite && abs(xs[index]) < 1e12 {
            let point = page(ProjectedPoint(x: xs[index], y: ys[index]))
            kept += 1
            if kept == 1 {
                points.append(point)
                last = point
                continue
            }
            // The newest point is held back: it is the last vertex, always kept, when no other follows.
            if let held = pending {
                let dx = held.x - last.x, dy = held.y - last.y
                if dx * dx + dy * dy >= limit {
                    points.append(held)
                    last = held
                }
            }
            pending = point
        }
        if let held = pending { points.append(held) }
    }

    /// Projects coordinates whose longitudes are relative to the central meridian.
    private func projectRelative(_ coordinates: [Coordinate]) -> [ProjectedPoint] {
        var longitudes = coordinates.map { $0.longitude + centralMeridian }
        var latitudes = coordinates.map(\.latitude)
        projection.forward(longitudes: &longitudes, latitudes: &latitudes)
        var points: [ProjectedPoint] = []
        points.reserveCapacity(coordinates.count)
        for index in longitudes.indices where longitudes[index].isFinite && latitudes[index].isFinite
            && abs(longitudes[index]) < 1e12 {
            points.append(page(ProjectedPoint(x: longitudes[index], y: latitudes[index])))
        }
        return points
    }

    /// Drops vertices closer than `tolerance` to the last kept one (simplification to the
    /// pixel grid); the last vertex is always kept.
    private func simplify(_ points: [ProjectedPoint]) -> [ProjectedPoint] {
        guard points.count > 2 else { return points }
        var output: [ProjectedPoint] = [points[0]]
        output.reserveCapacity(points.count / 2)
        var last = points[0]
        let limit = tolerance * tolerance
        for point in points.dropFirst().dropLast() {
            let dx = point.x - last.x, dy = point.y - last.y
            if dx * dx + dy * dy >= limit {
                output.append(point)
                last = point
            }
        }
        output.append(points[points.count - 1])
        return output
    }
}
