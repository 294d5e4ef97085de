import Foundation
import Testing
@testable import Render
import Geo
import MapVocabulary

/// The banner, the north arrow, paper sizes and the PDF's document information.
@Suite("Briefing furniture")
struct BriefingFurnitureTests {
    static let levantRegion = BoundingBox(west: 30, south: 31, east: 40, north: 38)

    func render(_ document: MapDocument, options: MapOptions, format: OutputFormat = .png) throws -> RenderedMap {
        try MapRenderer(basemap: { try Basemap.load($0) }).render(document, options: options, format: format)
    }

    func document(title: String = "Test map", subtitle: String? = "Levant") -> MapDocument {
        MapDocument(title: title, subtitle: subtitle, dateText: "13 December 2024", sources: ["test"],
                    markers: [MapMarker(coordinate: Coordinate(latitude: 35.401, longitude: 35.949), kind: .airBase, label: "Hmeimim"),
                              MapMarker(coordinate: Coordinate(latitude: 34.90, longitude: 35.87), kind: .navalBase, label: "Tartus")])
    }

    @Test("a banner's level is read from its leading words", arguments: [
        ("SECRET//REL TO USA, GBR", ClassificationBanner.Level.secret),
        ("secret", .secret),
        ("TOP SECRET//SI//NOFORN", .topSecret),
        ("UNCLASSIFIED//FOR OFFICIAL USE ONLY", .unclassified),
        ("CUI//SP-PRVCY", .cui),
        ("Controlled Unclassified Information", .cui),
        ("CONFIDENTIAL", .confidential),
        ("SECRETARIAT DRAFT", .unknown),
        ("SECERT", .unknown),
        ("NATO RESTRICTED", .unknown),
    ])
    func levels(text: String, level: ClassificationBanner.Level) {
        #expect(ClassificationBanner.level(of: text) == level)
    }

    @Test("banner text is white on every band but orange, where black contrasts more")
    func textContrast() {
        for level in ClassificationBanner.Level.allCases {
            #expect(level.textColor == Color(hex: level == .topSecret ? 0x000000 : 0xFFFFFF), "\(level)")
        }
    }

    @Test("the banner fills the top and bottom centre of the page with the level's colour",
          arguments: [("SECRET//REL TO USA, GBR", 0xC8102E as UInt32), ("UNCLASSIFIED", 0x007A33)])
    func bannerPixels(text: String, hex: UInt32) throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion, banner: ClassificationBanner(text: text))
        let map = try render(document(), options: options)
        let image = try RasterImage(png: map.bytes)
        let expected = Color(hex: hex)
        // The band's top and bottom rows at the centre (clear of the glyphs), and its middle at the edges.
        for (x, y) in [(300, 1), (300, 398), (6, 10), (594, 390)] {
            let color = image.color(x: x, y: y)
            #expect(color.distance(to: expected) < 0.01, "(\(x), \(y)) is \(color), expected \(expected)")
        }
        // Below the band the map shows.
        #expect(image.color(x: 300, y: 24).distance(to: expected) > 0.1)
        #expect(map.warnings.isEmpty, "\(map.warnings)")
    }

    @Test("an editable SVG puts the banner and the north arrow in layers of their own")
    func svgLayers() throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion, detail: .crude, northArrow: true,
                                 banner: ClassificationBanner(text: "TOP SECRET"))
        let map = try MapRenderer(basemap: { try Basemap.load($0) })
            .render(document(), options: options, format: .svg, svgText: .real)
        let svg = String(decoding: map.bytes, as: UTF8.self)
        #expect(svg.contains("<g id=\"banner\" inkscape:groupmode=\"layer\" inkscape:label=\"banner\">"))
        #expect(svg.contains("<g id=\"north-arrow\""))
        #expect(svg.components(separatedBy: ">TOP SECRET<").count == 3, "the banner's text, top and bottom")
    }

    @Test("a banner that names no level is drawn grey, with a warning")
    func unknownBanner() throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion, banner: ClassificationBanner(text: "SECERT"))
        let map = try render(document(), options: options)
        let image = try RasterImage(png: map.bytes)
        #expect(image.color(x: 300, y: 1).distance(to: Color(hex: 0x6E6E6E)) < 0.01)
        #expect(map.warnings.contains { $0.contains("banner 'SECERT' begins with no classification level") }, "\(map.warnings)")
    }

    @Test("the region is fitted between the banner's bands")
    func regionBetweenBands() throws {
        // A wide page: the region fills the height, so the bands would cut it without the fit.
        let region = BoundingBox(west: 34, south: 33, east: 36, north: 37)
        let options = MapOptions(width: 900, height: 400, region: region, projection: "mercator",
                                 banner: ClassificationBanner(text: "SECRET"))
        let map = try render(document(), options: options)
        let frame = try MapFrame(projection: Projection(map.projection), region: region, width: 900, height: 400,
                                 reserved: ClassificationBanner.bandHeight)
        let north = try #require(frame.page(Coordinate(latitude: 37, longitude: 35)))
        let south = try #require(frame.page(Coordinate(latitude: 33, longitude: 35)))
        #expect(abs(north.y - 20) < 0.5 && abs(south.y - 380) < 0.5, "\(north) \(south)")
    }

    // MARK: North arrow

    /// Page position of a coordinate in a scale-1 PNG, from the map's world file.
    func pagePosition(_ coordinate: Coordinate, in map: RenderedMap) throws -> ProjectedPoint {
        let projected = try #require(try Projection(map.projection).forward(coordinate))
        let world = map.worldFile
        return ProjectedPoint(x: (projected.x - world[4]) / world[0] + 0.5, y: (projected.y - world[5]) / world[3] + 0.5)
    }

    /// The bearing from `a` to `b` on the page, degrees clockwise from up.
    func bearing(from a: ProjectedPoint, to b: ProjectedPoint) -> Double {
        atan2(b.x - a.x, -(b.y - a.y)) * 180 / .pi
    }

    @Test("on a polar stereographic map the north arrow points at the pole's page position")
    func polarArrow() throws {
        let options = MapOptions(width: 600, height: 450, region: BoundingBox(west: -180, south: 55, east: 180, north: 90),
                                 projection: "stereographic", detail: .crude, northArrow: true)
        let map = try render(document(), options: options)
        let arrow = try #require(map.northArrow)
        let pole = try pagePosition(Coordinate(latitude: 90, longitude: 0), in: map)
        let toPole = bearing(from: arrow.center, to: pole)
        #expect(abs(arrow.bearing - toPole) < 0.5, "arrow \(arrow.bearing)°, pole at \(toPole)°")
        // In the top-right corner of a pole-centred map, north is down and to the left.
        #expect(arrow.bearing < -90 && arrow.bearing > -180, "\(arrow.bearing)")
        for panel in map.panels where panel != arrow.box {
            #expect(!panel.intersects(arrow.box), "the arrow covers a panel")
        }
    }

    @Test("on a Mercator map the north arrow points straight up")
    func mercatorArrow() throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion, projection: "mercator", northArrow: true)
        let arrow = try #require(try render(document(), options: options).northArrow)
        #expect(abs(arrow.bearing) < 1e-6)
    }

    @Test("on a conic map the arrow's turn is PROJ's meridian convergence where it stands")
    func conicArrow() throws {
        let definition = "+proj=lcc +lat_1=30 +lat_2=60 +lat_0=45 +lon_0=10 +datum=WGS84"
        let options = MapOptions(width: 700, height: 450, region: BoundingBox(west: -10, south: 35, east: 60, north: 65),
                                 projection: definition, detail: .crude, northArrow: true)
        let map = try render(document(), options: options)
        let arrow = try #require(map.northArrow)
        let frame = try MapFrame(projection: Projection(definition), region: BoundingBox(west: -10, south: 35, east: 60, north: 65),
                                 width: 700, height: 450)
        let here = try #require(frame.coordinate(atPage: arrow.center))
        // Lambert conformal conic: meridians converge by n·(λ − λ0), n = ln(cos φ1 / cos φ2) / ln(tan(π/4 + φ2/2) / tan(π/4 + φ1/2))
        // on the sphere; the ellipsoid differs by well under a degree here.
        let (phi1, phi2) = (30.0 * .pi / 180, 60.0 * .pi / 180)
        let n = log(cos(phi1) / cos(phi2)) / log(tan(.pi / 4 + phi2 / 2) / tan(.pi / 4 + phi1 / 2))
        let convergence = -n * (here.longitude - 10)
        #expect(abs(arrow.bearing - convergence) < 0.5, "arrow \(arrow.bearing)°, convergence \(convergence)° at \(here)")
    }

    // MARK: Paper and PDF metadata

    static var pdfinfoAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") }

    /// `pdfinfo`'s fields for a PDF's bytes.
    func pdfinfo(_ bytes: [UInt8]) throws -> [String: String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-\(UUID().uuidString).pdf")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdfinfo")
        process.arguments = [url.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    @Test("a PDF on paper has the sheet's size in points", .enabled(if: pdfinfoAvailable), arguments: [
        ("a4", "842 x 595 pts (A4)"), ("a4-portrait", "595 x 842 pts (A4)"), ("a3", "1191 x 842 pts (A3)"),
        ("letter", "792 x 612 pts (letter)"), ("tabloid-portrait", "792 x 1224 pts"),
    ])
    func paperSize(name: String, expected: String) throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion, detail: .crude, paper: Paper(parsing: name))
        let map = try render(document(), options: options, format: .pdf)
        #expect(try pdfinfo(map.bytes)["Page size"] == expected)
    }

    @Test("paper changes only PDFs: a PNG keeps its size")
    func paperIgnoredForPNG() throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion, detail: .crude, paper: Paper(.a4))
        let image = try RasterImage(png: try render(document(), options: options).bytes)
        #expect(image.width == 600 && image.height == 400)
    }

    @Test("the map fills the paper inside its margin, which stays blank", .enabled(if: pdfinfoAvailable))
    func paperMargin() throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion, detail: .crude, paper: Paper(.a4))
        let map = try render(document(), options: options, format: .pdf)
        // The labels are placed on the drawing area: 842 − 2 × 24 by 595 − 2 × 24 points.
        for label in map.labels {
            #expect(label.box.x >= 0 && label.box.x + label.box.width <= 794 && label.box.y + label.box.height <= 547)
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-\(UUID().uuidString)")
        try Data(map.bytes).write(to: url.appendingPathExtension("pdf"))
        defer {
            try? FileManager.default.removeItem(at: url.appendingPathExtension("pdf"))
            try? FileManager.default.removeItem(at: url.appendingPathExtension("png"))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
        process.arguments = ["-png", "-r", "72", "-singlefile", url.appendingPathExtension("pdf").path, url.path]
        try process.run()
        process.waitUntilExit()
        let image = try RasterImage(png: Array(Data(contentsOf: url.appendingPathExtension("png"))))
        #expect(image.width == 842 && image.height == 595)
        let white = Color(hex: 0xFFFFFF)
        for (x, y) in [(10, 10), (421, 12), (830, 300), (421, 585)] {
            #expect(image.color(x: x, y: y).distance(to: white) < 0.01, "margin at (\(x), \(y)) is \(image.color(x: x, y: y))")
        }
        #expect(image.color(x: 421, y: 300).distance(to: white) > 0.05, "the map is drawn inside the margin")
    }

    @Test("a PDF carries the title as Title, the subtitle as Subject and movemap as Creator, with fixed dates",
          .enabled(if: pdfinfoAvailable))
    func metadata() throws {
        let options = MapOptions(width: 600, height: 400, region: Self.levantRegion, detail: .crude)
        let map = try render(document(title: "Drawdown — Syria", subtitle: "Ships to Tartus"), options: options, format: .pdf)
        let info = try pdfinfo(map.bytes)
        #expect(info["Title"] == "Drawdown — Syria")
        #expect(info["Subject"] == "Ships to Tartus")
        #expect(info["Creator"] == "movemap")
        #expect(info["CreationDate"]?.contains("2000") == true, "\(info)")
        #expect(info["Page size"] == "600 x 400 pts")
        let again = try render(document(title: "Drawdown — Syria", subtitle: "Ships to Tartus"), options: options, format: .pdf)
        #expect(map.bytes == again.bytes)
    }
}
