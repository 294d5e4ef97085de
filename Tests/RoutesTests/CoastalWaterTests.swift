import Foundation
import Testing
import Geo
@testable import Routes

/// The 15″ coastal search and its exact shoreline test.
@Suite("Coastal water")
struct CoastalWaterTests {
    static let basemap = SeaRouteTests.basemap

    static func point(_ longitude: Double, _ latitude: Double) -> Coordinate {
        Coordinate(latitude: latitude, longitude: longitude)
    }

    @Test("a line is clear over water and not across land; touching the shore counts as crossing")
    func exactSight() throws {
        let box = BoundingBox(west: 35.3, south: 34.8, east: 36.0, north: 35.7)
        let coast = CoastalWater(box: box, shoreline: Self.basemap, closedGates: [])
        let offLatakia = Self.point(35.60, 35.45), offTartus = Self.point(35.80, 34.95)
        #expect(!Self.basemap.isLand(offLatakia) && !Self.basemap.isLand(offTartus))
        #expect(coast.clear(from: offLatakia, to: offTartus))
        // Inland from the coast between the two: the line crosses the shore.
        let inland = Self.point(35.95, 35.20)
        #expect(Self.basemap.isLand(inland))
        #expect(!coast.clear(from: offLatakia, to: inland))
        // To a vertex of the shoreline itself.
        let vertex = try #require(Self.basemap.polygons(intersecting: box).flatMap(\.ring).first { box.contains($0) })
        #expect(!coast.clear(from: offLatakia, to: vertex))
        // Out of the box: not tested here, so not clear.
        #expect(!coast.clear(from: offLatakia, to: Self.point(34.0, 35.0)))
    }

    @Test("segments meet when they cross or touch, not when they only come close")
    func segments() {
        #expect(PlanarSegment.touch(0, 0, 2, 2, 0, 2, 2, 0))
        #expect(PlanarSegment.touch(0, 0, 2, 0, 1, 0, 1, 1))  // an end on the other
        #expect(PlanarSegment.touch(0, 0, 2, 0, 1, 0, 3, 0))  // overlapping, collinear
        #expect(!PlanarSegment.touch(0, 0, 2, 0, 1, 0.001, 1, 1))
        #expect(!PlanarSegment.touch(0, 0, 1, 0, 2, 0, 3, 0))
    }

    @Test("a box across the antimeridian sees the shoreline on both sides of it", arguments: [179.5, -180.5])
    func antimeridian(west: Double) {
        // Taveuni (Fiji) lies across the antimeridian; the frame holds longitudes near `west`.
        let shift = west > 0 ? 0.0 : -360.0
        let coast = CoastalWater(box: BoundingBox(west: west, south: -17.3, east: west + 1, north: -16.4),
                                 shoreline: Self.basemap, closedGates: [])
        let island = Self.point(180.05 + shift, -16.85)
        let westOfIsland = Self.point(179.85 + shift, -16.85), eastOfIsland = Self.point(180.30 + shift, -16.85)
        let southWest = Self.point(179.85 + shift, -17.2), southEast = Self.point(180.30 + shift, -17.2)
        #expect(Self.basemap.isLand(island.normalized))
        for point in [westOfIsland, eastOfIsland, southWest, southEast] { #expect(!Self.basemap.isLand(point.normalized)) }
        let across = coast.clear(from: westOfIsland, to: eastOfIsland)
        let southward = coast.clear(from: eastOfIsland, to: southEast)
        let alongSouth = coast.clear(from: southWest, to: southEast)
        #expect(!across)
        #expect(southward)
        #expect(alongSouth)
    }

    @Test("a closed gate cuts the water: with the Öresund closed the Kattegat is not reached from its south end")
    func closedGate() throws {
        let gate = try #require(SeaFixtures.router.passages.first { $0.id == "oresund" })
        let box = BoundingBox(west: 12.3, south: 55.6, east: 13.0, north: 56.3)
        let south = Self.point(12.72, 55.75), kattegat = Self.point(12.40, 56.20)
        #expect(!Self.basemap.isLand(south) && !Self.basemap.isLand(kattegat))
        for closed in [false, true] {
            var coast = CoastalWater(box: box, shoreline: Self.basemap, closedGates: closed ? [AreaPolygon(gate.gate)] : [])
            let start = try #require(coast.cell(of: south))
            let reached = coast.reach(from: start)
            #expect(reached)
            let path = coast.path(from: south, to: kattegat)
            #expect((path == nil) == closed)
            if let path {
                let water = coast
                let steps = zip(path, path.dropFirst()).filter { !water.clear(from: $0, to: $1) }.count
                let length = Geodesic.wgs84.length(of: path)
                #expect(steps == 0, "\(steps) steps cross the shore")
                #expect(length > 45_000 && length < 65_000, "\(length) m")
            }
        }
    }

    @Test("a coastal hop starts and ends at the ports' own water and follows the coast")
    func coastalHop() throws {
        let leg = SeedVoyages.latakiaTartus.legs[0]
        // Both positions lie on the water's edge: the route starts within a 15″ cell of them.
        #expect(leg.startSnapMeters < 600 && leg.endSnapMeters < 600, "\(leg.startSnapMeters) m, \(leg.endSnapMeters) m")
        // No part of the hop strays far from the straight line between the ports.
        let a = UnitVector(SeaFixtures.latakia.coordinate), b = UnitVector(SeaFixtures.tartus.coordinate)
        var nx = a.y * b.z - a.z * b.y, ny = a.z * b.x - a.x * b.z, nz = a.x * b.y - a.y * b.x
        let norm = (nx * nx + ny * ny + nz * nz).squareRoot()
        nx /= norm; ny /= norm; nz /= norm
        let widest = leg.points.map { point in
            let v = UnitVector(point)
            return abs(asin(nx * v.x + ny * v.y + nz * v.z)) * UnitVector.earthRadius
        }.max() ?? 0
        #expect(widest < 3_000, "\(widest) m off the line")
    }

    @Test("the way out of a fjord port is searched at 15″: Severomorsk starts in Kola Bay, not 10 km out")
    func fjordPort() {
        let leg = SeedVoyages.severomorskTartus.legs[0]
        #expect(leg.startSnapMeters < 2_500, "\(leg.startSnapMeters) m")
        #expect(leg.points[0].latitude < 69.12)
    }
}
