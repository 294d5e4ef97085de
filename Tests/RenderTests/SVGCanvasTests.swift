import Foundation
import Testing
@testable import Render
import Geo
import MapVocabulary

@Suite("Editable SVG")
struct SVGCanvasTests {
    static let region = BoundingBox(west: 30, south: 31, east: 40, north: 38)

    func document() -> MapDocument {
        MapDocument(title: "Hmeimim & Tartus <drawdown>", subtitle: "Levant", dateText: "13 December 2024", sources: ["test"],
                    routes: [MapRoute(points: Geodesic.wgs84.line(from: Coordinate(latitude: 35.401, longitude: 35.949),
                                                                  to: Coordinate(latitude: 34.90, longitude: 35.87), maximumSpacing: 2000),
                                      mode: .road, certainty: .reported),
                             MapRoute(points: Geodesic.wgs84.line(from: Coordinate(latitude: 35.401, longitude: 35.949),
                                                                  to: Coordinate(latitude: 32.0, longitude: 32.0), maximumSpacing: 20000),
                                      mode: .air, certainty: .observed)],
                    markers: [MapMarker(coordinate: Coordinate(latitude: 35.401, longitude: 35.949), kind: .airBase, label: "Hmeimim",
                                        detail: "Il-76 seen 13 Dec"),
                              MapMarker(coordinate: Coordinate(latitude: 34.90, longitude: 35.87), kind: .navalBase, label: "Tartus")],
                    areaLabels: [AreaLabel(coordinate: Coordinate(latitude: 33.5, longitude: 33.0), text: "Mediterranean Sea")])
    }

    func render(_ format: OutputFormat, svgText: SVGTextMode = .outline, theme: Theme = .light) throws -> RenderedMap {
        try MapRenderer(basemap: { try Basemap.load($0) })
            .render(document(), options: MapOptions(width: 640, height: 420, region: Self.region, theme: theme),
                    format: format, svgText: svgText)
    }

    @Test("a real-text SVG has named Inkscape layers and its labels as escaped text elements")
    func namedLayersAndText() throws {
        let svg = String(decoding: try render(.svg, svgText: .real).bytes, as: UTF8.self)
        for layer in ["ocean", "land", "coast", "borders", "routes", "markers", "labels", "legend"] {
            #expect(svg.contains("<g id=\"\(layer)\" inkscape:groupmode=\"layer\" inkscape:label=\"\(layer)\">"), "no layer \(layer)")
        }
        #expect(svg.contains(">Hmeimim</text>"))
        #expect(svg.contains(">Tartus</text>"))
        #expect(svg.contains(">Hmeimim &amp; Tartus &lt;drawdown&gt;</text>"))
        #expect(svg.contains("font-family=\"'Noto Sans', sans-serif\" font-size=\"14px\" font-weight=\"bold\""))
        #expect(svg.contains("paint-order=\"stroke\""))
        #expect(svg.contains("letter-spacing=\"2\""))
        #expect(svg.contains("stroke-dasharray=\""))
        #expect(!svg.contains("<glyph") && !svg.contains("<symbol"))
        // The layers come in drawing order.
        let order = ["ocean", "land", "borders", "routes", "markers", "labels", "legend"]
            .compactMap { svg.range(of: "<g id=\"\($0)\"")?.lowerBound }
        #expect(order == order.sorted())
    }

    @Test("a real-text SVG names the whole font list in order, then sans-serif; cairo draws the first installed family")
    func fontFallbacks() throws {
        var theme = Theme.light
        theme.setFonts(["Movemap Missing Sans", "DejaVu Sans", "Noto Sans"])
        #expect(theme.fontFamily == "DejaVu Sans")
        let svg = String(decoding: try render(.svg, svgText: .real, theme: theme).bytes, as: UTF8.self)
        #expect(svg.contains("font-family=\"'Movemap Missing Sans', 'DejaVu Sans', 'Noto Sans', sans-serif\" font-size=\"14px\""))
        #expect(!svg.contains("font-family=\"Noto Sans\""))
    }

    @Test("a font list that ends in a generic family gets no second one, and quotes in names are escaped")
    func fontListForms() {
        #expect(Font(family: "Noto Sans", size: 10, preferredFamilies: ["Noto Sans", "serif"]).cssFamilyList == "'Noto Sans', serif")
        #expect(Font(family: "O'Brien Grotesk", size: 10).cssFamilyList == "'O\\'Brien Grotesk', sans-serif")
    }

    @Test("a real-text SVG is the same bytes each time")
    func repeatable() throws {
        let first = try render(.svg, svgText: .real).bytes
        let second = try render(.svg, svgText: .real).bytes
        #expect(first == second)
        #expect(first.count > 10_000)
    }

    @Test("numbers are written with at most two decimals")
    func numberFormat() {
        var writer = SVGWriter()
        for (index, value) in [12.3456, -0.004, -3.0, 0.25, 1999.999, 7.1].enumerated() {
            if index > 0 { writer.append(" ") }
            writer.append(number: value, decimals: 2)
        }
        #expect(String(decoding: writer.bytes, as: UTF8.self) == "12.35 0 -3 0.25 2000 7.1")
    }

    /// Both SVG forms drawn by librsvg look like the PNG. Pixels differ when any channel
    /// differs by more than 48 of 255; outlines may differ on at most 1.5 % of pixels
    /// (anti-aliasing), real text on at most 4 % (librsvg shapes and hints text itself).
    @Test("both SVG forms rasterized by rsvg-convert match the PNG", arguments: [SVGTextMode.outline, .real])
    func matchesPNG(_ mode: SVGTextMode) throws {
        guard let converter = RasterizerTool.rsvgConvert else {
            print("skipped: rsvg-convert is not installed (Debian librsvg2-bin; scripts/bootstrap installs it)")
            return
        }
        let png = try RasterImage(png: render(.png).bytes)
        let svg = try render(.svg, svgText: mode).bytes
        let rasterized = try RasterImage(png: RasterizerTool.rasterize(svg, with: converter))
        #expect(rasterized.width == png.width && rasterized.height == png.height)
        let fraction = rasterized.differingFraction(from: png, threshold: 48)
        let limit = mode == .outline ? 0.015 : 0.04
        #expect(fraction <= limit, "\(mode) SVG differs from the PNG on \(fraction * 100)% of pixels (limit \(limit * 100)%)")
    }
}

/// Runs `rsvg-convert` to turn SVG bytes into PNG bytes.
enum RasterizerTool {
    static var rsvgConvert: URL? {
        ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert", "/opt/homebrew/bin/rsvg-convert"]
            .map { URL(fileURLWithPath: $0) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    static func rasterize(_ svg: [UInt8], with tool: URL) throws -> [UInt8] {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-svg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let input = directory.appendingPathComponent("map.svg"), output = directory.appendingPathComponent("map.png")
        try Data(svg).write(to: input)
        let process = Process()
        process.executableURL = tool
        process.arguments = ["-o", output.path, input.path]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw RenderError.invalidRequest("rsvg-convert failed with status \(process.terminationStatus)")
        }
        return Array(try Data(contentsOf: output))
    }
}
