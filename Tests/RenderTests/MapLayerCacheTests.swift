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

    /// A store in memory, counting what it is asked.
    final class MemoryStore: LayerStore {
        let entries = Locked<[String: [UInt8]]>([:])
        let reads = Locked(0)

        func read(_ key: String, into pixels: UnsafeMutableRawBufferPointer) -> Bool {
            reads.withLock { $0 += 1 }
            guard let kept = entries.withLock({ $0[key] }), kept.count == pixels.count else { return false }
            kept.withUnsafeBytes { pixels.copyMemory(from: $0) }
            return true
        }

        func keep(_ pixels: UnsafeRawBufferPointer, for key: String) {
            entries.withLock { $0[key] = [UInt8](pixels) }
        }
    }

    @Test("a cache keeping backgrounds only in its store draws each map's own bytes and asks the store every time")
    func storeOnly() throws {
        let levant = MapOptions(width: 480, height: 320, region: BoundingBox(west: 30, south: 31, east: 40, north: 38))
        var transparent = levant
        transparent.transparent = true
        let alone = MapRenderer(basemap: Self.basemap)
        let store = MemoryStore()
        for options in [levant, transparent] {
            let expected = try alone.render(document("One", label: "Hmeimim"), options: options, format: .png).bytes
            // Each time a new renderer and cache over the same store, as separate commands are.
            for _ in 0..<2 {
                let shared = MapRenderer(basemap: Self.basemap, layers: MapLayerCache(store: store, keepingBackgrounds: false))
                #expect(try shared.render(document("One", label: "Hmeimim"), options: options, format: .png).bytes == expected)
            }
        }
        #expect(store.entries.withLock { $0.count } == 2)
        #expect(store.reads.withLock { $0 } == 4)
    }
}
