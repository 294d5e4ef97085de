import Geo

/// A scale bar in kilometres and nautical miles, true at the map's centre.
struct ScaleBar {
    let kilometers: Double
    let nauticalMiles: Double
    /// Page points per meter at the centre.
    let pointsPerMeter: Double
    let theme: Theme
    let font: Font
    /// Kilometres only, one bar: for a small inset with no room for both.
    var compact = false

    /// Measures the map scale at the page centre along the parallel; `nil` when the
    /// projection is undefined there.
    init?(frame: MapFrame, theme: Theme, targetWidth: Double = 160) {
        let middle = ProjectedPoint(x: frame.width / 2, y: frame.height / 2)
        guard let left = frame.coordinate(atPage: ProjectedPoint(x: middle.x - 50, y: middle.y)),
              let right = frame.coordinate(atPage: ProjectedPoint(x: middle.x + 50, y: middle.y)) else { return nil }
        let meters = Geodesic.wgs84.distance(from: left, to: right)
        guard meters > 0 else { return nil }
        pointsPerMeter = 100 / meters
        let targetMeters = targetWidth / pointsPerMeter
        kilometers = ScaleBar.niceNumber(below: targetMeters / 1000)
        nauticalMiles = ScaleBar.niceNumber(below: targetMeters / .metersPerNauticalMile)
        self.theme = theme
        font = theme.font(size: 11)
    }

    /// The largest 1, 2 or 5 × 10ⁿ not above `value`.
    static func niceNumber(below value: Double) -> Double {
        guard value > 0 else { return 1 }
        var magnitude = 1.0
        while magnitude * 10 <= value { magnitude *= 10 }
        while magnitude > value { magnitude /= 10 }
        for factor in [5.0, 2.0, 1.0] where factor * magnitude <= value { return factor * magnitude }
        return magnitude
    }

    var size: (width: Double, height: Double) {
        let width = max(kilometers * 1000, nauticalMiles * .metersPerNauticalMile) * pointsPerMeter
        return compact ? (kilometers * 1000 * pointsPerMeter + 60, 26) : (width + 70, 46)
    }

    func draw(on canvas: Canvas, at origin: ProjectedPoint) {
        let (width, height) = size
        canvas.fill(Path.rectangle(x: origin.x, y: origin.y, width: width, height: height), color: theme.panel)
        let x0 = origin.x + 10
        let rows = [(kilometers, "km", kilometers * 1000), (nauticalMiles, "nm", nauticalMiles * .metersPerNauticalMile)]
        for (index, (value, unit, meters)) in rows.prefix(compact ? 1 : 2).enumerated() {
            let y = origin.y + 14 + Double(index) * 18
            let length = meters * pointsPerMeter
            var path = Path()
            path.add([ProjectedPoint(x: x0, y: y - 4), ProjectedPoint(x: x0, y: y), ProjectedPoint(x: x0 + length, y: y),
                      ProjectedPoint(x: x0 + length, y: y - 4)], closed: false)
            canvas.stroke(path, pen: Pen(width: 1.5, color: theme.panelText))
            let text = "\(ScaleBar.format(value)) \(unit)"
            let extent = canvas.measure(text, font: font, letterSpacing: 0)
            canvas.draw(TextRun(text: text, origin: ProjectedPoint(x: x0 + length + 6, y: y - extent.height / 2 - 2),
                                font: font, color: theme.panelText))
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
