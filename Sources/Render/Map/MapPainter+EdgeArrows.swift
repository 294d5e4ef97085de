import Foundation
import Geo

extension MapPainter {
    /// A note at the page's edge where a route leaves for a place beyond it: "to
    /// Vladivostok, 9,900 km" with the distance along the route from the edge.
    struct EdgeNote {
        var text: String
        var origin: ProjectedPoint
        var box: PageBox
    }

    var edgeFont: Font { theme.font(size: 12, bold: true) }

    /// One note per route end that lies off the page while the route shows on it, set just
    /// inside the edge where the route crosses it, clear of `obstacles` where it can be.
    func edgeNotes(obstacles: [PageBox], on canvas: Canvas) -> [EdgeNote] {
        let page = PageBox(x: 0, y: 0, width: frame.width, height: frame.height)
        var notes: [EdgeNote] = []
        var seen: Set<String> = []
        for route in document.routes where route.points.count >= 2 {
            for outbound in [true, false] {
                guard let name = outbound ? route.to : route.from else { continue }
                let points = outbound ? route.points : route.points.reversed()
                let pagePoints = points.map { frame.page($0) }
                func inside(_ point: ProjectedPoint?) -> Bool {
                    point.map { page.contains(PageBox(x: $0.x, y: $0.y, width: 0, height: 0)) } ?? false
                }
                guard !inside(pagePoints.last!), let exit = pagePoints.lastIndex(where: inside),
                      let last = pagePoints[exit] else { continue }
                // Where the line crosses the page's edge: the last vertex inside, moved along
                // the next segment to the border.
                var edge = last
                if exit + 1 < pagePoints.count, let next = pagePoints[exit + 1] {
                    let dx = next.x - last.x, dy = next.y - last.y
                    var t = 1.0
                    if dx > 0 { t = min(t, (frame.width - last.x) / dx) }
                    if dx < 0 { t = min(t, -last.x / dx) }
                    if dy > 0 { t = min(t, (frame.height - last.y) / dy) }
                    if dy < 0 { t = min(t, -last.y / dy) }
                    edge = ProjectedPoint(x: last.x + dx * t, y: last.y + dy * t)
                }
                let beyond = Array(points[exit...])
                let meters = Polyline(beyond).lengthMeters
                let kilometers = meters / 1000
                let rounded = kilometers >= 1000 ? Int((kilometers / 100).rounded()) * 100 : Int((kilometers / 10).rounded()) * 10
                let text = (outbound ? "to " : "from ") + "\(name), \(DistanceText.grouped(rounded)) km"
                guard seen.insert(text).inserted else { continue }
                let extent = canvas.measure(text, font: edgeFont, letterSpacing: 0)
                // Just inside the edge, beside the crossing (not over the line), kept on the page.
                let margin = 6.0
                let besideX = edge.x + 14 + extent.width <= frame.width - margin ? edge.x + 14 : edge.x - 14 - extent.width
                let besideY = edge.y + 12 + extent.height <= frame.height - margin ? edge.y + 12 : edge.y - 12 - extent.height
                var x = min(max(besideX, margin), frame.width - extent.width - margin)
                var y = min(max(besideY, margin), frame.height - extent.height - margin)
                if edge.y >= frame.height - 12 { y = frame.height - extent.height - 14 }
                if edge.y <= 12 { y = 14 }
                if edge.x >= frame.width - 12 { x = frame.width - extent.width - 14 }
                if edge.x <= 12 { x = 14 }
                // The free spot nearest the crossing: along the edge, or inward off the panels.
                let horizontal = edge.y <= 12 || edge.y >= frame.height - 12
                var candidates: [(cost: Double, box: PageBox)] = []
                for inward in 0...20 {
                    for slide in -6...6 {
                        let along = Double(slide) * 24, into = Double(inward) * 18
                        let dx = horizontal ? along : edge.x <= 12 ? into : -into
                        let dy = horizontal ? (edge.y <= 12 ? into : -into) : along
                        let box = PageBox(x: min(max(x + dx, margin), frame.width - extent.width - margin),
                                          y: min(max(y + dy, margin), frame.height - extent.height - margin),
                                          width: extent.width, height: extent.height)
                        candidates.append((along * along + into * into, box))
                    }
                }
                let taken = obstacles + notes.map(\.box)
                let box = candidates.sorted { $0.cost < $1.cost }.first { candidate in !taken.contains { $0.intersects(candidate.box) } }?.box
                    ?? candidates[0].box
                notes.append(EdgeNote(text: text, origin: ProjectedPoint(x: box.x, y: box.y), box: box))
            }
        }
        return notes
    }

    func drawEdgeNotes(_ notes: [EdgeNote], on canvas: Canvas) {
        guard !notes.isEmpty else { return }
        canvas.beginLayer("edge-notes")
        for note in notes {
            canvas.draw(TextRun(text: note.text, origin: note.origin, font: edgeFont, color: theme.text,
                                halo: theme.halo, haloWidth: 3))
        }
        canvas.endLayer()
    }
}
