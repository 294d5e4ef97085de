import Foundation
import Testing
@testable import Geo

/// Timings of the basemap's hot paths. Figures print on every run; the bounds are the
/// product targets in optimized builds and loose sanity bounds in debug builds.
/// Reproduce the release figures with
/// `swift test -c release -Xswiftc -enable-testing --filter BasemapPerformanceTests`.
@Suite("Basemap performance", .serialized)
struct BasemapPerformanceTests {
    #if DEBUG
    static let optimized = false
    #else
    static let optimized = true
    #endif

    static func milliseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
    }

    @Test("loading the intermediate level works and reports its time (the bar lives in bench/)")
    func intermediateLoadTime() throws {
        let clock = ContinuousClock()
        var best = Duration.seconds(100)
        for _ in 0..<3 {
            best = min(best, try clock.measure { _ = try Basemap.load(.intermediate) })
        }
        print("basemap: intermediate loads in \(Self.milliseconds(best)) ms")
        #expect(best > .zero)
    }

    @Test("isLand at intermediate finds land at a plausible share of random points and reports its cost")
    func isLandCost() throws {
        let basemap = try LoadedBasemaps.basemap(.intermediate)
        let mask = basemap.landMask()
        var generator = SplitMix64(seed: 11)
        // Coastal waters of the eastern Mediterranean and the Aegean: the busiest cells.
        let points = (0..<200_000).map { _ in
            Coordinate(latitude: generator.uniform(34, 41), longitude: generator.uniform(22, 36))
        }
        let clock = ContinuousClock()
        var land = 0
        let elapsed = clock.measure {
            for point in points where mask.isLand(point) { land += 1 }
        }
        let nanoseconds = Self.milliseconds(elapsed) * 1e6 / Double(points.count)
        print("basemap: isLand at intermediate \(nanoseconds) ns per call (\(land) of \(points.count) on land)")
        #expect(land > points.count / 5 && land < points.count * 4 / 5)
    }
}
