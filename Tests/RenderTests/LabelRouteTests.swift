import Foundation
import Testing
@testable import Render
import Geo

@Suite("Labels and route lines")
struct LabelRouteTests {
    let request = LabelPlacer.Request(id: 1, anchor: ProjectedPoint(x: 200, y: 200), clearance: 5, width: 60, height: 16, importance: 1)
    let page = PageBox(x: 0, y: 0, width: 400, height: 400)

    @Test("a label moves off a route line to a free side next to its marker")
    func avoidsRoute() {
        // A route leaving the marker eastwards, sampled as small boxes.
        let route = MapPainter.sampledBoxes([[ProjectedPoint(x: 200, y: 200), ProjectedPoint(x: 390, y: 200)]])
        var placer = LabelPlacer(page: page, obstacles: [], softObstacles: route)
        let label = try! #require(placer.place([request]).placed.first)
        #expect(!route.contains { $0.intersects(label.box) })
        #expect(label.leader == nil)
        #expect(label.box.x + label.box.width <= 200, "expected the west side, got \(label.box)")
    }

    @Test("a label crosses a route rather than leave its marker when routes surround it")
    func routesAreSoft() {
        var lines: [[ProjectedPoint]] = []
        for angle in stride(from: 0.0, to: 2 * .pi, by: .pi / 16) {
            lines.append([ProjectedPoint(x: 200, y: 200), ProjectedPoint(x: 200 + 150 * cos(angle), y: 200 + 150 * sin(angle))])
        }
        var placer = LabelPlacer(page: page, obstacles: [], softObstacles: MapPainter.sampledBoxes(lines))
        let result = placer.place([request])
        let label = try! #require(result.placed.first)
        #expect(label.leader == nil)
        #expect(abs(label.box.x - 208) < 0.01, "expected the first position east of the marker, got \(label.box)")
    }

    @Test("without routes the first position east of the marker is kept")
    func defaultPosition() {
        var placer = LabelPlacer(page: page, obstacles: [])
        let label = try! #require(placer.place([request]).placed.first)
        #expect(abs(label.box.x - 208) < 0.01)
    }
}
