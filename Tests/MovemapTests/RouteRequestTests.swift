import Foundation
import Testing
@testable import Movemap
import Geo
import Routes
import Scenario

/// The pieces of `route sea` and `route air` the library owns: timing, requests, failures.
@Suite("Route requests: timing, failures and reports")
struct RouteRequestTests {
    static let data = Result { try DataStore() }

    @Test("a speed of 0 is refused with the message --speed prints")
    func zeroSpeed() {
        #expect(throws: MovemapError.usage("--speed 0.0 must be a positive number of knots")) {
            try RouteTiming(speedKnots: 0, departure: nil, mode: .sea)
        }
        #expect(throws: MovemapError.usage("--speed 5000.0 must be a positive number of knots")) {
            try RouteTiming(speedKnots: 5000, departure: nil, mode: .air)
        }
    }

    @Test("a departure that is not a time quotes the accepted forms")
    func badDeparture() {
        #expect(throws: MovemapError.usage("--depart 'tomorrowish' is not a time — write \(ValueParsers.timeForms)")) {
            try RouteTiming(speedKnots: nil, departure: "tomorrowish", mode: .air)
        }
    }

    @Test("a departure alone is timed at the mode's default speed and says so", arguments: [
        (TravelMode.sea, SeaRoute.defaultSpeedKnots), (TravelMode.air, FlightRoute.defaultSpeedKnots),
    ])
    func defaultSpeed(mode: TravelMode, knots: Double) throws {
        let timing = try RouteTiming(speedKnots: nil, departure: "2024-12-10", mode: mode)
        #expect(timing.speed == knots && timing.isDefault && timing.givenSpeed == nil)
        #expect(timing.departure == ValueParsers.time("2024-12-10T00:00Z"))
        let given = try RouteTiming(speedKnots: 12, departure: nil, mode: mode)
        #expect(given.speed == 12 && !given.isDefault && given.givenSpeed == 12 && given.departure == nil)
        #expect(RouteTiming.defaults == "14 kn at sea, 420 kn in the air")
    }

    @Test("a sea request passes the speed given, not the default, to the router")
    func seaOptions() throws {
        let timing = try RouteTiming(speedKnots: nil, departure: "2025-08-01", mode: .sea)
        let request = SeaRouteRequest(places: ["Rotterdam", "Busan"], avoid: ["suez"], allow: ["kiel"], timing: timing)
        #expect(request.options == SeaRouteOptions(avoid: ["suez"], allow: ["kiel"], departure: timing.departure, speedKnots: nil))
        let flight = FlightRouteRequest(places: ["Chkalovsky", "Hmeimim"], avoidAirspace: ["ua", "Tr"])
        #expect(flight.options.avoidAirspace == ["UA", "TR"])
    }

    @Test("no water path is a routing failure (exit 1) naming the place where the route breaks")
    func noWaterPath() throws {
        let data = try Self.data.get()
        let request = SeaRouteRequest(places: ["Baltiysk", "Caspian Sea"])
        let (waypoints, _) = try request.waypoints(gazetteer: data.gazetteer)
        let error = try #require(throws: MovemapError.self) { try request.report(waypoints, data: data) }
        guard case let .route(asset, message) = error else { Issue.record("not a routing failure: \(error)"); return }
        #expect(asset == "Baltiysk → Caspian Sea")
        #expect(message.hasPrefix("no water path from Baltiysk to Caspian Sea"))
        #expect(message.hasSuffix(" — it breaks at place 2 'Caspian Sea'"))
    }

    @Test("any other router error pinned to a waypoint is a bad request (exit 2)")
    func otherFailure() {
        let failure = RouteFailure(index: 0, error: FlightRouteError.noPath(from: "A", to: "B"))
        #expect(MovemapError(failure, places: ["A", "B"]) == .route(asset: "A → B", message: "\(failure.error) — it breaks at place 1 'A'"))
        let unknown = RouteFailure(index: 5, error: MovemapError.usage("odd"))
        #expect(MovemapError(unknown, places: ["A", "B"]) == .usage("odd"))
    }

    @Test("an unknown place is refused before routing, naming it")
    func unknownPlace() throws {
        let data = try Self.data.get()
        let error = try #require(throws: MovemapError.self) {
            try SeaRouteRequest(places: ["Baltiysk", "Xyzzyqq"]).waypoints(gazetteer: data.gazetteer)
        }
        #expect("\(error)".hasPrefix("place 2 'Xyzzyqq' is not a place movemap can put on the map with confidence"))
    }

    @Test("a timed flight's text gives hours, the ETA and the speed on the total line")
    func flightText() throws {
        let data = try Self.data.get()
        let timing = try RouteTiming(speedKnots: 400, departure: "2024-12-14T06:00Z", mode: .air)
        let request = FlightRouteRequest(places: ["Chkalovsky", "Khmeimim"], timing: timing)
        let (waypoints, warnings) = try request.waypoints(gazetteer: data.gazetteer)
        #expect(warnings.isEmpty)
        let report = try request.report(waypoints, data: data)
        let lines = report.text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 3 && lines[2].isEmpty)
        let leg = report.legs[0]
        #expect(lines[0] == "\(leg.from) → \(leg.to): \(leg.lengthNauticalMiles) nm (\(leg.lengthKilometers) km), \(leg.hours ?? 0) h, ETA \(leg.eta ?? "")")
        #expect(lines[1] == "total: \(report.lengthNauticalMiles) nm (\(report.lengthKilometers) km) at 400 kn")
    }
}
