import Foundation
import Geo
@testable import Routes
import Testing

@Suite("Flight router: closed airspace elsewhere")
struct AirAvoidanceMoreTests {
    struct Case: Sendable, CustomStringConvertible {
        var from: FlightWaypoint
        var to: FlightWaypoint
        var closed: Set<String>
        /// A country the route must pass over, if any.
        var over: String?
        var description: String { "\(from.name) → \(to.name) avoiding \(closed.sorted())" }
    }

    static let cases: [Case] = [
        Case(from: FlightWaypoint(name: "Chkalovsk (Kaliningrad)", coordinate: Coordinate(latitude: 54.766, longitude: 20.397)),
             to: FlightWaypoint(name: "Chkalovsky", coordinate: Coordinate(latitude: 55.878, longitude: 38.062)),
             closed: ["LT", "LV", "EE", "PL", "BY", "UA"], over: "RU"),
        Case(from: FlightWaypoint(name: "Al Khadim", coordinate: Coordinate(latitude: 31.998, longitude: 21.191)),
             to: FlightWaypoint(name: "Bamako", coordinate: Coordinate(latitude: 12.534, longitude: -7.950)),
             closed: ["DZ", "NE"], over: "TD"),
        Case(from: FlightWaypoint(name: "Yerevan", coordinate: Coordinate(latitude: 40.147, longitude: 44.396)),
             to: FlightWaypoint(name: "Tehran", coordinate: Coordinate(latitude: 35.689, longitude: 51.313)),
             closed: ["AZ", "TR", "GE"], over: "AM"),
        Case(from: FlightWaypoint(name: "Hmeimim", coordinate: Coordinate(latitude: 35.401, longitude: 35.949)),
             to: FlightWaypoint(name: "Al Khadim", coordinate: Coordinate(latitude: 31.998, longitude: 21.191)),
             closed: ["CY", "GR", "TR", "IL", "EG"], over: nil),
        Case(from: FlightWaypoint(name: "Anchorage", coordinate: Coordinate(latitude: 61.174, longitude: -149.996)),
             to: FlightWaypoint(name: "Beijing", coordinate: Coordinate(latitude: 40.080, longitude: 116.585)),
             closed: ["RU", "MN"], over: "JP"),
        Case(from: FlightWaypoint(name: "Honolulu", coordinate: Coordinate(latitude: 21.318, longitude: -157.922)),
             to: FlightWaypoint(name: "Brisbane", coordinate: Coordinate(latitude: -27.384, longitude: 153.117)),
             closed: ["FJ", "NC", "VU"], over: nil),
    ]

    @Test("routes around closed airspace never enter a closed country", arguments: cases)
    func staysOut(_ flight: Case) throws {
        let countries = try #require(AirFixtures.countries)
        let route = try FlightRouter(countries: countries).route([flight.from, flight.to],
                                                                  options: FlightOptions(avoidAirspace: flight.closed))
        let shapes = flight.closed.compactMap { countries.country(code: $0) }
        var over = false
        for leg in route.legs {
            for (a, b) in zip(leg.points, leg.points.dropFirst()) {
                for point in Geodesic.wgs84.line(from: a, to: b, maximumSpacing: 2_000) {
                    let entered = shapes.first { $0.contains(point) }
                    #expect(entered == nil, "\(point) lies in \(entered?.name ?? "")")
                    over = over || flight.over.flatMap { countries.country(code: $0) }?.contains(point) ?? true
                }
            }
        }
        #expect(over, "the route should pass over \(flight.over ?? "")")
        let direct = Geodesic.wgs84.distance(from: flight.from.coordinate, to: flight.to.coordinate)
        #expect(route.lengthMeters >= direct)
        for leg in route.legs {
            for (a, b) in zip(leg.points, leg.points.dropFirst()) {
                #expect(abs(b.longitude - a.longitude) < 5, "the line jumps between \(a) and \(b)")
            }
        }
    }

    @Test("an airfield inside a closed country's 12 nm margin may depart: Samos → Athens with Turkey closed")
    func departureFromTheMargin() throws {
        let countries = try #require(AirFixtures.countries)
        let turkey = try #require(countries.country(code: "TR"))
        let samos = FlightWaypoint(name: "Samos", coordinate: Coordinate(latitude: 37.690, longitude: 26.912))
        try #require(turkey.airspace.contains { Country.ring($0, contains: samos.coordinate) })
        #expect(!turkey.contains(samos.coordinate))
        let athens = FlightWaypoint(name: "Athens", coordinate: Coordinate(latitude: 37.936, longitude: 23.947))
        let route = try FlightRouter(countries: countries).route([samos, athens], options: FlightOptions(avoidAirspace: ["TR"]))
        for point in route.legs[0].points {
            #expect(!turkey.contains(point))
        }
    }
}
