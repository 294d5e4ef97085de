import Foundation
import Geo

/// A filled triangular arrowhead.
enum Arrowhead {
    /// The arrowhead with its tip at `tip`, pointing along `angle` (radians, page axes).
    static func path(tip: ProjectedPoint, angle: Double, size: Double) -> Path {
        let back = size, half = size * 0.55
        let bx = tip.x - back * cos(angle), by = tip.y - back * sin(angle)
        var path = Path()
        path.add([tip, ProjectedPoint(x: bx - half * sin(angle), y: by + half * cos(angle)),
                  ProjectedPoint(x: bx + half * sin(angle), y: by - half * cos(angle))], closed: true)
        return path
    }
}
