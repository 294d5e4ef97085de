import Foundation
import Testing
@testable import Scenario
import Routes
import Geo
import Geo

@Suite("Tracks, legs and timing")
struct TrackLinkerTests {
    static let qamishli = Stop(id: "qamishli", name: "Qamishli", coordinate: Coordinate(latitude: 37.0522, longitude: 41.2317))
    static let hmeimim = Stop(id: "hmeimim", name: "Hmeimim", coordinate: Coordinate(latitude: 35.4011, longitude: 35.9487))
    static let tartus = Stop(id: "tartus", name: "Tartus", coordinate: Coordinate(latitude: 34.915, longitude: 35.874))

    static func day(_ text: String) -> Date {
        var components = DateComponents()
        let parts = text.split(separator: "-").map { Int($0)! }
        (components.year, components.month, components.day) = (parts[0], parts[1], parts[2])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components)!
    }

    @Test("sightings are grouped by asset and ordered by time; untimed ones keep their place")
    func ordering() {
        let convoy = Asset(id: "convoy", name: "Convoy", mode: .road)
        let sightings = [
            Sighting(asset: "convoy", stop: Self.tartus, status: .planned),
            Sighting(asset: "convoy", stop: Self.hmeimim, time: Self.day("2024-12-13"), status: .reported),
            Sighting(asset: "other", stop: Self.tartus, status: .observed),
            Sighting(asset: "convoy", stop: Self.qamishli, time: Self.day("2024-12-12"), status: .observed),
        ]
        let tracks = TrackLinker.geodesic.tracks(assets: [convoy], sightings: sightings)
        #expect(tracks.count == 1)
        // Tartus has no time and follows nothing timed in the file, so it sorts first by file
        // order among untimed-before-any; the timed stops follow in time order.
        #expect(tracks[0].sightings.map(\.stop.name) == ["Tartus", "Qamishli", "Hmeimim"])
    }

    @Test("a leg takes the less certain status of its ends and its geodesic length")
    func statusAndLength() throws {
        let convoy = Asset(id: "convoy", name: "Convoy", mode: .road)
        let track = Track(asset: convoy, sightings: [
            Sighting(asset: "convoy", stop: Self.qamishli, time: Self.day("2024-12-12"), status: .observed),
            Sighting(asset: "convoy", stop: Self.hmeimim, status: .reported),
            Sighting(asset: "convoy", stop: Self.tartus, status: .planned),
        ])
        let (legs, warnings) = try TrackLinker.geodesic.legs(of: track)
        #expect(warnings.isEmpty)
        #expect(legs.map(\.status) == [.reported, .planned])
        // GeographicLib: Qamishli → Hmeimim 508 983.697 m.
        #expect(abs(legs[0].lengthMeters - 508_983.6972884534) < 1)
        #expect(legs[0].geometryNote == "straight line (no road network)")
    }

    @Test("ETAs come from the asset's speed, and positions interpolate along the leg")
    func timing() throws {
        let convoy = Asset(id: "convoy", name: "Convoy", mode: .road, speedKnots: 10)
        let start = Self.day("2024-12-12")
        let track = Track(asset: convoy, sightings: [
            Sighting(asset: "convoy", stop: Self.qamishli, time: start, status: .observed),
            Sighting(asset: "convoy", stop: Self.hmeimim, status: .planned),
        ])
        let (legs, _) = try TrackLinker.geodesic.legs(of: track)
        let leg = try #require(legs.first)
        let hours = 508_983.6972884534 / 1852 / 10
        let arrival = try #require(leg.arrival)
        #expect(leg.arrivalEstimated)
        #expect(abs(arrival.timeIntervalSince(start) - hours * 3600) < 60)
        // Half-way in time is half-way in distance: GeographicLib's midpoint 36.2559N 38.5624E.
        let middle = try #require(Timing.position(at: start.addingTimeInterval(hours * 1800), legs: legs))
        #expect(Geodesic.wgs84.distance(from: middle, to: Coordinate(latitude: 36.25587478862493, longitude: 38.562416973132166)) < 2000)
        #expect(Timing.position(at: start.addingTimeInterval(-3600), legs: legs) == nil)
    }

    @Test("a landing ship that would need 40 knots is flagged, naming both sightings")
    func implausibleSpeed() throws {
        let ship = Asset(id: "ship", name: "Ivan Gren", mode: .sea)
        let here = SourceLocation(file: "s.yaml", line: 4, column: 5), there = SourceLocation(file: "s.yaml", line: 5, column: 5)
        let track = Track(asset: ship, sightings: [
            Sighting(asset: "ship", stop: Self.hmeimim, time: Self.day("2024-12-12"), status: .reported, location: here),
            Sighting(asset: "ship", stop: Stop(id: "malta", name: "Malta", coordinate: Coordinate(latitude: 35.9, longitude: 14.5)),
                     time: Self.day("2024-12-13"), status: .reported, location: there),
        ])
        let (_, warnings) = try TrackLinker.geodesic.legs(of: track)
        let warning = try #require(warnings.first)
        #expect(warning.location == there)
        #expect(warning.description.hasPrefix("s.yaml:5:5: warning: Ivan Gren would need"))
        #expect(warning.description.contains("from Hmeimim (s.yaml:4:5) to Malta"))
    }

    @Test("a voyage's line is split where it enters each sea area on the way")
    func splitAtAreas() {
        let line = (0...10).map { Coordinate(latitude: 40, longitude: Double($0)) }
        let area = [Coordinate(latitude: 39, longitude: 4.5), Coordinate(latitude: 39, longitude: 6.5),
                    Coordinate(latitude: 41, longitude: 6.5), Coordinate(latitude: 41, longitude: 4.5)]
        let stops = [Stop(id: "a", name: "A", coordinate: line[0]),
                     Stop(id: "sea", name: "Sea", coordinate: Coordinate(latitude: 40, longitude: 5.5), area: area),
                     Stop(id: "b", name: "B", coordinate: line[10])]
        let pieces = TrackLinker.split(line, at: stops)
        #expect(pieces.count == 2)
        #expect(pieces[0].last?.longitude == 5)
        #expect(pieces[1].first?.longitude == 5)
    }

    @Test("a strait is passed through a disc around its narrows, not its whole polygon")
    func narrows() throws {
        let dover = Stop(id: "dover", name: "Strait of Dover", coordinate: Coordinate(latitude: 51.0, longitude: 1.45),
                         area: [Coordinate(latitude: 49, longitude: -6), Coordinate(latitude: 52, longitude: 3)], isNarrows: true)
        let disc = try #require(dover.transitArea)
        #expect(disc.count == 24)
        for point in disc {
            #expect(abs(Geodesic.wgs84.distance(from: point, to: dover.coordinate) - Stop.narrowsRadius) < 0.01)
        }
    }
}

/// Areas are areas: flights pass through seas rather than turning at their centres.
struct AreaPassageTests {
    static let sea = Stop(id: "sea:test", name: "Test Sea", coordinate: Coordinate(latitude: 60, longitude: 0),
                          area: [Coordinate(latitude: 55, longitude: -10), Coordinate(latitude: 55, longitude: 10),
                                 Coordinate(latitude: 65, longitude: 10), Coordinate(latitude: 65, longitude: -10)])

    @Test("a flight across a sea between two stops passes where the arc crosses it, not its centre")
    func crossingFlightKeepsItsArc() {
        let from = Stop(id: "a", name: "A", coordinate: Coordinate(latitude: 52, longitude: 5))
        let to = Stop(id: "b", name: "B", coordinate: Coordinate(latitude: 68, longitude: 5))
        let passed = TrackLinker.passedAreas([from, Self.sea, to])
        #expect(abs(passed[1].coordinate.longitude - 5) < 0.5, "\(passed[1].coordinate)")
        #expect(passed[1].coordinate.latitude > 55 && passed[1].coordinate.latitude < 65)
        #expect(passed[0] == from && passed[2] == to)
    }

    @Test("a flight that misses the sea touches its nearest side, at the shortest point, not the centre")
    func missingFlightTouchesTheArea() {
        let from = Stop(id: "a", name: "A", coordinate: Coordinate(latitude: 50, longitude: 20))
        let to = Stop(id: "b", name: "B", coordinate: Coordinate(latitude: 70, longitude: 25))
        let point = TrackLinker.passedAreas([from, Self.sea, to])[1].coordinate
        #expect(abs(point.longitude - 10) < 1e-3, "on the eastern side: \(point)")
        #expect(point.latitude > 55 && point.latitude < 65, "\(point)")
    }

    @Test("a strait between two flight stops is flown over at its narrows")
    func narrowsKeepTheirPoint() {
        let from = Stop(id: "a", name: "A", coordinate: Coordinate(latitude: 50, longitude: 20))
        let to = Stop(id: "b", name: "B", coordinate: Coordinate(latitude: 70, longitude: 25))
        var strait = Self.sea
        strait.isNarrows = true
        #expect(TrackLinker.passedAreas([from, strait, to])[1].coordinate == strait.coordinate)
    }
}
