import Foundation
import Testing
@testable import Render
import Geo

@Suite("Locator inset")
struct InsetTests {
    @Test("the inset sits in the top-right corner, shows land and outlines the map's extent in the accent colour")
    func insetDrawn() throws {
        let document = MapDocument(title: "Inset", markers: [
            MapMarker(coordinate: Coordinate(latitude: 34.90, longitude: 35.87), kind: .navalBase, label: "Tartus")])
        var options = MapOptions(width: 800, height: 500, region: BoundingBox(west: 30, south: 31, east: 40, north: 38))
        let renderer = MapRenderer(basemap: { try Basemap.load($0) })
        let plain = try RasterImage(png: renderer.render(document, options: options, format: .png).bytes)
        options.inset = true
        let map = try renderer.render(document, options: options, format: .png)
        let image = try RasterImage(png: map.bytes)
        // The inset covers 160x99 points at (626, 14); count accent pixels (the extent) and land pixels.
        var accent = 0, land = 0, changed = 0
        for y in 14..<113 {
            for x in 626..<786 {
                let color = image.color(x: x, y: y)
                if color.distance(to: Theme.light.air) < 0.1 { accent += 1 }
                if color.distance(to: Theme.light.land) < 0.02 { land += 1 }
                if color.distance(to: plain.color(x: x, y: y)) > 0.1 { changed += 1 }
            }
        }
        #expect(accent > 40, "only \(accent) outline pixels")
        #expect(land > 1500, "only \(land) land pixels")
        #expect(changed > 2000)
        // Nothing else on the page moved.
        #expect(image.color(x: 400, y: 300) == plain.color(x: 400, y: 300))
        let svg = String(decoding: try renderer.render(document, options: options, format: .svg, svgText: .real).bytes, as: UTF8.self)
        #expect(svg.contains("<g id=\"inset\" inkscape:groupmode=\"layer\""))
    }
}
