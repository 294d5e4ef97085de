import Foundation
import Geo
import MapVocabulary

/// Draws a ``MapDocument`` with Cairo: basemap, routes, markers, labels and layout.
///
/// Each call makes its own projection and surface, so one renderer can serve many
/// concurrent jobs.
public struct MapRenderer: Sendable {
    /// Returns the basemap for a level of detail; loaded once and shared by the caller.
    public typealias BasemapProvider = @Sendable (DetailLevel) throws -> Basemap

    /// Returns the coastlines and borders of a level that meet a region, for the detail
    /// inset's finer level (``Basemap/load(_:from:region:)``).
    public typealias RegionalBasemapProvider = @Sendable (DetailLevel, BoundingBox) throws -> Basemap

    private let basemap: BasemapProvider
    private let regionalBasemap: RegionalBasemapProvider?
    private let layers: MapLayerCache?

    /// Starts fontconfig on another thread (it reads its configuration and caches once per
    /// process): a command calls it first thing, so the fonts are ready when the first map is
    /// drawn, and its own start runs beside them.
    public static func prepareFonts() {
        InstalledFonts.prepare()
    }

    /// A renderer that reads its coastlines and borders through `basemap`, and the detail
    /// inset's finer ones through `regional` when given (else through `basemap`, whole).
    /// With `layers`, maps of the same view share their background and country names
    /// through it (a batch); the bytes are the same as without.
    public init(basemap: @escaping BasemapProvider, regional: RegionalBasemapProvider? = nil, layers: MapLayerCache? = nil) {
        self.basemap = basemap
        regionalBasemap = regional
        self.layers = layers
    }

    /// Renders to bytes in `format`. An SVG writes text as glyph outlines (exactly like the
    /// PNG) or, with `svgText: .real`, as editable `<text>` in named layers. A PDF with a
    /// ``MapOptions/paper`` is a page of that paper with the map inside its margin, and
    /// carries the document's title and subtitle as its Title and Subject.
    /// Throws ``RenderError`` or ``GeoError``.
    public func render(_ document: MapDocument, options: MapOptions, format: OutputFormat,
                       svgText: SVGTextMode = .outline) throws -> RenderedMap {
        var options = options
        let paper = format == .pdf ? options.paper : nil
        if let paper {
            options.width = paper.width - 2 * Paper.margin
            options.height = paper.height - 2 * Paper.margin
        }
        let region = options.region ?? MapRenderer.automaticRegion(for: document)
        let definition = ProjectionChoice.definition(for: options.projection, region: region)
        let projection = try Projection(definition)
        let frame = try MapFrame(projection: projection, region: region, width: options.width,
                                 height: options.height, scale: options.scale,
                                 reserved: options.banner == nil ? 0 : ClassificationBanner.bandHeight)
        let painter = try MapPainter(document: document, options: options, frame: frame, basemap: basemap,
                                     regional: regionalBasemap, layers: layers)
        let pixel = 1 / (frame.pointsPerUnit * options.scale)
        let topLeft = frame.projectedPoint(atPage: ProjectedPoint(x: 0.5 / options.scale, y: 0.5 / options.scale))
        let georeference = Georeference(worldFile: [pixel, 0, 0, -pixel, topLeft.x, topLeft.y],
                                        projection: projection.definition)
        let outcome: MapPainter.Outcome
        let bytes: [UInt8]
        if format == .svg, svgText == .real {
            let canvas = try SVGCanvas(width: options.width, height: options.height)
            outcome = try painter.draw(on: canvas)
            bytes = canvas.finish()
        } else {
            let canvas = try CairoCanvas(format: format, width: options.width, height: options.height,
                                         scale: options.scale, margin: paper == nil ? 0 : Paper.margin,
                                         metadata: .init(title: document.title, subject: document.subtitle),
                                         georeference: georeference)
            outcome = try painter.draw(on: canvas)
            bytes = try canvas.finish()
        }
        var warnings = outcome.warnings
        if let banner = options.banner, banner.level == .unknown {
            warnings.append("banner '\(banner.text)' begins with no classification level (UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET, TOP SECRET): drawn on grey")
        }
        return RenderedMap(bytes: bytes, format: format, warnings: warnings, projection: definition,
                           region: region, labels: outcome.labels, markers: outcome.markers,
                           panels: outcome.panels, bannerBands: options.banner == nil ? []
                               : ClassificationBanner.bands(width: frame.width, height: frame.height),
                           northArrow: outcome.northArrow, georeference: georeference)
    }

    /// The region that frames the story: the marked places and the routes between them,
    /// with a margin, at least 2° across. A far end — a place that alone stretches the frame
    /// to more than four times the area the other places need, and lies farther from all of
    /// them than twice their frame's width across (and at least 3,000 km): a ship bound for the far
    /// side of the world, a country's centre — is left out, with the part of its route
    /// beyond the rest; the painter points to it from the frame's edge. At most a quarter
    /// of the places are far ends, and never all but one.
    public static func automaticRegion(for document: MapDocument) -> BoundingBox {
        var kept = document.markers.map(\.coordinate)
        var farEnds: [Coordinate] = []
        while kept.count > 2, farEnds.count < max(1, document.markers.count / 4),
              let box = BoundingBox.enclosing(kept) {
            let area = Self.area(box)
            let trials = kept.indices.map { index -> (index: Int, area: Double) in
                var rest = kept
                rest.remove(at: index)
                return (index, BoundingBox.enclosing(rest).map(Self.area) ?? 0)
            }
            guard let best = trials.min(by: { ($0.area, $0.index) < ($1.area, $1.index) }), area > 4 * max(best.area, 4) else { break }
            // Far means farther from every other place than the others' frame is across.
            var rest = kept
            let candidate = rest.remove(at: best.index)
            guard let restBox = BoundingBox.enclosing(rest) else { break }
            let across = Geodesic.wgs84.distance(from: Coordinate(latitude: restBox.south, longitude: restBox.west),
                                                 to: Coordinate(latitude: restBox.north, longitude: restBox.west + restBox.longitudeSpan))
            let nearest = rest.map { Geodesic.wgs84.distance(from: $0, to: candidate) }.min() ?? 0
            guard nearest > 2 * max(across, 1_500_000) else { break }
            farEnds.append(candidate)
            kept = rest
        }
        var points = kept
        if var near = BoundingBox.enclosing(kept), !farEnds.isEmpty {
            // Near: half the story's size again around it, and at least 4° either way.
            let dx = max(near.longitudeSpan * 0.5, 4), dy = max(near.latitudeSpan * 0.5, 4)
            near = BoundingBox(west: Coordinate.wrap(near.west - dx), south: max(near.south - dy, -90),
                               east: Coordinate.wrap(near.east + dx), north: min(near.north + dy, 90))
            // Routes with an end far away show only their part near the story.
            for route in document.routes {
                let touchesFar = [route.points.first, route.points.last].contains { end in
                    guard let end else { return false }
                    return farEnds.contains { Geodesic.wgs84.distance(from: $0, to: end) < 100_000 } || !near.contains(end)
                }
                points += touchesFar ? route.points.filter(near.contains) : route.points
            }
            points += document.alternatives.flatMap(\.points).filter(near.contains)
        } else {
            points = document.coordinates
        }
        guard var box = BoundingBox.enclosing(points) else {
            return BoundingBox(west: -180, south: -60, east: 180, north: 80)
        }
        if box.longitudeSpan < 2 {
            let middle = box.center.longitude
            box.west = Coordinate.wrap(middle - 1)
            box.east = Coordinate.wrap(middle + 1)
        }
        if box.latitudeSpan < 2 {
            let middle = box.center.latitude
            box.south = max(middle - 1, -90)
            box.north = min(middle + 1, 90)
        }
        return box.padded(by: 0.1)
    }

    /// A box's area in square degrees of latitude (longitudes shrunk by the cosine of the
    /// middle latitude).
    static func area(_ box: BoundingBox) -> Double {
        box.longitudeSpan * cos(box.center.latitude * .pi / 180) * box.latitudeSpan
    }
}

extension MapFrame {
    /// Projected coordinates under a page position.
    func projectedPoint(atPage point: ProjectedPoint) -> ProjectedPoint {
        let origin = page(ProjectedPoint(x: 0, y: 0))
        return ProjectedPoint(x: (point.x - origin.x) / pointsPerUnit, y: -(point.y - origin.y) / pointsPerUnit)
    }
}
