import Geo

/// Marker symbols by kind: the size of each kind's symbol and its legend name; the shape
/// comes from the theme (``Theme/markerShape(for:)``: by default air base ▲, naval base ◆,
/// airport △, port ■, city ●, reported position ○, other named place □, estimated position ◇).
enum MarkerSymbol {
    /// Radius in points of the symbol's bounding circle.
    static func radius(for kind: MarkerKind) -> Double {
        switch kind {
        case .airBase, .navalBase: return 6.5
        case .airport, .port: return 5.5
        case .city: return 3.5
        case .position, .estimate: return 5
        case .place: return 4.5
        }
    }

    /// The outline of `shape` sized for `kind`, centred on `center` (page points).
    static func path(for kind: MarkerKind, shape: MarkerShape, at center: ProjectedPoint) -> Path {
        let r = radius(for: kind)
        let (x, y) = (center.x, center.y)
        var path = Path()
        switch shape.outline {
        case .triangle:
            path.add([ProjectedPoint(x: x, y: y - r * 1.1), ProjectedPoint(x: x + r, y: y + r * 0.75),
                      ProjectedPoint(x: x - r, y: y + r * 0.75)], closed: true)
        case .diamond:
            path.add([ProjectedPoint(x: x, y: y - r), ProjectedPoint(x: x + r, y: y),
                      ProjectedPoint(x: x, y: y + r), ProjectedPoint(x: x - r, y: y)], closed: true)
        case .square:
            let s = r * 0.8
            path = Path.rectangle(x: x - s, y: y - s, width: 2 * s, height: 2 * s)
        case .circle:
            path = Path.circle(center: center, radius: r)
        }
        return path
    }

    static func legendName(_ kind: MarkerKind) -> String {
        switch kind {
        case .airBase: return "Air base"
        case .navalBase: return "Naval base"
        case .airport: return "Airfield"
        case .port: return "Port"
        case .city: return "City"
        case .position: return "Reported position"
        case .place: return "Place"
        case .estimate: return "Estimated position"
        }
    }
}
