import Foundation
import Testing
@testable import Geo

/// The anchor index gives the distances a scan of every anchor gives, and many sightings do
/// not change how the scenario's names read.
@Suite("Anchor index")
struct AnchorIndexTests {
    /// A repeatable spread of points: a dense cloud over the Levant and a few across the world.
    static func anchors(_ count: Int, seed: UInt64) -> [Coordinate] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        return (0..<count).map { index in
            index % 10 == 0
                ? Coordinate(latitude: next() * 170 - 85, longitude: next() * 360 - 180)
                : Coordinate(latitude: 31 + next() * 6, longitude: 32 + next() * 8)
        }
    }

    static func scan(_ anchors: [Coordinate], _ point: Coordinate) -> Double {
        anchors.map { Geodesic.wgs84.distance(from: point, to: $0) }.min()!
    }

    @Test("the nearest anchor's distance is exactly the scan's, near the cloud, far from it and across the antimeridian")
    func nearestIsTheScans() {
        let anchors = Self.anchors(3_000, seed: 7)
        let index = AnchorIndex(anchors)
        let queries = Self.anchors(200, seed: 11) + [
            Coordinate(latitude: 35.4, longitude: 35.95), Coordinate(latitude: -33.9, longitude: 18.4),
            Coordinate(latitude: 64.8, longitude: 179.9), Coordinate(latitude: 64.8, longitude: -179.9),
            Coordinate(latitude: 89.9, longitude: 0), Coordinate(latitude: -89.9, longitude: 120),
        ]
        for point in queries {
            #expect(index.nearestMeters(to: point) == Self.scan(anchors, point), "\(point)")
        }
        #expect(AnchorIndex([]).nearestMeters(to: queries[0]) == nil)
    }

    @Test("an owner's anchors are left out as if they were not there")
    func excludingAnOwner() {
        let anchors = Self.anchors(500, seed: 3)
        let owners = anchors.indices.map { Int32($0 % 4 == 0 ? 1 : -1) }
        let index = AnchorIndex(anchors, owners: owners).excluding(owner: 1)
        let kept = anchors.indices.filter { owners[$0] != 1 }.map { anchors[$0] }
        for point in Self.anchors(50, seed: 5) {
            #expect(index.nearestMeters(to: point) == Self.scan(kept, point))
        }
        // Only owner 1's anchors: none left.
        let only = AnchorIndex([anchors[0]], owners: [1]).excluding(owner: 1)
        #expect(only.nearestMeters(to: anchors[0]) == nil)
    }

    @Test("an area holds an anchor exactly when one of them lies inside its ring")
    func areaTest() {
        let cyprus = [Coordinate(latitude: 34.5, longitude: 32.2), Coordinate(latitude: 35.7, longitude: 32.2),
                      Coordinate(latitude: 35.7, longitude: 34.6), Coordinate(latitude: 34.5, longitude: 34.6)]
        let inside = Coordinate(latitude: 35.1, longitude: 33.4), beside = Coordinate(latitude: 35.1, longitude: 35.9)
        #expect(AnchorIndex([beside, inside]).anyInside(cyprus))
        #expect(!AnchorIndex([beside]).anyInside(cyprus))
        #expect(!AnchorIndex([beside, inside], owners: [-1, 2]).excluding(owner: 2).anyInside(cyprus))
        let anchors = Self.anchors(2_000, seed: 9)
        #expect(AnchorIndex(anchors).anyInside(cyprus) == anchors.contains { RingContainment.contains(cyprus, $0) })
    }

    @Test("thousands of positions beside them leave the names' readings as they are")
    func manyPositionsKeepReadings() {
        let gazetteer = GazetteerFixture.shared
        let names = ["Tripoli", "Beirut", "Hmeimim", "Tartus"].map { Gazetteer.Mention(text: $0) }
        let alone = gazetteer.resolve(mentions: names)
        // Positions far from every name (the Gulf of Guinea): evidence that moves nothing.
        let positions = (0..<3_000).map { index in
            Gazetteer.Mention(text: String(format: "%.3f,%.3f", 2 + Double(index % 60) * 0.01, 1 + Double(index / 60) * 0.01))
        }
        let together = gazetteer.resolve(mentions: names + positions)
        #expect(together.prefix(names.count).map(\.place?.id) == alone.map(\.place?.id))
        #expect(together[0].place?.country == "LB")
        let first = together[names.count].place?.coordinate
        #expect(first?.longitude == 2 && first?.latitude == 1)
    }
}
