import Foundation
import Testing
@testable import Render
import Geo

@Suite("Labels in any script")
struct ScriptTests {
    static let hmeimim = "Хмеймим", tartus = "طرطوس"

    @Test("Cyrillic and Arabic names have a glyph for every character")
    func noTofu() throws {
        let canvas = try CairoCanvas(format: .png, width: 100, height: 100)
        let font = Font(family: Theme.light.fontFamily, size: 14, bold: true)
        #expect(canvas.unknownGlyphCount(Self.hmeimim, font: font) == 0)
        #expect(canvas.unknownGlyphCount(Self.tartus, font: font) == 0)
        #expect(canvas.unknownGlyphCount("Tartus", font: font) == 0)
        // The check can fail: a code point no font covers is reported.
        #expect(canvas.unknownGlyphCount("\u{10FFFD}", font: font) == 1)
    }

    @Test("Cyrillic and Arabic labels are placed and drawn with ink in the PNG and as text in the SVG")
    func labelsDrawn() throws {
        let document = MapDocument(
            title: "Сирия — سوريا",
            markers: [MapMarker(coordinate: Coordinate(latitude: 35.401, longitude: 35.949), kind: .airBase, label: Self.hmeimim),
                      MapMarker(coordinate: Coordinate(latitude: 34.90, longitude: 35.87), kind: .navalBase, label: Self.tartus)])
        let options = MapOptions(width: 600, height: 400, region: BoundingBox(west: 33, south: 33, east: 39, north: 37))
        let renderer = MapRenderer(basemap: { try Basemap.load($0) })
        let map = try renderer.render(document, options: options, format: .png)
        let image = try RasterImage(png: map.bytes)
        for name in [Self.hmeimim, Self.tartus] {
            let box = try #require(map.labels.first { $0.text == name }?.box, "\(name) was not placed")
            // Dark text pixels inside the label box: glyphs, not empty space.
            var ink = 0
            for y in Int(box.y)..<Int(box.y + box.height) {
                for x in Int(box.x)..<Int(box.x + box.width) where image.color(x: x, y: y).luminance < 0.35 { ink += 1 }
            }
            #expect(Double(ink) > box.width * box.height * 0.08, "\(name) has only \(ink) dark pixels")
        }
        let svg = String(decoding: try renderer.render(document, options: options, format: .svg, svgText: .real).bytes, as: UTF8.self)
        #expect(svg.contains(">\(Self.hmeimim)</text>") && svg.contains(">\(Self.tartus)</text>"))
    }
}
