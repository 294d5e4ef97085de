import Foundation
import Geo

/// A magnified view of the place where markers crowd — the one place a story is often
/// about — with a frame round that place on the main map, leader lines to the inset, its
/// own scale bar, and the crowded markers' labels moved into it.
struct DetailInset {
    /// Markers closer than this on the page (points) crowd each other.
    static let crowding = 28.0
    /// How much larger the inset shows the cluster than the main map, at least.
    static let minimumZoom = 3.0

    /// Where the inset sits on the page.
    let box: PageBox
    /// The cluster's frame on the main map.
    let frameBox: PageBox
    /// The indices (into the painter's drawn markers) of the markers shown in the inset.
    let members: [Int]
    private let frame: MapFrame

    /// The markers that crowd: the largest group whose members lie within ``crowding`` of
    /// another member (ties: the most important group), or, with `near`, the markers within
    /// 50 km of those places. `nil` when nothing crowds or nothing is near.
    static func cluster(_ points: [(MapMarker, ProjectedPoint)], near places: [Coordinate]?) -> [Int]? {
        if let places {
            let chosen = points.indices.filter { index in
                places.contains { Geodesic.wgs84.distance(from: $0, to: points[index].0.coordinate) <= 50_000 }
            }
            return chosen.count >= 1 ? chosen : nil
        }
        // Markers closer than `crowding` join one group (union–find with path halving).
        // Only markers in the same or a neighbouring grid cell of that size can be that
        // close, so each is compared only with those: comparing every pair took a fifth of
        // a 10,000-sighting map.
        var parent = Array(points.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index {
                parent[index] = parent[parent[index]]
                index = parent[index]
            }
            return index
        }
        func cell(_ point: ProjectedPoint) -> (Int, Int) {
            (Int((point.x / crowding).rounded(.down)), Int((point.y / crowding).rounded(.down)))
        }
        struct Cell: Hashable { var x: Int, y: Int }
        var grid: [Cell: [Int]] = [:]
        func placed(_ point: ProjectedPoint) -> Bool { abs(point.x) < 1e12 && abs(point.y) < 1e12 }
        for index in points.indices where placed(points[index].1) {
            let (x, y) = cell(points[index].1)
            grid[Cell(x: x, y: y), default: []].append(index)
        }
        for a in points.indices where placed(points[a].1) {
            let p = points[a].1
            let (x, y) = cell(p)
            for dx in -1...1 {
                for dy in -1...1 {
                    for b in grid[Cell(x: x + dx, y: y + dy)] ?? [] where b > a {
                        let q = points[b].1
                        if hypot(p.x - q.x, p.y - q.y) < crowding { parent[root(b)] = root(a) }
                    }
                }
            }
        }
        let groups = Dictionary(grouping: points.indices, by: root).values.filter { $0.count >= 2 }
        return groups.max { a, b in
            let weight = { (group: [Int]) in (group.count, group.map { points[$0].0.importance }.reduce(0, +), -group[0]) }
            return weight(a) < weight(b)
        }?.sorted()
    }

    /// Lays out the inset for `members` of `points` on the `main` page: a box about 30% of
    /// the page wide where it covers the least of `data` and none of `taken`. `nil` when the
    /// page is too small or no place is free.
    init?(main: MapFrame, points: [(MapMarker, ProjectedPoint)], members: [Int], taken: [PageBox],
          data: [ProjectedPoint], margin: Double, top: Double = 0) {
        let width = min(max(main.width * 0.3, 200), 420)
        let height = (width * 0.72).rounded()
        guard main.width > width * 2, main.height - 2 * top > height * 1.6, !members.isEmpty else { return nil }
        let pagePoints = members.map { points[$0].1 }
        let xs = pagePoints.map(\.x), ys = pagePoints.map(\.y)
        frameBox = PageBox(x: xs.min()! - 16, y: ys.min()! - 16, width: xs.max()! - xs.min()! + 32, height: ys.max()! - ys.min()! + 32)
        // The inset shows the frame's ground magnified: the frame box mapped back to degrees.
        let corners = [(frameBox.x, frameBox.y), (frameBox.x + frameBox.width, frameBox.y),
                       (frameBox.x, frameBox.y + frameBox.height), (frameBox.x + frameBox.width, frameBox.y + frameBox.height)]
            .compactMap { main.coordinate(atPage: ProjectedPoint(x: $0.0, y: $0.1)) }
        guard corners.count == 4, var region = BoundingBox.enclosing(corners) else { return nil }
        let zoom = min(width / frameBox.width, height / frameBox.height)
        if zoom < Self.minimumZoom {
            region = region.padded(by: 0)
        }
        let center = region.center
        guard let projection = try? Projection("+proj=laea +lat_0=\(center.latitude) +lon_0=\(center.longitude) +datum=WGS84"),
              let frame = try? MapFrame(projection: projection, region: region, width: width, height: height) else { return nil }
        self.frame = frame
        self.members = members
        // Candidate places: the page's corners and edge middles, inside the margins and bands.
        let xsCandidates = [margin, (main.width - width) / 2, main.width - width - margin]
        let ysCandidates = [top + margin + 60, (main.height - height) / 2, main.height - top - height - margin - 60]
        var best: (cost: Int, box: PageBox)?
        for y in ysCandidates {
            for x in xsCandidates {
                let candidate = PageBox(x: x, y: y, width: width, height: height)
                guard !taken.contains(where: { $0.intersects(candidate) }),
                      !candidate.intersects(PageBox(x: frameBox.x - 20, y: frameBox.y - 20, width: frameBox.width + 40,
                                                    height: frameBox.height + 40)) else { continue }
                let cost = data.filter { candidate.contains($0) }.count
                if best == nil || cost < best!.cost { best = (cost, candidate) }
            }
        }
        guard let best else { return nil }
        box = best.box
    }

    /// The inset's scale bar and where it goes: in the first corner that hides none of the
    /// inset's markers (`symbols`); a small inset that has no such corner for both units gets
    /// kilometres alone, in the corner that hides fewest. An inset always has its scale.
    func scaleBarPlacement(avoiding symbols: [PageBox], theme: Theme) -> (ScaleBar?, PageBox?) {
        var scaleBar = ScaleBar(frame: frame, theme: theme, targetWidth: box.width * 0.3)
        var scaleBox: PageBox?
        for compact in [false, true] where scaleBox == nil {
            guard var bar = scaleBar else { break }
            bar.compact = compact
            let corners = Self.corners(for: bar.size, in: box)
            let hidden = corners.map { corner in symbols.filter { $0.inset(by: -3).intersects(corner) }.count }
            let fits = bar.size.width <= box.width - 12 && bar.size.height <= box.height / 2
            if let free = corners.indices.first(where: { hidden[$0] == 0 }), fits || compact {
                scaleBox = corners[free]
            } else if compact, let least = corners.indices.min(by: { hidden[$0] < hidden[$1] }) {
                scaleBox = corners[least]
            }
            scaleBar = bar
        }
        return (scaleBar, scaleBox)
    }

    /// Where a scale bar of `size` may go in `box`, in order of preference: the bottom
    /// corners, the top corners, then the middles of the bottom and top edges.
    static func corners(for size: (width: Double, height: Double), in box: PageBox) -> [PageBox] {
        let middle = box.x + (box.width - size.width) / 2
        let left = box.x + 6, right = box.x + box.width - size.width - 6
        let top = box.y + 6, bottom = box.y + box.height - size.height - 6
        return [(left, bottom), (right, bottom), (left, top), (right, top), (middle, bottom), (middle, top)]
            .map { PageBox(x: $0.0, y: $0.1, width: size.width, height: size.height) }
    }

    /// The lon/lat box the inset shows.
    var visibleBounds: BoundingBox { frame.visibleBounds }

    /// The basemap level for the inset's scale, as the main map chooses its own.
    func level(scale: Double) -> DetailLevel {
        let visible = frame.visibleBounds
        let span = max(visible.longitudeSpan * cos(visible.center.latitude * .pi / 180), visible.latitudeSpan)
        return DetailLevel.automatic(spanDegrees: span, pixels: Int(box.width * scale))
    }

    /// A page point on the inset for `coordinate`, or `nil` outside its projection.
    func page(_ coordinate: Coordinate) -> ProjectedPoint? {
        frame.page(coordinate).map { ProjectedPoint(x: $0.x + box.x, y: $0.y + box.y) }
    }

    /// Draws the frame on the main map, the leader lines, and the inset: basemap, the routes
    /// that pass, its markers with their labels, and a scale bar. Returns the labels placed
    /// (name and page box).
    @discardableResult
    func draw(on canvas: Canvas, basemap: Basemap, prepared: MapLayerCache.InsetShapes? = nil, theme: Theme, routes: [MapRoute],
              points: [(MapMarker, ProjectedPoint)], fonts: MarkerLabelText.Fonts,
              layers kept: MapLayerCache? = nil) -> [(text: String, box: PageBox)] {
        canvas.beginLayer("detail-inset")
        defer { canvas.endLayer() }
        let accent = theme.panelText.opacity(0.75)
        let frameRect = Path.rectangle(x: frameBox.x, y: frameBox.y, width: frameBox.width, height: frameBox.height)
        canvas.stroke(frameRect, pen: Pen(width: 3, color: theme.halo))
        canvas.stroke(frameRect, pen: Pen(width: 1.3, color: accent))
        for (from, to) in leaders() {
            var line = Path()
            line.add([from, to], closed: false)
            canvas.stroke(line, pen: Pen(width: 2.6, color: theme.halo.opacity(0.8)))
            canvas.stroke(line, pen: Pen(width: 1, color: accent))
        }
        let rectangle = Path.rectangle(x: box.x, y: box.y, width: box.width, height: box.height)
        canvas.fill(rectangle, color: theme.ocean)
        canvas.clip(to: rectangle)
        // The inset's coast and borders on the page: the same for every map of a batch that
        // puts the same inset over the same view, so kept for the next one.
        let key = shapesKey(level: basemap.level)
        let shapes = kept?.insetShapes.value(for: key) ?? {
            let shapes = prepared ?? Self.shapes(of: basemap, frame: frame, box: box)
            kept?.insetShapes.keep(shapes, for: key)
            return shapes
        }()
        for kind in [SurfaceKind.land, .lake, .islandInLake, .pondOnIsland] {
            guard let path = shapes.surfaces[kind] else { continue }
            canvas.fill(path, color: kind == .lake || kind == .pondOnIsland ? theme.lake : theme.land)
            canvas.stroke(path, pen: theme.coast)
        }
        canvas.stroke(shapes.borders, pen: theme.border)
        for route in routes {
            let style = RouteStyle(mode: route.mode, certainty: route.certainty, count: route.count, theme: theme)
            var path = Path()
            for piece in frame.pageLines(route.points) { path.add(piece.map(shifted), closed: false) }
            canvas.stroke(path, pen: style.casing)
            canvas.stroke(path, pen: style.pen)
        }
        var placed: [PlacedLabel] = []
        var requests: [LabelPlacer.Request] = []
        var symbols: [PageBox] = []
        var texts: [Int: MapMarker] = [:]
        for index in members {
            let marker = points[index].0
            guard let point = page(marker.coordinate) else { continue }
            MarkerPainter.draw(marker.kind, at: point, on: canvas, theme: theme)
            let r = MarkerSymbol.radius(for: marker.kind)
            symbols.append(PageBox(x: point.x - r, y: point.y - r, width: 2 * r, height: 2 * r))
            guard !marker.label.isEmpty else { continue }
            let (width, height) = MarkerLabelText(title: marker.label, date: marker.date, detail: marker.detail)
                .size(fonts, theme: theme, on: canvas)
            requests.append(.init(id: index, anchor: point, clearance: r, width: width, height: height,
                                  importance: 100 + marker.importance))
            texts[index] = marker
        }
        let (scaleBar, scaleBox) = scaleBarPlacement(avoiding: symbols, theme: theme)
        var placer = LabelPlacer(page: box.inset(by: 3), obstacles: symbols + (scaleBox.map { [$0] } ?? []), softObstacles: [])
        placed = placer.place(requests).placed
        for label in placed {
            guard let marker = texts[label.id] else { continue }
            if let (start, end) = label.leader {
                var path = Path()
                path.add([start, end], closed: false)
                canvas.stroke(path, pen: Pen(width: 1, color: theme.text))
            }
            // A label left of its marker is set flush right, so its lines start at the marker side.
            let flushRight = page(marker.coordinate).map { label.box.x + label.box.width <= $0.x } ?? false
            MarkerLabelText(title: marker.label, date: marker.date, detail: marker.detail)
                .draw(in: label.box, flushRight: flushRight, fonts: fonts, theme: theme, titleHalo: 2.5, on: canvas)
        }
        if let scaleBar, let scaleBox { scaleBar.draw(on: canvas, at: ProjectedPoint(x: scaleBox.x, y: scaleBox.y)) }
        canvas.resetClip()
        canvas.stroke(rectangle, pen: Pen(width: 1.3, color: accent))
        return placed.compactMap { label in texts[label.id].map { ($0.label, label.box) } }
    }

    /// Two lines joining the frame to the inset at the corners that face each other.
    func leaders() -> [(ProjectedPoint, ProjectedPoint)] {
        func corners(_ box: PageBox) -> [ProjectedPoint] {
            [ProjectedPoint(x: box.x, y: box.y), ProjectedPoint(x: box.x + box.width, y: box.y),
             ProjectedPoint(x: box.x + box.width, y: box.y + box.height), ProjectedPoint(x: box.x, y: box.y + box.height)]
        }
        let from = corners(frameBox), to = corners(box)
        // Corners in the same position (top-left to top-left…), the two pairs closest together.
        let pairs = (0..<4).map { (from[$0], to[$0]) }.sorted { hypot($0.0.x - $0.1.x, $0.0.y - $0.1.y) < hypot($1.0.x - $1.1.x, $1.0.y - $1.1.y) }
        return Array(pairs.prefix(2))
    }

    /// What the inset's coast and borders from a basemap of `level` are kept under.
    func shapesKey(level: DetailLevel) -> String {
        "\(frame.viewKey)|\(box.x),\(box.y),\(box.width),\(box.height)|\(level)"
    }

    /// The inset's frame with a projection of its own, for ``shapes(of:frame:box:)`` on
    /// another thread; nil when the projection cannot be made again.
    func detachedFrame() -> DetachedFrame? {
        try? frame.detached()
    }

    /// The coast, lakes and borders of `basemap` on the page, in the inset's `box` under its
    /// `frame`: what ``draw(on:basemap:prepared:theme:routes:points:fonts:layers:)`` fills and
    /// strokes, given as `prepared` when made on another thread.
    static func shapes(of basemap: Basemap, frame: MapFrame, box: PageBox) -> MapLayerCache.InsetShapes {
        let shifted = { (point: ProjectedPoint) in Self.shifted(point, into: box) }
        var layers: [SurfaceKind: Path] = [:]
        frame.pageRings(basemap.rings(intersecting: frame.visibleBounds), longitudes: basemap.landLongitudes,
                        latitudes: basemap.landLatitudes) { ring, ringPoints in
            layers[ring.kind, default: Path()].add(ringPoints.map(shifted), closed: true)
        }
        var borders = Path()
        frame.pageLines(basemap.borderRanges(intersecting: frame.visibleBounds), longitudes: basemap.borderLongitudes,
                        latitudes: basemap.borderLatitudes) { line in borders.add(line.map(shifted), closed: false) }
        return MapLayerCache.InsetShapes(surfaces: layers, borders: borders)
    }

    private func shifted(_ point: ProjectedPoint) -> ProjectedPoint {
        Self.shifted(point, into: box)
    }

    /// A point of the inset's own page on the main page, the inset at `box`.
    private static func shifted(_ point: ProjectedPoint, into box: PageBox) -> ProjectedPoint {
        ProjectedPoint(x: point.x + box.x, y: point.y + box.y)
    }
}
