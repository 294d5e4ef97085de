import Foundation
import Geo

/// A small locator map for a corner of the page: the world (or, for a small main map,
/// the surrounding continent) in crude detail with the main map's extent outlined.
struct InsetMap {
    /// Where the inset sits on the page, in points.
    let box: PageBox
    private let frame: MapFrame
    private let extent: [[ProjectedPoint]]

    /// Lays out an inset of about a fifth of the page width in the top-right corner,
    /// `margin` points in from the side and `top + margin` down (`top`: a banner's band).
    /// Returns `nil` when the page is too small for one or the extent cannot be shown.
    init?(main: MapFrame, visible: BoundingBox, margin: Double, top: Double = 0) {
        let width = min(max(main.width * 0.2, 120), 220)
        let height = (width * 0.62).rounded()
        guard main.width > width * 2.5, main.height > height * 2.5 else { return nil }
        box = PageBox(x: main.width - width - margin, y: top + margin, width: width, height: height)
        let center = visible.center
        let span = visible.longitudeSpan
        let region: BoundingBox
        let definition: String
        if span >= 50 || visible.north - visible.south >= 40 || visible.north > 75 || visible.south < -70 {
            region = BoundingBox(west: -180, south: -60, east: 180, north: 85)
            definition = "+proj=eqearth +lon_0=\(center.longitude.rounded()) +datum=WGS84"
        } else {
            let half = max(span * 2.5, 25)
            region = BoundingBox(west: Coordinate.wrap(center.longitude - half), south: max(center.latitude - half * 0.6, -80),
                                 east: Coordinate.wrap(center.longitude + half), north: min(center.latitude + half * 0.6, 84))
            definition = "+proj=laea +lat_0=\(center.latitude.rounded()) +lon_0=\(center.longitude.rounded()) +datum=WGS84"
        }
        guard let projection = try? Projection(definition),
              let frame = try? MapFrame(projection: projection, region: region, width: width, height: height) else { return nil }
        self.frame = frame
        // The main page's edge, walked in page steps and mapped onto the inset.
        var edge: [Coordinate] = []
        let steps = 24
        for i in 0..<(4 * steps) {
            let t = Double(i % steps) / Double(steps)
            let point: ProjectedPoint
            switch i / steps {
            case 0: point = ProjectedPoint(x: main.width * t, y: 0)
            case 1: point = ProjectedPoint(x: main.width, y: main.height * t)
            case 2: point = ProjectedPoint(x: main.width * (1 - t), y: main.height)
            default: point = ProjectedPoint(x: 0, y: main.height * (1 - t))
            }
            if let coordinate = main.coordinate(atPage: point) { edge.append(coordinate) }
        }
        guard let first = edge.first else { return nil }
        // Unroll longitudes so the outline stays one line across the antimeridian.
        extent = frame.pageLines(Polyline(edge + [first]).unwrapped().points)
    }

    /// Draws the inset: ocean panel, crude land, a frame line and the extent in the accent colour.
    func draw(on canvas: Canvas, basemap: Basemap, theme: Theme) {
        let rectangle = Path.rectangle(x: box.x, y: box.y, width: box.width, height: box.height)
        canvas.beginLayer("inset")
        canvas.fill(rectangle, color: theme.ocean)
        canvas.clip(to: rectangle)
        var land = Path()
        for polygon in basemap.polygons(intersecting: BoundingBox(west: -180, south: -90, east: 180, north: 90))
        where polygon.kind == .land {
            for ring in frame.pageRings(polygon.ring) { land.add(ring.map(shifted), closed: true) }
        }
        canvas.fill(land, color: theme.land)
        var outline = Path()
        for line in extent { outline.add(line.map(shifted), closed: false) }
        canvas.stroke(outline, pen: Pen(width: 3.5, color: theme.halo))
        canvas.stroke(outline, pen: Pen(width: 1.6, color: theme.air))
        canvas.resetClip()
        canvas.stroke(rectangle, pen: Pen(width: 1, color: theme.panelText.opacity(0.6)))
        canvas.endLayer()
    }

    private func shifted(_ point: ProjectedPoint) -> ProjectedPoint {
        ProjectedPoint(x: point.x + box.x, y: point.y + box.y)
    }
}
