import Foundation
@testable import Geo

/// The repository's gazetteer, loaded once for all gazetteer tests.
enum GazetteerFixture {
    /// `Resources/` of this checkout (Tests/GeoTests/ → ../../Resources).
    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources")

    static let shared: Gazetteer = {
        do {
            return try Gazetteer.load(from: resources)
        } catch {
            fatalError("gazetteer failed to load: \(error)")
        }
    }()

    /// Great-circle distance in kilometres on a sphere of radius 6371 km (test tolerance use only).
    static func kilometres(_ a: Coordinate, _ b: Coordinate) -> Double {
        let p1 = a.latitude * .pi / 180, p2 = b.latitude * .pi / 180
        let dp = p2 - p1, dl = (b.longitude - a.longitude) * .pi / 180
        let h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2)
        return 2 * 6371 * asin(min(1, sqrt(h)))
    }

    /// Even-odd point-in-polygon test in planar lon/lat (longitudes of the ring are continuous).
    static func contains(_ ring: [Coordinate], _ point: Coordinate) -> Bool {
        for shift in [-360.0, 0, 360] {
            let x = point.longitude + shift, y = point.latitude
            var inside = false
            var j = ring.count - 1
            for i in 0..<ring.count {
                let a = ring[i], b = ring[j]
                if (a.latitude > y) != (b.latitude > y),
                   x < (b.longitude - a.longitude) * (y - a.latitude) / (b.latitude - a.latitude) + a.longitude {
                    inside.toggle()
                }
                j = i
            }
            if inside { return true }
        }
        return false
    }
}
