import Foundation
import Geo
import Testing
@testable import Routes

/// Line of sight skips the samples an arc takes inside blocks wholly open; these tests hold
/// it to a plain check that places every sample by its latitude and longitude.
@Suite("Line of sight over the water grid")
struct SightTests {
    /// Samples the arc as ``NavigableWater/sight(from:to:)`` does, each by `slerp` and
    /// ``WaterGrid/cell(latitude:longitude:)``, and checks the cells between consecutive
    /// samples: the cell reached and, on a diagonal step, the side cell the straight
    /// latitude–longitude segment between them passes first (both near the corner).
    static func plainSight(_ water: NavigableWater, from a: Coordinate, to b: Coordinate) -> Bool {
        let grid = water.grid
        let pa = UnitVector(a), pb = UnitVector(b)
        let angle = pa.angle(to: pb)
        var (previousRow, previousColumn) = grid.cell(latitude: a.latitude, longitude: a.longitude)
        guard water.isOpen(row: previousRow, column: previousColumn) else { return false }
        if angle < 1e-12 { return true }
        let middle = UnitVector.slerp(pa, pb, angle: angle, fraction: 0.5)
        let highest = max(abs(a.latitude), abs(b.latitude), abs(middle.latitude))
        let step = 0.9 * (Double.pi / 180) / Double(grid.cellsPerDegree) * max(cos(highest * .pi / 180), 0.02)
        let count = Int((angle / step).rounded(.up))
        let k = Double(grid.cellsPerDegree)
        var previous = (latitude: a.latitude, longitude: a.longitude)
        for index in 1...count {
            let v = UnitVector.slerp(pa, pb, angle: angle, fraction: Double(index) / Double(count))
            var longitude = v.longitude
            longitude += Coordinate.turns(from: longitude, to: grid.longitude(column: previousColumn))
            let (row, column) = grid.cell(latitude: v.latitude, longitude: longitude)
            let dr = row - previousRow, dc = column - previousColumn
            if abs(dr) <= 1 && abs(dc) <= 1 {
                guard water.isOpen(row: row, column: column) else { return false }
                if dr != 0 && dc != 0 {
                    let edgeLatitude = 90 - Double(max(row, previousRow)) / k
                    let edgeLongitude = -180 + Double(max(column, previousColumn)) / k
                    let alongRows = (edgeLatitude - previous.latitude) / (v.latitude - previous.latitude)
                    let alongColumns = (edgeLongitude - previous.longitude) / (longitude - previous.longitude)
                    if alongRows < alongColumns + CellEdges.cornerMargin && !water.isOpen(row: row, column: previousColumn) { return false }
                    if alongColumns < alongRows + CellEdges.cornerMargin && !water.isOpen(row: previousRow, column: column) { return false }
                }
            } else {
                for r in min(row, previousRow)...max(row, previousRow) {
                    for c in min(column, previousColumn)...max(column, previousColumn) where !water.isOpen(row: r, column: c) {
                        return false
                    }
                }
            }
            (previousRow, previousColumn) = (row, column)
            previous = (v.latitude, longitude)
        }
        return true
    }

    /// Arcs of up to `reach` degrees from random open cells of a box, seeded so a failure
    /// can be run again.
    static func arcs(_ water: NavigableWater, count: Int, seed: UInt64, south: Double, north: Double,
                     west: Double, east: Double, reach: Double) -> [(Coordinate, Coordinate)] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        var found: [(Coordinate, Coordinate)] = []
        while found.count < count {
            let a = Coordinate(latitude: south + (north - south) * next(), longitude: west + (east - west) * next())
            let (row, column) = water.grid.cell(latitude: a.latitude, longitude: a.longitude)
            guard water.isOpen(row: row, column: column) else { continue }
            let b = Coordinate(latitude: max(-80, min(80, a.latitude + reach * (2 * next() - 1))),
                               longitude: a.longitude + reach * (2 * next() - 1))
            found.append((a, b))
        }
        return found
    }

    @Test("open-sea and coastal arcs get the same answer as sample-by-sample placing, both ways")
    func matchesPlainSampling() {
        let router = SeaFixtures.router
        let water = router.navigableWater(closed: [])
        var seen = (clear: 0, blocked: 0)
        // The Mediterranean and the Atlantic off Iberia, the North Sea, and the Pacific
        // across the antimeridian.
        let boxes: [(Double, Double, Double, Double, Double)] = [
            (30, 46, -20, 36, 8), (50, 62, -6, 12, 4), (-30, 30, 160, 200, 12), (60, 75, -30, 40, 6),
        ]
        for (index, box) in boxes.enumerated() {
            for (a, b) in Self.arcs(water, count: 400, seed: UInt64(index + 1), south: box.0, north: box.1,
                                    west: box.2, east: box.3, reach: box.4) {
                // Bound to names first, so a failure prints the arc, not the grid.
                let expected = Self.plainSight(water, from: a, to: b), got = water.sight(from: a, to: b)
                #expect(got == expected, "\(a) → \(b)")
                let expectedBack = Self.plainSight(water, from: b, to: a), gotBack = water.sight(from: b, to: a)
                #expect(gotBack == expectedBack, "\(b) → \(a)")
                if expected { seen.clear += 1 } else { seen.blocked += 1 }
            }
        }
        // Both answers are well represented, so the comparison means something.
        #expect(seen.clear > 300)
        #expect(seen.blocked > 300)
    }

    @Test("a closed gate in open sea blocks an arc through it, though its block is all water")
    func closedGateBlocks() throws {
        let router = SeaFixtures.router
        // A gate closing water in the open Ionian Sea, far from any coast.
        let gate = AreaPolygon([(18.0, 36.0), (18.2, 36.0), (18.2, 36.2), (18.0, 36.2)]
            .map { Coordinate(latitude: $0.1, longitude: $0.0) })
        let water = NavigableWater(grid: router.water, closed: ClosedCells(gates: [gate], grid: router.water))
        let open = router.navigableWater(closed: [])
        let a = Coordinate(latitude: 36.1, longitude: 16.5), b = Coordinate(latitude: 36.1, longitude: 19.7)
        let clearWithoutGate = open.sight(from: a, to: b)
        let clearThrough = water.sight(from: a, to: b), clearBack = water.sight(from: b, to: a)
        let plainThrough = Self.plainSight(water, from: a, to: b)
        #expect(clearWithoutGate)
        #expect(!clearThrough)
        #expect(!clearBack)
        #expect(!plainThrough)
        // An arc that passes north of the gate still sees.
        let c = Coordinate(latitude: 36.5, longitude: 16.5), d = Coordinate(latitude: 36.5, longitude: 19.7)
        let clearNorth = water.sight(from: c, to: d)
        #expect(clearNorth)
    }
}
