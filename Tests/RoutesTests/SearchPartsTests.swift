import Foundation
import Geo
import Testing
@testable import Routes

@Suite("Search parts: the frontier queue and the via-area estimate")
struct SearchPartsTests {
    @Test("the queue pops states in key order, equal keys by state, whatever the push order")
    func queueOrder() {
        var generator = SystemRandomNumberGenerator()
        var queue = MinQueue()
        var pushed: [(Double, Int)] = []
        for state in 0..<5_000 {
            let key = Double(Int.random(in: 0..<2_000, using: &generator)) * 1_000.5
            pushed.append((key, state))
            queue.push(key, state)
        }
        var popped: [Int] = []
        while let state = queue.pop() { popped.append(state) }
        let expected = pushed.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }.map(\.1)
        #expect(popped == expected)
        #expect(queue.isEmpty)
    }

    @Test("a cap holds every vertex of its area, also across the antimeridian")
    func capHoldsArea() {
        let bering = AreaPolygon([(162.0, 52.0), (-160.0, 55.0), (-165.0, 66.0), (175.0, 64.0)]
            .map { Coordinate(latitude: $0.1, longitude: $0.0) })
        for (lon, lat) in [(162.0, 52.0), (-160.0, 55.0), (-165.0, 66.0), (175.0, 64.0), (180.0, 60.0)] {
            #expect(bering.angleToCap(UnitVector(Coordinate(latitude: lat, longitude: lon))) == 0)
        }
        // Cape Town is far outside: its distance to the cap is most of the way to the area.
        let capeTown = UnitVector(Coordinate(latitude: -33.9, longitude: 18.4))
        #expect(bering.angleToCap(capeTown) * UnitVector.earthRadius > 12_000_000)
    }

    @Test("the estimate from Severomorsk through the Norwegian Sea and the Channel to Tartus is a bound, and tighter than the straight line",
          .timeLimit(.minutes(1)))
    func viaEstimateBounds() throws {
        let areas = [SeaFixtures.norwegianSea, SeaFixtures.englishChannel].map { AreaPolygon($0.area!) }
        let goal = UnitVector(SeaFixtures.tartus.coordinate)
        let estimate = ViaEstimate(areas: areas, goal: goal)
        let start = UnitVector(SeaFixtures.severomorsk.coordinate)
        let direct = start.angle(to: goal)
        let bound = estimate.meters(from: start, direct: direct, layer: 0)
        let route = try SeaFixtures.router.route([SeaFixtures.severomorsk, SeaFixtures.norwegianSea,
                                                  SeaFixtures.englishChannel, SeaFixtures.tartus])
        #expect(bound <= route.lengthMeters)
        // Straight over Europe it is about 3,800 km. The bound goes by the Channel's narrows,
        // though the Norwegian Sea's cap is wide enough to let it cut across Scandinavia.
        #expect(direct * UnitVector.earthRadius < 4_000_000)
        #expect(bound > 4_500_000)
        // Once the areas are passed only the straight distance is left.
        #expect(estimate.meters(from: start, direct: direct, layer: 2) == direct * UnitVector.earthRadius)
    }

    @Test("the shoreline is read region by region for a few legs' ends, then once whole for all the rest")
    func shorelineRegionsThenWhole() throws {
        let asked = Locked<[BoundingBox?]>([])
        let basemap = try Basemap.load(.crude)
        let shoreline = Shoreline { region in
            asked.withLock { $0.append(region) }
            return basemap
        }
        let boxes = (0..<10).map { BoundingBox(west: Double($0), south: 0, east: Double($0) + 1, north: 1) }
        for box in boxes { _ = try shoreline.basemap(around: box) }
        let calls = asked.value
        #expect(calls.count == Shoreline.regionalLimit + 1)
        #expect(Array(calls.prefix(Shoreline.regionalLimit)) == boxes.prefix(Shoreline.regionalLimit).map { Optional($0) })
        #expect(calls.last! == nil)
    }
}
