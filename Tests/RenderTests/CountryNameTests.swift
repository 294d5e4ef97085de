import Foundation
import Testing
@testable import Render
import Geo

@Suite("Country names")
struct CountryNameTests {
    static let region = BoundingBox(west: 26, south: 29, east: 48, north: 42)
    static let countries: CountryShapes = {
        do { return try CountryShapes.load() } catch { fatalError("countries: \(error)") }
    }()

    func render(countryNames: Bool, format: OutputFormat = .png) throws -> RenderedMap {
        var document = MapDocument(title: "Levant", markers: [
            MapMarker(coordinate: Coordinate(latitude: 35.401, longitude: 35.949), kind: .airBase, label: "Hmeimim"),
            MapMarker(coordinate: Coordinate(latitude: 33.51, longitude: 36.29), kind: .city, label: "Damascus"),
        ])
        document.countries = Self.countries.all.map { CountryArea(name: $0.shortName, bounds: $0.bounds, rings: $0.rings) }
        let options = MapOptions(width: 1000, height: 640, region: Self.region, projection: "mercator",
                                 detail: .low, countryNames: countryNames)
        return try MapRenderer(basemap: { try Basemap.load($0) }).render(document, options: options, format: format,
                                                                         svgText: format == .svg ? .real : .outline)
    }

    @Test("each name sits inside its own country, clear of every other label and marker")
    func namesInsideCountries() throws {
        let map = try render(countryNames: true)
        let frame = try MapFrame(projection: Projection(map.projection), region: Self.region, width: 1000, height: 640)
        let named = Dictionary(map.labels.map { ($0.text, $0.box) }, uniquingKeysWith: { first, _ in first })
        for (text, code) in [("SYRIA", "SY"), ("TURKEY", "TR"), ("IRAQ", "IQ"), ("SAUDI ARABIA", "SA"), ("JORDAN", "JO"), ("IRAN", "IR")] {
            let box = try #require(named[text], "no label \(text) among \(named.keys.sorted())")
            let center = try #require(frame.coordinate(atPage: ProjectedPoint(x: box.x + box.width / 2, y: box.y + box.height / 2)))
            let country = try #require(Self.countries.country(code: code))
            #expect(country.contains(center), "\(text) is centred at \(center)")
        }
        // Lebanon and Cyprus are too small at this scale for their names; the map says nothing about it.
        #expect(named["LEBANON"] == nil)
        #expect(!map.warnings.contains { $0.contains("LEBANON") || $0.contains("CYPRUS") })
        for (index, label) in map.labels.enumerated() {
            for other in map.labels[(index + 1)...] {
                #expect(!label.box.intersects(other.box), "\(label.text) overlaps \(other.text)")
            }
            for marker in map.markers { #expect(!label.box.intersects(marker), "\(label.text) covers a marker") }
        }
    }

    @Test("names are drawn only when asked for, as editable text in the SVG")
    func optional() throws {
        let plain = try render(countryNames: false)
        #expect(!plain.labels.contains { $0.text == "SYRIA" })
        let svg = String(decoding: try render(countryNames: true, format: .svg).bytes, as: UTF8.self)
        #expect(svg.contains(">SYRIA</text>"))
    }

    @Test("the pole of inaccessibility of an L shape lies in its wide arm, at the right distance")
    func pole() throws {
        // An L: a 100×20 bar along the bottom and a 40×100 column on the left.
        let ring = [(0.0, 0.0), (40, 0), (40, 80), (100, 80), (100, 100), (0, 100)].map { ProjectedPoint(x: $0.0, y: $0.1) }
        let (point, distance) = try #require(PoleOfInaccessibility.find([ring], precision: 0.1))
        #expect(abs(distance - 20) < 0.2)
        #expect(point.x > 19 && point.x < 21)
        #expect(PoleOfInaccessibility.signedDistance(ProjectedPoint(x: 70, y: 40), [ring]) < 0)
    }
}
