import Foundation
import Testing
@testable import Movemap
import Geo
import Routes
import Scenario

@Suite("Route reports (route --json and --geojson)")
struct RouteReportTests {
    static let navigation = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Resources/navigation")

    func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("--json carries length_nm, length_km, legs with hours, eta and snaps, and a lon/lat LineString")
    func fields() throws {
        let route = try SeaRouter.load(from: Self.navigation).route([
            SeaWaypoint(name: "Latakia", coordinate: Coordinate(latitude: 35.52, longitude: 35.77)),
            SeaWaypoint(name: "Tartus", coordinate: Coordinate(latitude: 34.89, longitude: 35.87)),
        ])
        let leg = route.legs[0]
        let departure = try #require(ValueParsers.time("2024-12-12T06:00Z"))
        let report = RouteReport(mode: "sea", legs: [(leg.from, leg.to, leg.points, (leg.startSnapMeters, leg.endSnapMeters))],
                                 passages: route.passages, speedKnots: 10, departure: departure)
        let json = try object(try report.json())
        let nm = try #require(json["length_nm"] as? Double)
        #expect(abs(nm - route.lengthMeters / 1852) < 0.006)
        #expect(abs((json["length_km"] as? Double ?? 0) - route.lengthMeters / 1000) < 0.006)
        let legs = try #require(json["legs"] as? [[String: Any]])
        #expect(legs[0]["from"] as? String == "Latakia")
        #expect(abs((legs[0]["hours"] as? Double ?? 0) - nm / 10) < 0.01)
        // 10 knots from 06:00Z: the ETA is the leg's hours later, to the minute it is written in
        let eta = try #require((legs[0]["eta"] as? String).flatMap { ValueParsers.time($0) })
        #expect(abs(eta.timeIntervalSince(departure) - nm / 10 * 3600) <= 60)
        #expect((legs[0]["start_snap_m"] as? Double ?? -1) >= 0)
        let geometry = try #require(json["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "LineString")
        let first = try #require((geometry["coordinates"] as? [[Double]])?.first)
        #expect(abs(first[0] - leg.points[0].longitude) < 1e-6, "longitude first")
        #expect(abs(first[1] - leg.points[0].latitude) < 1e-6)
        let feature = try object(try report.geoJSON())
        #expect(feature["type"] as? String == "Feature")
        #expect((feature["properties"] as? [String: Any])?["length_nm"] as? Double == nm)
    }

    @Test("a voyage across the Pacific is cut at the antimeridian: every longitude within ±180°, the cut on both sides")
    func antimeridian() throws {
        let route = try SeaRouter.load(from: Self.navigation).route([
            SeaWaypoint(name: "Shanghai", coordinate: Coordinate(latitude: 31.23, longitude: 121.50)),
            SeaWaypoint(name: "Los Angeles", coordinate: Coordinate(latitude: 33.73, longitude: -118.26)),
        ])
        #expect(route.legs[0].points.contains { $0.longitude > 180 }, "the router's line is unrolled past 180°")
        let report = RouteReport(mode: "sea", legs: route.legs.map { ($0.from, $0.to, $0.points, nil) },
                                 passages: route.passages, speedKnots: nil, departure: nil)
        let geometry = try #require(try object(try report.json())["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "MultiLineString")
        let parts = try #require(geometry["coordinates"] as? [[[Double]]])
        #expect(parts.count == 2)
        #expect(parts.joined().allSatisfy { abs($0[0]) <= 180 })
        #expect(parts[0].last?[0] == 180 && parts[1].first?[0] == -180)
        #expect(parts[0].last?[1] == parts[1].first?[1])
        // The report's length is the voyage's, however the geometry is cut.
        #expect(abs(report.lengthKilometers - route.lengthMeters / 1000) < 0.006)
    }

    @Test("a flight across the dateline prints a MultiLineString through the command line", .enabled(if: CLIRunner.isAvailable))
    func flightThroughCLI() throws {
        let result = try CLIRunner.run(["route", "air", "--json", "--", "-149.99,61.17", "158.45,53.17"], in: try CLIRunner.folder())
        #expect(result.status == 0, "\(result.errors)")
        let geometry = try #require(try object(result.output)["geometry"] as? [String: Any])
        #expect(geometry["type"] as? String == "MultiLineString")
        let parts = try #require(geometry["coordinates"] as? [[[Double]]])
        #expect(parts.joined().allSatisfy { abs($0[0]) <= 180 })
        #expect(parts[0].last?[0] == -180 && parts[1].first?[0] == 180)
    }
}
