import Foundation
import Geo
import Testing
@testable import Render

/// Where markers crowd, a magnified detail inset shows them, with their labels moved into it.
@Suite("Detail inset")
struct DetailInsetTests {
    func render(_ scenario: GoldenScenarios.Case, detail: DetailInsetRequest) throws -> (RenderedMap, String) {
        var options = scenario.options
        options.detailInset = detail
        let renderer = MapRenderer(basemap: { try Basemap.load($0) })
        let map = try renderer.render(scenario.document, options: options, format: .png)
        let svg = String(decoding: try renderer.render(scenario.document, options: options, format: .svg, svgText: .real).bytes,
                         as: UTF8.self)
        return (map, svg)
    }

    @Test("Tartus, Latakia and Homs crowd on the two-ship map: an inset shows them, their names in it")
    func automatic() throws {
        let (map, svg) = try render(GoldenScenarios.twoShips, detail: .auto)
        let layer = try #require(svg.range(of: "id=\"detail-inset\""))
        let inset = String(svg[layer.lowerBound...].components(separatedBy: "</g>")[0])
        for name in ["Tartus", "Latakia"] { #expect(inset.contains(">\(name)</text>"), "\(name) is labelled in the inset") }
        #expect(inset.contains(" km</text>"), "the inset has its own scale bar")
        // Labels stay apart, the inset's included.
        for (index, label) in map.labels.enumerated() {
            for other in map.labels[(index + 1)...] { #expect(!label.box.intersects(other.box), "\(label.text) overlaps \(other.text)") }
        }
        let tartus = try #require(map.labels.first { $0.text == "Tartus" })
        #expect(tartus.box.x < 400 && tartus.box.y < 300, "Tartus is labelled inside the inset (top left), not by its marker")
    }

    @Test("an inset has its own scale bar at every page size, kilometres alone where both units have no room", arguments: [
        (900.0, 640.0), (640.0, 480.0), (480.0, 360.0), (400.0, 300.0)])
    func scaleAtEverySize(width: Double, height: Double) throws {
        var small = GoldenScenarios.twoShips
        small.options.width = width
        small.options.height = height
        let (_, svg) = try render(small, detail: .auto)
        guard let layer = svg.range(of: "id=\"detail-inset\"") else { return }
        let inset = String(svg[layer.lowerBound...].components(separatedBy: "</g>")[0])
        #expect(inset.contains(" km</text>"), "the \(Int(width))×\(Int(height)) map's inset has a scale bar")
    }

    @Test("--detail off draws no inset; a named place draws one round it")
    func offAndPlaces() throws {
        let (_, off) = try render(GoldenScenarios.twoShips, detail: .off)
        #expect(!off.contains("id=\"detail-inset\""))
        let (_, named) = try render(GoldenScenarios.twoShips, detail: .places([GoldenScenarios.point(31.20, 29.90)]))
        let layer = try #require(named.range(of: "id=\"detail-inset\""))
        #expect(named[layer.lowerBound...].components(separatedBy: "</g>")[0].contains(">Alexandria</text>"))
    }

    @Test("markers far apart crowd nothing: no inset")
    func nothingCrowds() throws {
        let (_, svg) = try render(GoldenScenarios.longHaul, detail: .auto)
        #expect(!svg.contains("id=\"detail-inset\""))
    }

    @Test("the crowded group found through the grid is the one every pair of markers gives",
          arguments: [(300, 11), (2_000, 12), (2_000, 13)])
    func clusterMatchesPairs(count: Int, seed: UInt64) {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        // Markers in a few knots and scattered over a 1600×1000 page; some exactly on cell edges.
        let points = (0..<count).map { index -> (MapMarker, ProjectedPoint) in
            let knot = index % 3 == 0
            let x = knot ? 400 + next() * 60 : (index % 7 == 0 ? Double(Int(next() * 50)) * DetailInset.crowding : next() * 1600)
            let y = knot ? 300 + next() * 40 : next() * 1000
            let marker = MapMarker(coordinate: Coordinate(latitude: 0, longitude: 0), kind: .city, label: "m\(index)")
            return (marker, ProjectedPoint(x: x, y: y))
        }
        // Every pair, as a reference.
        var parent = Array(points.indices)
        func root(_ index: Int) -> Int { parent[index] == index ? index : root(parent[index]) }
        for a in points.indices {
            for b in points.indices where b > a {
                let (p, q) = (points[a].1, points[b].1)
                if hypot(p.x - q.x, p.y - q.y) < DetailInset.crowding { parent[root(b)] = root(a) }
            }
        }
        let groups = Dictionary(grouping: points.indices, by: root).values.filter { $0.count >= 2 }
        let expected = groups.max { a, b in
            let weight = { (group: [Int]) in (group.count, group.map { points[$0].0.importance }.reduce(0, +), -group[0]) }
            return weight(a) < weight(b)
        }?.sorted()
        #expect(DetailInset.cluster(points, near: nil) == expected)
        #expect((expected?.count ?? 0) > count / 4)
    }
}
