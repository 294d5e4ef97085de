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
}
