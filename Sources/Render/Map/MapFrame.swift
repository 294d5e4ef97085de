import Geo

/// The map's geometry on the page: a projection, the central meridian where the world is
/// cut, and the affine transform from projected meters to page points (y down).
///
/// Geometry flows through one visible sequence of stages: cut at the antimeridian →
/// densify long edges → project → page transform → simplify to the pixel grid → clip to
/// the frame.
struct MapFrame {
    /// The map projection.
    private(set) var projection: Projection
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

    /// Everything the page geometry depends on, written out: two frames with the same key put
    /// every coordinate at the same page point.
    var viewKey: String {
        "\(projection.definition)|\(width)x\(height)|\(pointsPerUnit)|\(centerX),\(centerY)|\(centralMeridian)|\(tolerance)"
    }

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
        visibleBounds = pageBounds()
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

    /// Page positions of many coordinates, projected in one batch; `nil` where the projection
    /// is undefined. The same points as ``page(_:)-(Coordinate)`` one by one.
    func page(_ coordinates: [Coordinate]) -> [ProjectedPoint?] {
        var xs = coordinates.map { Coordinate.wrap($0.longitude) }, ys = coordinates.map(\.latitude)
        projection.forward(longitudes: &xs, latitudes: &ys)
        return zip(xs, ys).map { x, y in
            x.isFinite && y.isFinite && abs(x) < 1e30 ? page(ProjectedPoint(x: x, y: y)) : nil
        }
    }

    /// The coordinate under a page position, or `nil` off the globe.
    func coordinate(atPage point: ProjectedPoint) -> Coordinate? {
        projection.inverse(ProjectedPoint(x: (point.x - width / 2) / pointsPerUnit + centerX,
                                          y: -(point.y - height / 2) / pointsPerUnit + centerY))
    }

    /// The lon/lat box the page shows, found by inverse-projecting points along its edges
    /// and across it; covers the whole globe when the page shows a pole or the seam.
    private(set) var visibleBounds = BoundingBox(west: -180, south: -90, east: 180, north: 90)

    /// ``visibleBounds`` as the page's points read back.
    private func pageBounds() -> BoundingBox {
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
    }

    /// A closed lon/lat ring as page rings, cut, projected, simplified and clipped.
    func pageRings(_ ring: [Coordinate]) -> [[ProjectedPoint]] {
        var batch = PageBatch()
        addCut(ring: ring, owner: 0, to: &batch)
        return pieces(&batch, closed: true)
    }

    /// A lon/lat polyline (longitudes may be unrolled) as page polylines.
    func pageLines(_ line: [Coordinate]) -> [[ProjectedPoint]] {
        var batch = PageBatch()
        addCut(line: line, owner: 0, to: &batch)
        return pieces(&batch, closed: false)
    }

    /// The page pieces of a batch holding one input.
    private func pieces(_ batch: inout PageBatch, closed: Bool) -> [[ProjectedPoint]] {
        var output: [[ProjectedPoint]] = []
        draw(&batch, closed: closed) { _, piece in output.append(piece) }
        return output
    }

    /// Basemap rings straight from the flat arrays, as page rings, in the order of `rings`.
    ///
    /// Rings clear of the seam skip the cut and are densified straight from the arrays;
    /// rings that touch the seam are cut first. The result is the same, point for point, as
    /// calling ``pageRings(_:)`` on every ring.
    func pageRings(_ rings: [BasemapRing], longitudes: [Double], latitudes: [Double],
                   _ body: (BasemapRing, [ProjectedPoint]) -> Void) {
        let limit = 180 - cut.epsilon
        var batch = PageBatch(capacity: rings.reduce(0) { $0 + $1.points.count })
        for (index, ring) in rings.enumerated() {
            guard ring.bounds.west - centralMeridian > -limit, ring.bounds.east - centralMeridian < limit else {
                let coordinates = ring.points.map { Coordinate(latitude: latitudes[$0], longitude: longitudes[$0]) }
                addCut(ring: coordinates, owner: index, to: &batch)
                continue
            }
            let start = batch.xs.count
            Densify.appendRelative(longitudes, latitudes, range: ring.points, offset: centralMeridian,
                                   maximumDegrees: 2, closed: true, toLongitudes: &batch.xs, latitudes: &batch.ys)
            batch.spans.append((index, start..<batch.xs.count))
        }
        draw(&batch, closed: true) { body(rings[$0], $1) }
    }

    /// Lon/lat polylines from flat arrays (longitudes −180…180) as page polylines, in order;
    /// the same as ``pageLines(_:)`` on each, with lines clear of the seam read straight from
    /// the arrays.
    func pageLines(_ ranges: [Range<Int>], longitudes: [Double], latitudes: [Double],
                   _ body: ([ProjectedPoint]) -> Void) {
        var batch = PageBatch(capacity: ranges.reduce(0) { $0 + $1.count })
        for (index, range) in ranges.enumerated() {
            let start = batch.xs.count
            if Densify.appendSeamFree(longitudes, latitudes, range: range, centralMeridian: centralMeridian,
                                      maximumDegrees: 1, toLongitudes: &batch.xs, latitudes: &batch.ys) {
                batch.spans.append((index, start..<batch.xs.count))
            } else {
                batch.xs.removeSubrange(start...); batch.ys.removeSubrange(start...)
                addCut(line: range.map { Coordinate(latitude: latitudes[$0], longitude: longitudes[$0]) }, owner: index, to: &batch)
            }
        }
        draw(&batch, closed: false) { body($1) }
    }

    /// Geometry on its way to the page: densified lon/lat points (absolute longitudes) in one
    /// buffer, projected in place in one batch, and the spans that make each piece, with the
    /// index of the input it came from.
    private struct PageBatch {
        var xs: [Double] = [], ys: [Double] = []
        var spans: [(owner: Int, range: Range<Int>)] = []

        init(capacity: Int = 0) {
            xs.reserveCapacity(capacity + capacity / 8)
            ys.reserveCapacity(capacity + capacity / 8)
        }

        /// Appends a piece whose longitudes are relative to `centralMeridian`.
        mutating func add(_ piece: [Coordinate], centralMeridian: Double, owner: Int) {
            let start = xs.count
            for point in piece {
                xs.append(point.longitude + centralMeridian)
                ys.append(point.latitude)
            }
            spans.append((owner, start..<xs.count))
        }
    }

    /// Stage one for a ring that may cross the seam: cut into pieces inside the strip, each
    /// densified to 2° edges.
    private func addCut(ring: [Coordinate], owner: Int, to batch: inout PageBatch) {
        for piece in cut.cut(ring: ring) {
            batch.add(Polyline(piece).densified(maximumDegrees: 2, closed: true).points, centralMeridian: centralMeridian, owner: owner)
        }
    }

    /// Stage one for a line that may cross the seam: densified to 1° segments, then cut.
    private func addCut(line: [Coordinate], owner: Int, to batch: inout PageBatch) {
        for piece in Polyline(line).densified(maximumDegrees: 1).pieces(cutAt: centralMeridian, clearance: cut.epsilon) {
            batch.add(piece.points, centralMeridian: centralMeridian, owner: owner)
        }
    }

    /// The stages after the cut, the same for every piece: project the batch, move onto the
    /// page, thin to the pixel grid, clip to the frame; `body` gets each page piece with the
    /// index of the input it came from, in order.
    private func draw(_ batch: inout PageBatch, closed: Bool, _ body: (Int, [ProjectedPoint]) -> Void) {
        projection.forward(longitudes: &batch.xs, latitudes: &batch.ys)
        var points: [ProjectedPoint] = []
        for (owner, span) in batch.spans {
            pageSimplified(batch.xs, batch.ys, span, into: &points)
            if closed {
                guard points.count >= 3 else { continue }
                let clipped = clip.clip(ring: points)
                if clipped.count >= 3 { body(owner, clipped) }
            } else {
                guard points.count >= 2 else { continue }
                for piece in clip.clip(line: points) { body(owner, piece) }
            }
        }
    }

    /// Projected points in `span` on the page, dropping unmappable ones, then thinned to the
    /// pixel grid (``RadialThinning``), written into `points` (reused between calls).
    private func pageSimplified(_ xs: [Double], _ ys: [Double], _ span: Range<Int>, into points: inout [ProjectedPoint]) {
        points.removeAll(keepingCapacity: true)
        var thinning = RadialThinning(tolerance: tolerance)
        for index in span where xs[index].isFinite && ys[index].isFinite && abs(xs[index]) < 1e12 {
            if let kept = thinning.offer(page(ProjectedPoint(x: xs[index], y: ys[index]))) { points.append(kept) }
        }
        if let last = thinning.finish() { points.append(last) }
    }
}

/// A frame handed to one other thread, over a projection no other thread uses (see
/// ``MapFrame/detached()``).
struct DetachedFrame: @unchecked Sendable {
    let frame: MapFrame
}

extension MapFrame {
    /// The same frame over a projection of its own, for work on another thread: a
    /// ``Projection`` is never shared across threads. The projection is made from the same
    /// definition, so every point lands where this frame puts it.
    func detached() throws -> DetachedFrame {
        var copy = self
        copy.projection = try Projection(projection.definition)
        return DetachedFrame(frame: copy)
    }
}
