import Foundation
import Testing
@testable import Movemap
import Geo
import Render
import Routes
import Scenario

/// Markers say what they are: a written position is a reported position with no label, a
/// stop carries its date, a track its name with its count, an estimate its own symbol.
@Suite("Markers and track names in the plan")
struct MapPlanMarkerTests {
    func plan(_ text: String, at date: Date? = nil) throws -> MapPlan {
        let data = try DataStore()
        var reader = ScenarioReader(file: "m.yaml")
        var resolver = ScenarioResolver(gazetteer: data.gazetteer)
        let scenario = try resolver.resolve(try reader.parse(text))
        return try MapPlan(scenario: scenario, linker: .geodesic, at: date)
    }

    static let scenario = """
    assets:
      - {id: ships, name: Landing ships, mode: road, count: 2}
      - {id: quiet, name: Quiet convoy, mode: road, label: false}
      - {id: short, name: Convoy of trucks, mode: road, label: Trucks}
    sightings:
      - {asset: ships, place: "35.2,34.0", status: observed, time: 2024-12-10}
      - {asset: ships, place: Tartus, status: planned, time: ~2024-12-12}
      - {asset: quiet, place: Homs, status: reported, time: 2024-12-09/2024-12-11}
      - {asset: quiet, place: Latakia, status: reported}
      - {asset: short, place: Homs, status: reported, time: 2024-12-09}
      - {asset: short, place: Hama, status: reported}
    """

    @Test("a position written as lon,lat is a reported position with no label and no date")
    func writtenPosition() throws {
        let plan = try plan(Self.scenario)
        let position = try #require(plan.document.markers.first { abs($0.coordinate.longitude - 35.2) < 1e-9 })
        #expect(position.kind == .position && position.label.isEmpty && position.date == nil)
        #expect(plan.document.markers.first { $0.label.hasPrefix("Tartus") }?.date == "~12 Dec")
        #expect(plan.document.markers.first { $0.label == "Homs" }?.date == "9–11 Dec")
    }

    @Test("a date no marker shows — a position given as lon,lat, a sea passed — is set on the track where it passes")
    func trackDates() throws {
        #expect(try plan(Self.scenario).document.trackDates == [TrackDate(coordinate: Coordinate(latitude: 34.0, longitude: 35.2), text: "10 Dec")])
        let voyage = try plan("""
        assets: [{id: ship, name: Frigate, mode: sea}]
        sightings:
          - {asset: ship, place: Novorossiysk, status: observed, time: 2024-12-01}
          - {asset: ship, place: Aegean Sea, status: reported, time: ~2024-12-04}
          - {asset: ship, place: Tartus, status: reported, time: 2024-12-06}
        """)
        let date = try #require(voyage.document.trackDates.first)
        #expect(voyage.document.trackDates.count == 1 && date.text == "~4 Dec")
        // On the line: where the leg into the sea ends and the next begins.
        #expect(voyage.document.routes[0].points.last == date.coordinate && voyage.document.routes[1].points.first == date.coordinate)
        #expect(voyage.document.markers.map(\.date) == ["1 Dec", "6 Dec"])
    }

    @Test("track names: the name with its count, none with label: false, the label's text when given")
    func trackNames() throws {
        let labels = Set(try plan(Self.scenario).document.routes.map(\.label))
        #expect(labels == ["Landing ships ×2", nil, "Trucks"])
    }

    @Test("an --at estimate is its own kind, labelled 'est. 11 Dec 12:00'")
    func estimate() throws {
        let date = try #require(ValueParsers.time("2024-12-11T12:00Z"))
        let plan = try plan(Self.scenario, at: date)
        let estimate = try #require(plan.document.markers.first { $0.kind == .estimate })
        #expect(estimate.label == "Landing ships" && estimate.detail == "est. 11 Dec 12:00")
    }

    @Test("the legend lists only what is drawn: a leg of no length adds no line style")
    func legendOnlyDrawn() throws {
        let tartus = Coordinate(latitude: 34.9, longitude: 35.87)
        let document = MapDocument(title: "Legend", routes: [
            MapRoute(points: [tartus, tartus], mode: .air, certainty: .reported),
            MapRoute(points: [tartus, Coordinate(latitude: 35.52, longitude: 35.78)], mode: .sea, certainty: .observed),
        ], markers: [MapMarker(coordinate: tartus, kind: .navalBase, label: "Tartus")])
        let svg = String(decoding: try MapRenderer(basemap: { try Basemap.load($0) })
            .render(document, options: MapOptions(width: 500, height: 400, detail: .low), format: .svg, svgText: .real).bytes,
                         as: UTF8.self)
        #expect(svg.contains(">Sea passage, observed</text>"))
        #expect(!svg.contains(">Flight, reported</text>"))
    }

    @Test("areas are named in their element's style: a country on land, a sea on water")
    func areaStyles() throws {
        let plan = try plan("""
        assets: [{id: flights, mode: air}]
        sightings:
          - {asset: flights, place: Hmeimim, status: reported}
          - {asset: flights, place: Black Sea, status: reported}
          - {asset: flights, place: Libya, status: reported}
        """)
        let areas = Dictionary(uniqueKeysWithValues: plan.document.areaLabels.map { ($0.text, $0.onLand) })
        #expect(areas["Libya"] == true && areas["Black Sea"] == false, "\(areas)")
    }
}

/// The seed map's crowded place — Hmeimim and Tartus, 10 points apart at 1600×1000 — is
/// drawn magnified in a detail inset, both named there.
@Suite("The seed map's detail inset")
struct SeedDetailInsetTests {
    @Test("Hmeimim and Tartus are named in the inset, apart, and no label overlaps another")
    func seedCluster() throws {
        let data = try DataStore()
        let scenario = try ScenarioResolver.load(path: MapPlanTests.seed, gazetteer: data.gazetteer)
        let result = try MapJob(scenario: scenario).render(format: .svg, data: data, linker: .geodesic)
        let svg = String(decoding: result.map.bytes, as: UTF8.self)
        #expect(svg.contains("detail-inset") || result.map.labels.contains { $0.text == "Hmeimim air base" })
        let hmeimim = try #require(result.map.labels.first { $0.text == "Hmeimim air base" })
        let tartus = try #require(result.map.labels.first { $0.text == "Tartus naval base" })
        #expect(!hmeimim.box.intersects(tartus.box))
        // In the inset the two markers are far enough apart for their labels to sit beside them.
        #expect(abs(hmeimim.box.y - tartus.box.y) > 30 || abs(hmeimim.box.x - tartus.box.x) > 100)
        for (index, label) in result.map.labels.enumerated() {
            for other in result.map.labels[(index + 1)...] { #expect(!label.box.intersects(other.box), "\(label.text) overlaps \(other.text)") }
        }
    }
}

@Suite("Detail places on the command line")
struct DetailPlacesTests {
    @Test("--detail Tartus,Hmeimim finds both; a place movemap is not sure of is refused by name")
    func places() throws {
        let data = try DataStore()
        let found = try MapJob.detailPlaces("Tartus, Hmeimim", gazetteer: data.gazetteer)
        #expect(found.count == 2 && found.allSatisfy { abs($0.latitude - 35.2) < 0.6 && abs($0.longitude - 35.9) < 0.3 })
        #expect {
            try MapJob.detailPlaces("Tartus, Qwzxv", gazetteer: data.gazetteer)
        } throws: { error in
            "\(error)".contains("detail place 'Qwzxv' is not a place movemap can put on the map with confidence")
        }
    }
}
