import Foundation
import Geo

/// Where the north arrow stands and where it points: true north at that page position.
///
/// The direction comes from the projection: the arrow's position is inverse-projected, a
/// point 0.01° of latitude north of it is projected back, and the arrow points from the
/// one to the other. Under a conic, polar or other projection where north turns across the
/// page, the arrow is true only where it stands.
public struct NorthArrow: Sendable, Equatable {
    /// The centre of the arrow, in page points from the top-left corner (y down).
    public var center: ProjectedPoint
    /// The direction to true north at ``center``, in degrees clockwise from straight up the
    /// page (0 when north is up, 90 when it is to the right).
    public var bearing: Double

    /// The side of the square the arrow and its `N` take, in points.
    static let side = 62.0

    /// The arrow at `center` on `frame`'s page, or `nil` where the page shows no globe or
    /// the point is a pole (where no direction is north).
    init?(at center: ProjectedPoint, frame: MapFrame) {
        guard let here = frame.coordinate(atPage: center), here.latitude < 89.99, here.latitude > -90,
              let start = frame.page(here),
              let north = frame.page(Coordinate(latitude: min(here.latitude + 0.01, 90), longitude: here.longitude))
        else { return nil }
        let dx = north.x - start.x, dy = north.y - start.y
        guard dx * dx + dy * dy > 0 else { return nil }
        self.center = center
        bearing = atan2(dx, -dy) * 180 / .pi
    }

    /// The square the arrow takes on the page.
    var box: PageBox {
        PageBox(x: center.x - NorthArrow.side / 2, y: center.y - NorthArrow.side / 2,
                width: NorthArrow.side, height: NorthArrow.side)
    }

    /// Draws a split arrowhead pointing along ``bearing`` on a panel-coloured disc, with an
    /// upright `N` beyond its tip.
    func draw(on canvas: Canvas, theme: Theme) {
        let angle = bearing * .pi / 180
        let (sine, cosine) = (sin(angle), cos(angle))
        // A point given with the arrow pointing up (y down), turned clockwise by the bearing.
        func turned(_ x: Double, _ y: Double) -> ProjectedPoint {
            ProjectedPoint(x: center.x + x * cosine - y * sine, y: center.y + x * sine + y * cosine)
        }
        canvas.fill(Path.circle(center: center, radius: NorthArrow.side / 2), color: theme.panel)
        let tip = turned(0, -17), notch = turned(0, 7)
        var left = Path(), right = Path()
        left.add([tip, turned(-8, 15), notch], closed: true)
        right.add([tip, notch, turned(8, 15)], closed: true)
        canvas.fill(left, color: theme.panelText)
        canvas.fill(right, color: theme.panel.opacity(1))
        var outline = Path()
        outline.add([tip, turned(-8, 15), notch, turned(8, 15)], closed: true)
        canvas.stroke(outline, pen: Pen(width: 1.2, color: theme.panelText))
        let font = theme.font(size: 12, bold: true)
        let extent = canvas.measure("N", font: font, letterSpacing: 0)
        let letter = turned(0, -24)
        canvas.draw(TextRun(text: "N", origin: ProjectedPoint(x: letter.x - extent.width / 2, y: letter.y - extent.height / 2),
                            font: font, color: theme.panelText))
    }
}
