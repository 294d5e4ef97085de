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
    static let sites: CountryNameSites = {
        do { return try CountryNameSites.load() } catch { fatalError("country name sites: \(error)") }
    }()

    func render(countryNames: Bool, format: OutputFormat = .png, region: BoundingBox = region) throws -> RenderedMap {
        var document = MapDocument(title: "Levant", markers: [
            MapMarker(coordinate: Coordinate(latitude: 35.401, longitude: 35.949), kind: .airBase, label: "Hmeimim"),
            MapMarker(coordinate: Coordinate(latitude: 33.51, longitude: 36.29), kind: .city, label: "Damascus"),
        ])
        document.countries = Self.sites.entries.map { CountryArea(name: $0.shortName, bounds: $0.bounds, sites: Self.sites.sites(of: $0)) }
        let options = MapOptions(width: 1000, height: 640, region: region, projection: "mercator",
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

    @Test("the sites found on another thread, over a frame of its own, are those the map's own frame finds, to the last bit")
    func roomsOnAnotherThread() throws {
        let frame = try MapFrame(projection: Projection("+proj=lcc +lat_1=18.41 +lat_2=65.39 +lat_0=41.9 +lon_0=20.67 +datum=WGS84"),
                                 region: Self.region, width: 1000, height: 640)
        let areas = Self.sites.entries.map { CountryArea(name: $0.shortName, bounds: $0.bounds, sites: Self.sites.sites(of: $0)) }
        let here = MapPainter.countryRooms(areas, visible: frame.visibleBounds, frame: frame)
        let detached = try frame.detached()
        #expect(detached.frame.projection !== frame.projection)
        let once = LoadOnce<[Int: MapPainter.CountryRoom], Never> {
            MapPainter.countryRooms(areas, visible: detached.frame.visibleBounds, frame: detached.frame)
        }
        Thread.detachNewThread { _ = once.value() }
        let there = once.value()
        #expect(here.count >= 6)
        #expect(here.keys.sorted() == there.keys.sorted())
        for (country, room) in here {
            #expect(room.anchor.x.bitPattern == there[country]?.anchor.x.bitPattern)
            #expect(room.anchor.y.bitPattern == there[country]?.anchor.y.bitPattern)
            #expect(room.room.bitPattern == there[country]?.room.bitPattern)
        }
    }

    @Test("names are drawn only when asked for, as editable text in the SVG")
    func optional() throws {
        let plain = try render(countryNames: false)
        #expect(!plain.labels.contains { $0.text == "SYRIA" })
        let svg = String(decoding: try render(countryNames: true, format: .svg).bytes, as: UTF8.self)
        #expect(svg.contains(">SYRIA</text>"))
    }

    @Test("a country the page shows in part is named inside the part it shows")
    func partlyShown() throws {
        // The Baltic and western Russia: Russia runs off the page to the east and the north.
        let region = BoundingBox(west: 12, south: 50, east: 42, north: 62)
        let map = try render(countryNames: true, region: region)
        let frame = try MapFrame(projection: Projection(map.projection), region: region, width: 1000, height: 640)
        let box = try #require(map.labels.first { $0.text == "RUSSIA" }?.box, "no RUSSIA among \(map.labels.map(\.text))")
        #expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1000 && box.y + box.height <= 640)
        let center = try #require(frame.coordinate(atPage: ProjectedPoint(x: box.x + box.width / 2, y: box.y + box.height / 2)))
        #expect(try #require(Self.countries.country(code: "RU")).contains(center), "RUSSIA is centred at \(center)")
    }

    @Test("every country's name sites lie inside it, the roomiest first, their room no more than the distance to its outline")
    func sites() throws {
        #expect(Set(Self.sites.entries.map(\.code)) == Set(Self.countries.all.map(\.code)))
        for entry in Self.sites.entries {
            let sites = Self.sites.sites(of: entry)
            let country = try #require(Self.countries.country(code: entry.code))
            #expect(!sites.isEmpty, "\(entry.code) has no site")
            #expect(zip(sites, sites.dropFirst()).allSatisfy { $0.roomKilometres >= $1.roomKilometres }, "\(entry.code)")
            for site in sites.prefix(3) where site.roomKilometres > 2 {
                #expect(country.contains(site.coordinate), "\(entry.code) site \(site.coordinate) lies outside it")
                // No vertex of the outline is nearer than the room.
                let here = UnitVector(site.coordinate)
                let nearest = (country.rings + country.holes).joined().map { here.angle(to: UnitVector($0)) * 6371.0088 }.min() ?? 0
                #expect(nearest >= site.roomKilometres * 0.999, "\(entry.code): a vertex \(nearest) km from a site with \(site.roomKilometres) km of room")
            }
        }
        // Syria's roomiest point, in its central desert, is some 180 km from the nearest border.
        let syria = try #require(Self.sites.entries.first { $0.code == "SY" })
        let best = try #require(Self.sites.sites(of: syria).first)
        #expect(best.roomKilometres > 150 && best.roomKilometres < 220)
        #expect(abs(best.coordinate.latitude - 35) < 1.5 && abs(best.coordinate.longitude - 38.5) < 1.5)
    }
}
