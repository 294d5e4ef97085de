import Foundation
import Testing
@testable import Geo

@Suite("Basemap spatial queries")
struct BasemapIndexTests {
    static let latakia = Coordinate(latitude: 35.52, longitude: 35.78)
    static let latakiaBox = BoundingBox(west: 35.5, south: 35.3, east: 36.0, north: 35.8)

    @Test("a small box around Latakia returns the Syrian coast as land", arguments: [DetailLevel.crude, .low, .intermediate])
    func latakiaCoast(level: DetailLevel) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        let polygons = basemap.polygons(intersecting: Self.latakiaBox)
        let coast = polygons.filter { polygon in
            polygon.kind == .land && polygon.ring.contains { Self.latakiaBox.contains($0) }
        }
        #expect(coast.count == 1, "expected one land polygon with coast points near Latakia, got \(coast.count)")
        // The coast polygon is the continent itself: it reaches far beyond Syria.
        let bounds = try #require(coast.first?.bounds)
        #expect(bounds.west < 0 && bounds.north > 70)
        #expect(polygons.allSatisfy { $0.bounds.intersects(Self.latakiaBox) })
    }

    @Test("a box in the mid-Pacific holds no land")
    func midPacificIsEmpty() throws {
        let basemap = try LoadedBasemaps.basemap(.intermediate)
        let box = BoundingBox(west: -150, south: 10, east: -145, north: 14)
        #expect(basemap.polygons(intersecting: box).isEmpty)
        #expect(basemap.rings(intersecting: box).isEmpty)
        #expect(basemap.borders(intersecting: box).isEmpty)
    }

    @Test("a box across the antimeridian over Chukotka and Alaska returns polygons from both sides",
          arguments: [DetailLevel.crude, .low, .intermediate])
    func antimeridianBox(level: DetailLevel) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        let box = BoundingBox(west: 170, south: 60, east: -170, north: 70)
        let polygons = basemap.polygons(intersecting: box)
        let eastern = polygons.filter { $0.bounds.east >= 170 }
        let western = polygons.filter { $0.bounds.west <= -170 }
        #expect(!eastern.isEmpty && !western.isEmpty)
        // Chukotka comes as two parts of Eurasia that meet at the antimeridian.
        #expect(eastern.contains { $0.kind == .land && $0.ring.contains { $0.longitude == 180 } })
        #expect(western.contains { $0.kind == .land && $0.ring.contains { $0.longitude == -180 } })
        // Nothing far from the box comes back.
        #expect(polygons.allSatisfy { $0.bounds.east >= 170 || $0.bounds.west <= -170 })
        #expect(polygons.allSatisfy { $0.ring.allSatisfy { (-180...180).contains($0.longitude) } })
    }

    @Test("an unrolled box (170…190) finds what the crossing box (170…−170) finds")
    func unrolledBox() throws {
        let basemap = try LoadedBasemaps.basemap(.low)
        let crossing = basemap.rings(intersecting: BoundingBox(west: 170, south: 60, east: -170, north: 70))
        let unrolled = basemap.rings(intersecting: BoundingBox(west: 170, south: 60, east: 190, north: 70))
        #expect(!crossing.isEmpty && crossing == unrolled)
        let world = basemap.rings(intersecting: BoundingBox(west: -200, south: -90, east: 200, north: 90))
        #expect(world.count == basemap.polygonCount)
    }

    @Test("rings(intersecting:) names the same polygons as polygons(intersecting:) without copying")
    func flatRingsMatchPolygons() throws {
        let basemap = try LoadedBasemaps.basemap(.low)
        let box = BoundingBox(west: 20, south: 30, east: 40, north: 45)
        let polygons = basemap.polygons(intersecting: box)
        let rings = basemap.rings(intersecting: box)
        #expect(polygons.count == rings.count)
        for (polygon, ring) in zip(polygons, rings) {
            #expect(polygon.kind == ring.kind && polygon.bounds == ring.bounds)
            let flat = ring.points.map { Coordinate(latitude: basemap.landLatitudes[$0], longitude: basemap.landLongitudes[$0]) }
            #expect(flat == polygon.ring)
        }
    }

    @Test("polygons come in drawing order: land, lakes, islands in lakes")
    func drawingOrder() throws {
        let basemap = try LoadedBasemaps.basemap(.low)
        let kinds = basemap.polygons(intersecting: BoundingBox(west: -90, south: 40, east: -75, north: 50)).map(\.kind.rawValue)
        #expect(kinds == kinds.sorted())
        #expect(kinds.contains(SurfaceKind.islandInLake.rawValue))
    }

    @Test("rings are open and hold their bounds", arguments: [DetailLevel.crude, .low])
    func ringsAreOpen(level: DetailLevel) throws {
        let basemap = try LoadedBasemaps.basemap(level)
        let polygons = basemap.polygons(intersecting: BoundingBox(west: -180, south: -90, east: 180, north: 90))
        #expect(polygons.count == basemap.polygonCount)
        for polygon in polygons {
            #expect(polygon.ring.count >= 3 && polygon.ring.first != polygon.ring.last)
            let box = try #require(BoundingBox?(BoundingBox(
                west: polygon.ring.map(\.longitude).min()!, south: polygon.ring.map(\.latitude).min()!,
                east: polygon.ring.map(\.longitude).max()!, north: polygon.ring.map(\.latitude).max()!)))
            #expect(box == polygon.bounds)
        }
    }

    @Test("borders near Syria include the Syrian–Turkish border")
    func syrianBorders() throws {
        let basemap = try LoadedBasemaps.basemap(.intermediate)
        // Kilis, on the border north of Aleppo.
        let box = BoundingBox(west: 36.8, south: 36.5, east: 37.4, north: 36.9)
        let lines = basemap.borders(intersecting: box)
        #expect(!lines.isEmpty)
        #expect(lines.contains { line in line.points.contains { box.contains($0) } })
        #expect(basemap.borderRanges(intersecting: box).count == lines.count)
        #expect(basemap.borders(intersecting: BoundingBox(west: -40, south: 20, east: -30, north: 30)).isEmpty)
    }
}
