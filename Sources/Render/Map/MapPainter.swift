import Foundation
import Geo

/// Draws one map's layers, in order, onto any ``Canvas``: ocean, land and lakes, coast,
/// borders, graticule, sea names, routes, markers, labels, then the layout panels.
struct MapPainter {
    struct Outcome {
        var warnings: [String] = []
        var labels: [(text: String, box: PageBox)] = []
        var markers: [PageBox] = []
        /// Page bounds of the title, legend, scale bar, credit, inset and north arrow.
        var panels: [PageBox] = []
        /// The north arrow, when one is drawn.
        var northArrow: NorthArrow?
    }

    let document: MapDocument
    let options: MapOptions
    let frame: MapFrame
    let theme: Theme
    /// The main map's coastlines and borders, loaded when first drawn: a map whose background
    /// comes from the layer cache decodes none.
    let basemap: LoadOnce<Basemap, any Error>
    /// The level of detail of ``basemap``.
    let basemapLevel: DetailLevel
    /// The lon/lat box the page shows (all longitudes when the page shows a pole).
    let visible: BoundingBox
    /// Crude land for the locator inset, when one is asked for.
    let insetBasemap: Basemap?
    /// Loads basemap levels, for a detail inset's finer one.
    let basemapProvider: MapRenderer.BasemapProvider
    /// Loads a level's coastlines for a region only, for a detail inset's finer one.
    let regionalBasemap: MapRenderer.RegionalBasemapProvider?
    /// Layers kept from the last maps of a batch, when the renderer keeps them.
    let layers: MapLayerCache?
    /// The locator inset's layout, when one is asked for and the page has room.
    let inset: InsetMap?

    init(document: MapDocument, options: MapOptions, frame: MapFrame,
         basemap provider: @escaping MapRenderer.BasemapProvider,
         regional: MapRenderer.RegionalBasemapProvider? = nil, layers: MapLayerCache? = nil) throws {
        self.layers = layers
        self.document = document
        self.options = options
        self.frame = frame
        theme = options.theme
        let visible = frame.visibleBounds
        self.visible = visible
        insetBasemap = options.inset ? try provider(.crude) : nil
        basemapProvider = provider
        regionalBasemap = regional
        inset = options.inset ? InsetMap(main: frame, visible: visible, margin: 14,
                                         top: options.banner == nil ? 0 : ClassificationBanner.bandHeight) : nil
        let span = max(visible.longitudeSpan * cos(visible.center.latitude * .pi / 180), visible.latitudeSpan)
        let level: DetailLevel
        if let asked = options.detail {
            level = asked
        } else {
            // The high level is optional: without it, automatic detail falls back to intermediate.
            let automatic = DetailLevel.automatic(spanDegrees: span, pixels: Int(options.width * options.scale))
            level = automatic <= .intermediate || (try? provider(automatic)) != nil ? automatic : .intermediate
        }
        basemapLevel = level
        basemap = LoadOnce { try provider(level) }
    }

    func draw(on canvas: Canvas) throws -> Outcome {
        var outcome = Outcome()
        // The second core finds where the country names go while the background, routes and
        // track names are drawn, and after that loads the detail inset's coast (in that
        // order, so the two never compete with this thread for the cores).
        let naming = startNamingCountries()
        try drawBackground(on: canvas)
        let lines = routeLines()
        let alternatives = drawAlternatives(avoiding: lines, on: canvas)
        canvas.beginLayer("routes")
        for (route, pieces) in zip(document.routes, lines) { drawRoute(route, pieces: pieces, on: canvas) }
        canvas.endLayer()
        let markerPoints = drawMarkers(on: canvas)
        outcome.markers = markerPoints.map { marker, point in
            let r = MarkerSymbol.radius(for: marker.kind)
            return PageBox(x: point.x - r, y: point.y - r, width: 2 * r, height: 2 * r)
        }
        let tracks = labelledTracks(lines)
        // The inset and the banner's bands are fixed; the panels (north arrow included) are
        // laid out round them.
        let fixed = outcome.markers + (inset.map { [$0.box] } ?? []) + bannerBands
        // Track names are placed first, clear of the panels; a track with no room gets a key,
        // which adds a legend row, so the panels are laid out again and the names re-placed.
        let panelData = PanelData(routeSamples: MapPainter.sampledBoxes(lines.flatMap { $0 }, spacing: 8, size: 0).map { ProjectedPoint(x: $0.x, y: $0.y) },
                                  markers: markerPoints.map(\.1), drawn: drawnDocument(lines: lines, markers: markerPoints.map(\.0)))
        var panels = layoutPanels(on: canvas, data: panelData)
        let detail = detailInset(markerPoints, taken: panels.boxes + fixed, data: panelData)
        let finerBasemap = detail.flatMap { startLoadingBasemap(for: $0, after: naming?.rooms) }
        let edges = edgeNotes(obstacles: panels.boxes + fixed + (detail.map { [$0.box] } ?? []), on: canvas)
        let marked = fixed + edges.map(\.box) + (detail.map { [$0.box, $0.frameBox] } ?? [])
        // The crowded markers are labelled in the detail inset, not on the main map.
        let members = Set(detail?.members ?? [])
        let labelled = markerPoints.indices.filter { !members.contains($0) }.map { markerPoints[$0] }
        let detailBoxes = detail.map { [$0.box, $0.frameBox] } ?? []
        let trackLabels = settleTrackLabels(tracks, panels: &panels, data: panelData, marked: marked,
                                            detailBoxes: detailBoxes, markers: markerPoints, on: canvas)
        if let insetBasemap, let inset { inset.draw(on: canvas, basemap: insetBasemap, theme: theme) }
        let routeBoxes = MapPainter.sampledBoxes(lines.flatMap { $0 })
        let countries = options.countryNames ? countryLabels(on: canvas, naming: naming) : []
        var labels = placeLabels(markers: labelled, obstacles: marked + panels.boxes + trackLabels.boxes,
                                 routes: routeBoxes, alternatives: alternatives, countries: countries, on: canvas)
        if labels.datesOmitted {
            // The legend says so, in a row of its own: the labels are placed again clear of it.
            panels = layoutPanels(on: canvas, data: panelData, keys: trackLabels.legendKeys, datesOmitted: true, avoid: detailBoxes)
            labels = placeLabels(markers: labelled, obstacles: marked + panels.boxes + trackLabels.boxes,
                                 routes: routeBoxes, alternatives: alternatives, countries: countries, on: canvas)
            labels.datesOmitted = true
        }
        labels.draw(canvas)
        drawTrackLabels(trackLabels, on: canvas)
        drawEdgeNotes(edges, on: canvas)
        let finer = finerBasemap?.value()
        let detailLabels = try detail?.draw(on: canvas, basemap: finer?.basemap ?? basemap.value(), prepared: finer?.shapes,
                                            theme: theme, routes: document.routes,
                                        points: markerPoints, fonts: markerFonts, layers: layers) ?? []
        outcome.labels = labels.placed + detailLabels + trackLabels.placements.map { (trackLabels.tracks[$0.track].text, $0.bounds) }
        outcome.warnings += labels.warnings
        if panels.crowded {
            outcome.warnings.append("the title, legend, scale and credit do not fit apart on a \(Int(frame.width))×\(Int(frame.height)) page, "
                                     + "so they overlap each other — give a larger size")
        }
        panels.draw(canvas)
        outcome.panels = panels.boxes + (inset.map { [$0.box] } ?? [])
        outcome.northArrow = panels.northArrow
        options.banner?.draw(on: canvas, width: frame.width, height: frame.height, fontFamily: theme.fontFamily)
        return outcome
    }

    /// Draws the markers on the page in their layer; returns each with its page point.
    func drawMarkers(on canvas: Canvas) -> [(MapMarker, ProjectedPoint)] {
        canvas.beginLayer("markers")
        defer { canvas.endLayer() }
        let page = PageBox(x: 0, y: 0, width: frame.width, height: frame.height)
        var points: [(MapMarker, ProjectedPoint)] = []
        for marker in document.markers {
            guard let point = frame.page(marker.coordinate), page.contains(PageBox(x: point.x, y: point.y, width: 0, height: 0))
            else { continue }
            MarkerPainter.draw(marker.kind, at: point, on: canvas, theme: theme)
            points.append((marker, point))
        }
        return points
    }

    /// The inset magnifies: its coastline comes from the level for its own scale, only what
    /// meets the inset when a regional provider is given, and starts loading on another
    /// thread here, while the labels are placed — projected onto the inset's page there too,
    /// with a frame of its own, once `earlier` work on that core is done; nil when that is the
    /// main map's level and there is no regional provider.
    func startLoadingBasemap(for detail: DetailInset, after earlier: LoadOnce<[Int: CountryRoom], Never>? = nil) -> LoadOnce<FinerBasemap?, Never>? {
        let level = detail.level(scale: options.scale)
        guard level != basemapLevel || regionalBasemap != nil else { return nil }
        let provider = basemapProvider, regional = regionalBasemap, region = detail.visibleBounds, box = detail.box
        // The coast on the inset's page too, unless a map before this one of the batch left it.
        let inset = layers?.insetShapes.value(for: detail.shapesKey(level: level)) == nil ? detail.detachedFrame() : nil
        let once = LoadOnce<FinerBasemap?, Never> {
            _ = earlier?.value()
            guard let basemap = try? regional?(level, region) ?? provider(level) else { return nil }
            return FinerBasemap(basemap: basemap, shapes: inset.map { DetailInset.shapes(of: basemap, frame: $0.frame, box: box) })
        }
        Thread.detachNewThread { _ = once.value() }
        return once
    }

    /// A detail inset's basemap, and its coast and borders on the page when made with it.
    struct FinerBasemap: Sendable {
        var basemap: Basemap
        var shapes: MapLayerCache.InsetShapes?
    }

    /// The track names placed clear of the panels, and the panels laid out again (clear of
    /// the detail inset) with the keys of the names that found no room, until the keys the
    /// legend explains are the keys the names left (a round or two); a name the last layout
    /// still covers is left out.
    func settleTrackLabels(_ tracks: [TrackLabeler.Track], panels: inout Panels, data: PanelData, marked: [PageBox],
                           detailBoxes: [PageBox], markers: [(MapMarker, ProjectedPoint)], on canvas: Canvas) -> TrackLabels {
        // The names are placed again as the panels move: what does not depend on them is kept.
        let memo = TrackLabelMemo()
        var labels = placeTrackLabels(tracks, obstacles: marked + panels.boxes, markers: markers, memo: memo, on: canvas)
        var panelKeys: [Legend.TrackKey] = []
        for _ in 0..<3 where labels.legendKeys != panelKeys {
            panelKeys = labels.legendKeys
            panels = layoutPanels(on: canvas, data: data, keys: panelKeys, avoid: detailBoxes)
            labels = placeTrackLabels(tracks, obstacles: marked + panels.boxes, markers: markers, memo: memo, on: canvas)
        }
        if labels.legendKeys != panelKeys {
            panels = layoutPanels(on: canvas, data: data, keys: labels.legendKeys, avoid: detailBoxes)
        }
        let final = panels.boxes
        labels.placements.removeAll { placement in final.contains { placement.intersects($0) } }
        return labels
    }

    /// The detail inset the options ask for, where markers crowd or round the places named.
    func detailInset(_ markerPoints: [(MapMarker, ProjectedPoint)], taken: [PageBox], data: PanelData) -> DetailInset? {
        let near: [Coordinate]?
        switch options.detailInset {
        case .off: return nil
        case .auto: near = nil
        case let .places(places): near = places
        }
        guard let members = DetailInset.cluster(markerPoints, near: near) else { return nil }
        return DetailInset(main: frame, points: markerPoints, members: members,
                           taken: taken + bannerBands + (inset.map { [$0.box] } ?? []),
                           data: data.routeSamples + data.markers, margin: 14, top: bannerHeight)
    }

    /// The document as drawn: routes with some length on the page, markers on the page.
    func drawnDocument(lines: [[[ProjectedPoint]]], markers: [MapMarker]) -> MapDocument {
        var drawn = document
        drawn.routes = zip(document.routes, lines).filter { TrackLabeler.length($0.1) >= 1 }.map(\.0)
        drawn.markers = markers
        return drawn
    }

    /// The height of a banner's band at the top and at the bottom of the page; 0 without one.
    var bannerHeight: Double { options.banner == nil ? 0 : ClassificationBanner.bandHeight }

    /// The banner's two bands, or none.
    var bannerBands: [PageBox] {
        options.banner == nil ? [] : ClassificationBanner.bands(width: frame.width, height: frame.height)
    }

    /// Where labels may go: the page less a 4-point edge and the banner's bands.
    var labelArea: PageBox {
        PageBox(x: 4, y: bannerHeight + 4, width: frame.width - 8, height: frame.height - 2 * bannerHeight - 8)
    }

    // MARK: Basemap

    /// Ocean, land, coastlines, borders and graticule: from the layer cache when a map of the
    /// same view drew them on a raster canvas before, else drawn (and kept, when caching).
    private func drawBackground(on canvas: Canvas) throws {
        let raster = layers == nil ? nil : canvas as? CairoCanvas
        let key = "\(frame.viewKey)|\(options.scale)|\(theme)|\(options.transparent)|\(options.graticule)|\(basemapLevel)"
        if let raster, let layers, raster.withPixels({ layers.fillBackground(for: key, into: $0) }) == true { return }
        let pageRect = Path.rectangle(x: 0, y: 0, width: frame.width, height: frame.height)
        canvas.beginLayer("ocean")
        if !options.transparent { canvas.fill(pageRect, color: theme.ocean) }
        canvas.endLayer()
        try drawBasemap(on: canvas, basemap: basemap.value())
        if options.graticule { drawGraticule(on: canvas) }
        if let raster, let layers { _ = raster.withPixels { layers.keep(background: UnsafeRawBufferPointer($0), for: key) } }
    }

    private func drawBasemap(on canvas: Canvas, basemap: Basemap) {
        var land = Path(), water = Path()
        var layers: [SurfaceKind: Path] = [:]
        // Rings are read in place from the flat arrays and projected in one batch.
        frame.pageRings(basemap.rings(intersecting: visible), longitudes: basemap.landLongitudes,
                        latitudes: basemap.landLatitudes) { ring, points in
            layers[ring.kind, default: Path()].add(points, closed: true)
        }
        canvas.beginLayer("land")
        for kind in [SurfaceKind.land, .lake, .islandInLake, .pondOnIsland] {
            guard let path = layers[kind] else { continue }
            let isWater = kind == .lake || kind == .pondOnIsland
            canvas.fill(path, color: isWater ? (options.transparent ? theme.lake : theme.lake) : theme.land)
            if isWater { water = path } else { land = path }
        }
        _ = (land, water)
        canvas.endLayer()
        canvas.beginLayer("coast")
        for kind in [SurfaceKind.land, .lake, .islandInLake, .pondOnIsland] {
            if let path = layers[kind] { canvas.stroke(path, pen: theme.coast) }
        }
        canvas.endLayer()
        canvas.beginLayer("borders")
        var borders = Path()
        frame.pageLines(basemap.borderRanges(intersecting: visible), longitudes: basemap.borderLongitudes,
                        latitudes: basemap.borderLatitudes) { line in borders.add(line, closed: false) }
        canvas.stroke(borders, pen: theme.border)
        canvas.endLayer()
    }

    private func drawGraticule(on canvas: Canvas) {
        canvas.beginLayer("graticule")
        let step = [1.0, 2, 5, 10, 15, 30].first { visible.latitudeSpan / $0 <= 10 } ?? 30
        var path = Path()
        var latitude = (visible.south / step).rounded(.down) * step
        while latitude <= visible.north {
            let line = stride(from: visible.west, through: visible.west + visible.longitudeSpan, by: 0.5)
                .map { Coordinate(latitude: latitude, longitude: $0) }
            for piece in frame.pageLines(line) { path.add(piece, closed: false) }
            latitude += step
        }
        var longitude = (visible.west / step).rounded(.down) * step
        while longitude <= visible.west + visible.longitudeSpan {
            let line = stride(from: max(visible.south, -89.9), through: min(visible.north, 89.9), by: 0.5)
                .map { Coordinate(latitude: $0, longitude: longitude) }
            for piece in frame.pageLines(line) { path.add(piece, closed: false) }
            longitude += step
        }
        canvas.stroke(path, pen: theme.graticule)
        canvas.endLayer()
    }

    // MARK: Routes

    /// Each route's page polylines, with routes that run along each other moved into lanes.
    func routeLines() -> [[[ProjectedPoint]]] {
        var lines: [RouteLanes.Line] = []
        for (index, route) in document.routes.enumerated() {
            for piece in frame.pageLines(route.points) { lines.append(.init(route: index, points: piece)) }
        }
        let widest = document.routes.map { RouteStyle.width(forCount: $0.count, theme: theme) }.max() ?? 0
        let separated = RouteLanes(spacing: widest + 2).separate(lines)
        var result = [[[ProjectedPoint]]](repeating: [], count: document.routes.count)
        for line in separated { result[line.route].append(line.points) }
        return result
    }

    /// Small boxes every few points along page lines, for labels to keep off routes.
    static func sampledBoxes(_ lines: [[ProjectedPoint]], spacing: Double = 5, size: Double = 4) -> [PageBox] {
        var boxes: [PageBox] = []
        for line in lines {
            for (a, b) in zip(line, line.dropFirst()) {
                let steps = max(1, Int((hypot(b.x - a.x, b.y - a.y) / spacing).rounded(.up)))
                for k in 0..<steps {
                    let t = Double(k) / Double(steps)
                    boxes.append(PageBox(x: a.x + (b.x - a.x) * t - size / 2, y: a.y + (b.y - a.y) * t - size / 2,
                                         width: size, height: size))
                }
            }
        }
        return boxes
    }

    /// Draws the ways round as thin grey lines under the routes; returns each one's label
    /// and where along its line to set it: the point farthest from the routes' `lines`.
    private func drawAlternatives(avoiding lines: [[[ProjectedPoint]]],
                                  on canvas: Canvas) -> [(text: String, anchor: ProjectedPoint)] {
        guard !document.alternatives.isEmpty else { return [] }
        canvas.beginLayer("alternatives")
        defer { canvas.endLayer() }
        let routePoints = MapPainter.sampledBoxes(lines.flatMap { $0 }, spacing: 12).map { ProjectedPoint(x: $0.x, y: $0.y) }
        let inner = PageBox(x: 40, y: 40, width: frame.width - 80, height: frame.height - 80)
        var anchors: [(text: String, anchor: ProjectedPoint)] = []
        for alternative in document.alternatives {
            let pieces = frame.pageLines(alternative.points)
            var path = Path()
            for piece in pieces { path.add(piece, closed: false) }
            canvas.stroke(path, pen: Pen(width: 3.2, color: theme.casing.opacity(theme.casing.alpha * 0.6)))
            canvas.stroke(path, pen: Pen(width: 1.4, color: theme.alternative))
            let samples = MapPainter.sampledBoxes(pieces, spacing: 10, size: 0).map { ProjectedPoint(x: $0.x, y: $0.y) }
                .filter { inner.contains(PageBox(x: $0.x, y: $0.y, width: 0, height: 0)) }
            let best = samples.max { a, b in
                MapPainter.clearance(a, from: routePoints) < MapPainter.clearance(b, from: routePoints)
            }
            if let best { anchors.append((alternative.label, best)) }
        }
        return anchors
    }

    /// Squared page distance from `point` to the nearest of `points`; infinite without any.
    static func clearance(_ point: ProjectedPoint, from points: [ProjectedPoint]) -> Double {
        points.reduce(Double.infinity) { min($0, ($1.x - point.x) * ($1.x - point.x) + ($1.y - point.y) * ($1.y - point.y)) }
    }

    private func drawRoute(_ route: MapRoute, pieces: [[ProjectedPoint]], on canvas: Canvas) {
        let style = RouteStyle(mode: route.mode, certainty: route.certainty, count: route.count, theme: theme)
        var path = Path()
        for piece in pieces { path.add(piece, closed: false) }
        canvas.stroke(path, pen: style.casing)
        canvas.stroke(path, pen: style.pen)
        guard route.arrow, let last = pieces.last, last.count >= 2 else { return }
        // The arrowhead sits just short of the destination so the marker stays visible.
        let (tip, angle) = MapPainter.point(along: last, backFromEnd: 9)
        let size = style.pen.width * 2 + 5
        canvas.fill(Arrowhead.path(tip: tip, angle: angle, size: size + 1.5), color: theme.casing)
        canvas.fill(Arrowhead.path(tip: tip, angle: angle, size: size), color: style.pen.color.opacity(1))
    }

    /// The point `distance` points before the end of a page polyline, and the direction of
    /// travel there in radians.
    static func point(along line: [ProjectedPoint], backFromEnd distance: Double) -> (ProjectedPoint, Double) {
        var remaining = distance
        var index = line.count - 1
        while index > 0 {
            let a = line[index - 1], b = line[index]
            let length = hypot(b.x - a.x, b.y - a.y)
            if length >= remaining, length > 0 {
                let t = (length - remaining) / length
                return (ProjectedPoint(x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t), atan2(b.y - a.y, b.x - a.x))
            }
            remaining -= length
            index -= 1
        }
        let a = line[0], b = line[1]
        return (a, atan2(b.y - a.y, b.x - a.x))
    }
}
