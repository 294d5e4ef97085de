import Foundation
import Testing
@testable import Render
import Geo

/// Maps drawn through a shared layer cache are the maps drawn without one, byte for byte.
@Suite("Map layer cache")
struct MapLayerCacheTests {
    static let basemap: MapRenderer.BasemapProvider = { try Basemap.load($0) }

    func document(_ title: String, label: String) -> MapDocument {
        MapDocument(title: title, subtitle: "Levant", dateText: "13 December 2024", sources: ["test"],
                    routes: [MapRoute(points: Geodesic.wgs84.line(from: Coordinate(latitude: 35.401, longitude: 35.949),
                                                                  to: Coordinate(latitude: 34.90, longitude: 35.87), maximumSpacing: 2000),
                                      mode: .road, certainty: .reported)],
                    markers: [MapMarker(coordinate: Coordinate(latitude: 35.401, longitude: 35.949), kind: .airBase, label: label),
                              MapMarker(coordinate: Coordinate(latitude: 34.90, longitude: 35.87), kind: .navalBase, label: "Tartus")])
    }

    @Test("a batch of one view and of two views, through one cache, gives each map's own bytes; SVG is untouched")
    func sameBytes() throws {
        let levant = MapOptions(width: 640, height: 420, region: BoundingBox(west: 30, south: 31, east: 40, north: 38))
        var graticule = levant
        graticule.graticule = true
        var dark = levant
        dark.theme = .dark
        var other = levant
        other.region = BoundingBox(west: 20, south: 30, east: 36, north: 42)
        let alone = MapRenderer(basemap: Self.basemap)
        let shared = MapRenderer(basemap: Self.basemap, layers: MapLayerCache())
        let jobs: [(MapDocument, MapOptions, OutputFormat)] = [
            (document("One", label: "Hmeimim"), levant, .png),
            (document("Two", label: "Hmeimim air base"), levant, .png),
            (document("Three", label: "Hmeimim"), other, .png),
            (document("Four", label: "Latakia"), levant, .png),
            (document("Five", label: "Latakia"), graticule, .png),
            (document("Six", label: "Latakia"), dark, .png),
            (document("Seven", label: "Latakia"), levant, .svg),
            (document("Eight", label: "Jableh"), levant, .png),
        ]
        var outputs: Set<[UInt8]> = []
        for (document, options, format) in jobs {
            let expected = try alone.render(document, options: options, format: format).bytes
            #expect(try shared.render(document, options: options, format: format).bytes == expected, "\(document.title)")
            outputs.insert(expected)
        }
        #expect(outputs.count == jobs.count)
    }
}
