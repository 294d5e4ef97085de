import Foundation
import Testing
@testable import Render
import Geo

@Suite("Map renderer")
struct MapRendererTests {
    static let levantRegion = BoundingBox(west: 30, south: 31, east: 40, north: 38)

    func render(_ document: MapDocument, options: MapOptions, format: OutputFormat = .png) throws -> RenderedMap {
        try MapRenderer(basemap: { try Basemap.load($0) }).render(document, options: options, format: format)
    }

    func levantDocument() -> MapDocument {
        MapDocument(title: "Test map", subtitle: "Levant", dateText: "13 December 2024", sources: ["test"],
                    routes: [MapRoute(points: Geodesic.wgs84.line(from: Coordinate(latitude: 35.401, longitude: 35.949),
                                                                  to: Coordinate(latitude: 34.90, longitude: 35.87), maximumSpacing: 2000),
                                      mode: .road, certainty: .reported)],
                    markers: [MapMarker(coordinate: Coordinate(latitude: 35.401, longitude: 35.949), kind: .airBase, label: "Hmeimim"),
                              MapMarker(coordinate: Coordinate(latitude: 34.90, longitude: 35.87), kind: .navalBase, label: "Tartus")])
    }

    @Test("a PNG has the requested size, and land and sea pixels where the map puts them")
    func landAndSea() throws {
        let options = MapOptions(width: 800, height: 500, region: Self.levantRegion, projection: "mercator")
        let map = try render(levantDocument(), options: options)
        let image = try RasterImage(png: map.bytes)
        #expect(image.width == 800 && image.height == 500)
        let frame = try MapFrame(projection: Projection(map.projection), region: Self.levantRegion, width: 800, height: 500)
        // Inland Syria (Homs desert) is land; between Cyprus and Lebanon is sea.
        for (coordinate, expected) in [(Coordinate(latitude: 34.6, longitude: 38.4), Theme.light.land),
                                       (Coordinate(latitude: 34.6, longitude: 34.9), Theme.light.ocean),
                                       (Coordinate(latitude: 33.3, longitude: 31.5), Theme.light.ocean),
                                       (Coordinate(latitude: 35.05, longitude: 33.2), Theme.light.land)] {
            let point = try #require(frame.page(coordinate))
            let color = image.color(x: Int(point.x), y: Int(point.y))
            #expect(color.distance(to: expected) < 0.02, "\(coordinate) is \(color), expected \(expected)")
        }
    }

    @Test("HiDPI scale doubles the pixels and records 144 dpi")
    func scale() throws {
        let map = try render(levantDocument(), options: MapOptions(width: 400, height: 300, scale: 2, region: Self.levantRegion))
        let image = try RasterImage(png: map.bytes)
        #expect(image.width == 800 && image.height == 600)
        // pHYs: 144 dpi = 5669 pixels per meter, unit 1.
        let phys = Array("pHYs".utf8)
        let index = try #require((0..<map.bytes.count - 4).first { Array(map.bytes[$0..<$0 + 4]) == phys })
        let perMeter = map.bytes[index + 4..<index + 8].reduce(0) { $0 << 8 | UInt32($1) }
        #expect(perMeter == 5669)
    }

    @Test("same input gives the same bytes, for PNG, SVG and PDF", arguments: OutputFormat.allCases)
    func repeatable(_ format: OutputFormat) throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion)
        let first = try render(levantDocument(), options: options, format: format)
        let second = try render(levantDocument(), options: options, format: format)
        #expect(first.bytes.count > 1000)
        let same = first.bytes == second.bytes
        #expect(same, "\(format) output differs between two renders of the same map")
    }

    @Test("labels never overlap each other, markers, panels or a banner's bands",
          arguments: [nil, "SECRET//REL TO USA, GBR"] as [String?])
    func labelsApart(banner: String?) throws {
        var document = levantDocument()
        let names = ["Latakia", "Jableh", "Baniyas", "Tartus city", "Hama", "Homs", "Tripoli", "Idlib", "Aleppo", "Beirut"]
        let coordinates = [(35.52, 35.79), (35.36, 35.92), (35.18, 35.94), (34.89, 35.89), (35.13, 36.75),
                           (34.73, 36.72), (34.44, 35.85), (35.93, 36.63), (36.20, 37.16), (33.89, 35.50)]
        for (name, (latitude, longitude)) in zip(names, coordinates) {
            document.markers.append(MapMarker(coordinate: Coordinate(latitude: latitude, longitude: longitude), kind: .city, label: name))
        }
        let options = MapOptions(width: 900, height: 700, region: BoundingBox(west: 34, south: 33, east: 38, north: 37),
                                 inset: banner != nil, northArrow: banner != nil, banner: banner.map(ClassificationBanner.init(text:)))
        let map = try render(document, options: options)
        #expect(map.bannerBands.count == (banner == nil ? 0 : 2))
        #expect(map.panels.count >= 4)
        for (index, panel) in map.panels.enumerated() {
            for band in map.bannerBands { #expect(!panel.intersects(band), "a panel \(panel) runs into the banner") }
            for other in map.panels[(index + 1)...] { #expect(!panel.intersects(other), "panels \(panel) and \(other) overlap") }
        }
        for (index, label) in map.labels.enumerated() {
            for band in map.bannerBands { #expect(!label.box.intersects(band), "\(label.text) runs into the banner") }
            for panel in map.panels { #expect(!label.box.intersects(panel), "\(label.text) covers a panel") }
            for other in map.labels[(index + 1)...] {
                #expect(!label.box.intersects(other.box), "\(label.text) overlaps \(other.text)")
            }
            for marker in map.markers {
                #expect(!label.box.intersects(marker), "\(label.text) covers a marker")
            }
        }
        #expect(map.labels.count + map.warnings.filter { $0.contains("left out") }.count == document.markers.count)
    }

    @Test("an absurd page size is refused with a clear message")
    func absurdSize() {
        #expect(throws: RenderError.self) {
            _ = try render(levantDocument(), options: MapOptions(width: 100_000, height: 100_000))
        }
    }
}
