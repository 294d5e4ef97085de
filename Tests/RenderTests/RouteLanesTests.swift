import Foundation
import Testing
@testable import Render
import Geo

@Suite("Route lanes")
struct RouteLanesTests {
    let east = [ProjectedPoint(x: 0, y: 100), ProjectedPoint(x: 300, y: 100)]

    func gap(_ a: [ProjectedPoint], _ b: [ProjectedPoint], atX x: Double) -> Double {
        func y(_ line: [ProjectedPoint]) -> Double { line.min { abs($0.x - x) < abs($1.x - x) }!.y }
        return abs(y(a) - y(b))
    }

    @Test("routes in opposite directions on the same line are drawn a lane apart, ends kept")
    func oppositeDirections() {
        let lanes = RouteLanes(spacing: 5).separate([.init(route: 0, points: east), .init(route: 1, points: east.reversed())])
        #expect(abs(gap(lanes[0].points, lanes[1].points, atX: 150) - 5) < 0.01)
        #expect(lanes[0].points.first == east.first && lanes[0].points.last == east.last)
        #expect(lanes[1].points.first == east.last && lanes[1].points.last == east.first)
    }

    @Test("three routes sharing a stretch spread into three lanes there and only there")
    func sharedStretch() {
        let a = [ProjectedPoint(x: 0, y: 0), ProjectedPoint(x: 100, y: 100), ProjectedPoint(x: 300, y: 100)]
        let b = [ProjectedPoint(x: 0, y: 200), ProjectedPoint(x: 100, y: 100), ProjectedPoint(x: 300, y: 100)]
        let lanes = RouteLanes(spacing: 4).separate([.init(route: 0, points: a), .init(route: 1, points: b), .init(route: 2, points: east)])
        let ys = lanes.map { line in line.points.min { abs($0.x - 200) < abs($1.x - 200) }!.y }.sorted()
        #expect(abs(ys[1] - ys[0] - 4) < 0.01 && abs(ys[2] - ys[1] - 4) < 0.01, "\(ys)")
        // Where the first two come in apart, nothing moves.
        let early = lanes[0].points.min { abs($0.x - 30) < abs($1.x - 30) }!
        #expect(abs(early.y - early.x) < 0.01)
    }

    @Test("a single route is left where it is")
    func single() {
        let lanes = RouteLanes(spacing: 5).separate([.init(route: 0, points: east), .init(route: 0, points: east)])
        #expect(lanes.allSatisfy { $0.points.allSatisfy { $0.y == 100 } })
    }
}
