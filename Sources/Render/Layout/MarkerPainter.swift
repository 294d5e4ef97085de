import Foundation
import Geo

/// Draws marker symbols with an outline that reads on land and sea.
enum MarkerPainter {
    static func draw(_ kind: MarkerKind, at center: ProjectedPoint, on canvas: Canvas, theme: Theme) {
        let shape = theme.markerShape(for: kind)
        let path = MarkerSymbol.path(for: kind, shape: shape, at: center)
        canvas.stroke(path, pen: Pen(width: 3, color: theme.markerOutline))
        if shape.isHollow {
            canvas.fill(path, color: theme.markerOutline)
            canvas.stroke(path, pen: Pen(width: 1.6, color: theme.marker))
        } else {
            canvas.fill(path, color: theme.marker)
        }
    }
}
