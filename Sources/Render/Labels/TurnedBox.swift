import Foundation
import Geo

/// A rectangle turned on the page — the box of a name set along a line — as its four
/// corners in order. Overlap with other boxes is found by the separating axis theorem
/// (Gottschalk, Lin & Manocha 1996, "OBBTree"): two convex shapes are apart exactly when
/// their projections onto some edge normal of either do not overlap.
struct TurnedBox: Equatable {
    var corners: [ProjectedPoint]

    /// The box `width` × `height` points whose top-left corner is `origin`, turned by
    /// `rotation` radians (clockwise, page y down) about that corner.
    init(origin: ProjectedPoint, width: Double, height: Double, rotation: Double) {
        let c = cos(rotation), s = sin(rotation)
        func corner(_ x: Double, _ y: Double) -> ProjectedPoint {
            ProjectedPoint(x: origin.x + x * c - y * s, y: origin.y + x * s + y * c)
        }
        corners = [corner(0, 0), corner(width, 0), corner(width, height), corner(0, height)]
    }

    init(_ box: PageBox) {
        corners = [ProjectedPoint(x: box.x, y: box.y), ProjectedPoint(x: box.x + box.width, y: box.y),
                   ProjectedPoint(x: box.x + box.width, y: box.y + box.height), ProjectedPoint(x: box.x, y: box.y + box.height)]
    }

    /// The smallest upright box holding this one.
    var bounds: PageBox {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for corner in corners {
            minX = min(minX, corner.x)
            minY = min(minY, corner.y)
            maxX = max(maxX, corner.x)
            maxY = max(maxY, corner.y)
        }
        return PageBox(x: minX, y: minY, width: maxX - minX, height: maxY - minY)
    }

    /// Whether the box meets an upright one: their upright extents overlap, and no edge
    /// normal of this box separates them (the upright box's normals are the axes, which
    /// the extents have checked).
    func intersects(_ box: PageBox) -> Bool {
        guard bounds.intersects(box) else { return false }
        let upright = [ProjectedPoint(x: box.x, y: box.y), ProjectedPoint(x: box.x + box.width, y: box.y),
                       ProjectedPoint(x: box.x + box.width, y: box.y + box.height), ProjectedPoint(x: box.x, y: box.y + box.height)]
        for index in 0..<2 {
            let a = corners[index], b = corners[index + 1]
            let axis = ProjectedPoint(x: -(b.y - a.y), y: b.x - a.x)
            var mineLow = Double.infinity, mineHigh = -Double.infinity, theirsLow = Double.infinity, theirsHigh = -Double.infinity
            for corner in corners {
                let d = corner.x * axis.x + corner.y * axis.y
                mineLow = min(mineLow, d)
                mineHigh = max(mineHigh, d)
            }
            for corner in upright {
                let d = corner.x * axis.x + corner.y * axis.y
                theirsLow = min(theirsLow, d)
                theirsHigh = max(theirsHigh, d)
            }
            if mineHigh <= theirsLow || theirsHigh <= mineLow { return false }
        }
        return true
    }

    func intersects(_ other: TurnedBox) -> Bool {
        for shape in [self, other] {
            for index in 0..<2 {
                let a = shape.corners[index], b = shape.corners[index + 1]
                let axis = ProjectedPoint(x: -(b.y - a.y), y: b.x - a.x)
                let mine = corners.map { $0.x * axis.x + $0.y * axis.y }
                let theirs = other.corners.map { $0.x * axis.x + $0.y * axis.y }
                if mine.max()! <= theirs.min()! || theirs.max()! <= mine.min()! { return false }
            }
        }
        return true
    }
}
