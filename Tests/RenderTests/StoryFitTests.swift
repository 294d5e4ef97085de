import Foundation
import Geo
import Testing
@testable import Render

/// The automatic region frames where the story is; far ends are pointed to from the edge,
/// and the panels sit where they cover the least data.
@Suite("Story-fit framing")
struct StoryFitTests {
    static let tartus = GoldenScenarios.point(34.90, 35.87), novorossiysk = GoldenScenarios.point(44.72, 37.78)
    static let latakia = GoldenScenarios.point(35.52, 35.78), homs = GoldenScenarios.point(34.73, 36.71)
    static let vladivostok = GoldenScenarios.point(43.12, 131.89)

    /// Three stops close together, a fourth on the far side of Asia.
    static var farEnd: GoldenScenarios.Case {
        let voyage = [tartus, GoldenScenarios.point(31.5, 32.3), GoldenScenarios.point(12.6, 43.4), GoldenScenarios.point(6, 80),
                      GoldenScenarios.point(1.3, 104), GoldenScenarios.point(22, 118), GoldenScenarios.point(35, 129), vladivostok]
        let document = MapDocument(
            title: "Far end", sources: ["golden"],
            routes: [MapRoute(points: GoldenScenarios.arc(tartus, novorossiysk), mode: .sea, certainty: .observed,
                              from: "Tartus", to: "Novorossiysk"),
                     MapRoute(points: voyage, mode: .sea, certainty: .planned, label: "Tanker", from: "Tartus", to: "Vladivostok"),
                     MapRoute(points: [homs, latakia], mode: .road, certainty: .reported, from: "Homs", to: "Latakia")],
            markers: [MapMarker(coordinate: tartus, kind: .navalBase, label: "Tartus"),
                      MapMarker(coordinate: novorossiysk, kind: .navalBase, label: "Novorossiysk"),
                      MapMarker(coordinate: latakia, kind: .port, label: "Latakia"),
                      MapMarker(coordinate: homs, kind: .city, label: "Homs"),
                      MapMarker(coordinate: vladivostok, kind: .navalBase, label: "Vladivostok")])
        return GoldenScenarios.Case(name: "far-end", document: document,
                                    options: MapOptions(width: 700, height: 700, detail: .low))
    }

    @Test("a far end is left out of the automatic region; the stops near each other are in")
    func farEndLeftOut() {
        let region = MapRenderer.automaticRegion(for: Self.farEnd.document)
        for stop in [Self.tartus, Self.novorossiysk, Self.latakia, Self.homs] { #expect(region.contains(stop), "\(stop)") }
        #expect(!region.contains(Self.vladivostok))
        #expect(region.longitudeSpan < 20, "\(region)")
    }

    @Test("stops that are merely spread out all stay in the frame")
    func spreadStopsStay() {
        var document = Self.farEnd.document
        document.markers.removeLast()
        let benghazi = GoldenScenarios.point(32.12, 20.07)
        document.markers.append(MapMarker(coordinate: benghazi, kind: .airport, label: "Benghazi"))
        document.routes = [MapRoute(points: GoldenScenarios.arc(Self.tartus, benghazi), mode: .air, certainty: .observed)]
        let region = MapRenderer.automaticRegion(for: document)
        #expect(region.contains(benghazi) && region.contains(Self.novorossiysk))
    }

    @Test("the route to the far end is pointed to from the edge with its name and the distance beyond")
    func edgeNote() throws {
        let scenario = Self.farEnd
        let svg = String(decoding: try MapRenderer(basemap: { try Basemap.load($0) })
            .render(scenario.document, options: scenario.options, format: .svg, svgText: .real).bytes, as: UTF8.self)
        let note = try #require(svg.range(of: #">to Vladivostok, [0-9,]+ km</text>"#, options: .regularExpression))
        let kilometers = Int(svg[note].filter(\.isNumber))!
        // Beyond the frame's edge the voyage runs some 15,000 km on these vertices.
        #expect((12_000...17_000).contains(kilometers), "\(kilometers) km")
        #expect(svg.contains("id=\"edge-notes\""))
        #expect(!svg.contains(">to Novorossiysk"), "an end on the page gets no note")
    }

    @Test("the panels go to the corners with the least data under them")
    func panelsAvoidData() throws {
        let size = (width: 600.0, height: 400.0)
        let crowdedBottomLeft = (0..<200).map { ProjectedPoint(x: 20 + Double($0 % 20) * 8, y: 300 + Double($0 / 20) * 8) }
        let arrangement = try #require(PanelArrangement.best(width: size.width, height: size.height, margin: 14, title: (200, 60),
                                                             legend: (150, 120), credit: (220, 40), scale: (120, 30),
                                                             routeSamples: crowdedBottomLeft, markers: []))
        #expect(arrangement.legend!.x > 300 || arrangement.legend!.y < 100, "\(arrangement)")
        #expect(arrangement.credit.x > 300 || arrangement.legend!.y > 100, "\(arrangement)")
        #expect(crowdedBottomLeft.allSatisfy { point in !arrangement.boxes.contains { $0.contains(point) } })
        let empty = try #require(PanelArrangement.best(width: size.width, height: size.height, margin: 14, title: (200, 60),
                                                       legend: (150, 120), credit: (220, 40), scale: (120, 30), routeSamples: [], markers: []))
        #expect(empty.title.x == 14 && empty.legend!.x == 14 && empty.legend!.y > 200 && empty.credit.x > 300,
                "with nothing to avoid: title top left, legend bottom left, credit bottom right")
        #expect(PanelArrangement.best(width: size.width, height: size.height, margin: 14, title: (200, 60), legend: (150, 380),
                                      credit: (220, 40), scale: (120, 30), routeSamples: [], markers: []) == nil,
                "a legend taller than the page beside the title fits nowhere")
    }

    @Test("a small page flows a long legend into columns so no panel overlaps another or leaves the page")
    func smallPage() throws {
        var small = GoldenScenarios.twoShips
        small.options.width = 520
        small.options.height = 360
        let renderer = MapRenderer(basemap: { try Basemap.load($0) })
        let map = try renderer.render(small.document, options: small.options, format: .png)
        for (index, box) in map.panels.enumerated() {
            #expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 520 && box.y + box.height <= 360, "\(box) leaves the page")
            for other in map.panels[(index + 1)...] { #expect(!box.intersects(other), "\(box) overlaps \(other)") }
        }
        #expect(!map.warnings.contains { $0.contains("do not fit apart") })
        // A thumbnail has no room for them apart: the map says so.
        small.options.width = 300
        small.options.height = 200
        let thumbnail = try renderer.render(small.document, options: small.options, format: .png)
        #expect(thumbnail.warnings.contains { $0.contains("do not fit apart on a 300×200 page") }, "\(thumbnail.warnings)")
    }
}
