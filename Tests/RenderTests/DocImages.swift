import Foundation
import Testing
@testable import Render
import Geo

/// The README pictures in `docs/images/`: one map in the light, dark and print themes, the
/// editable real-text SVG as librsvg draws it, and the briefing furniture (a banner and a
/// north arrow). Each run renders them and checks the committed pictures still show what
/// the renderer draws (the golden images' tolerance); `RENDER_DOCS=1` (`scripts/render_docs`)
/// writes them instead.
@Suite("README images")
struct DocImages {
    @Test("the README pictures are what the renderer draws now")
    func render() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/images").standardized
        var pictures: [(name: String, bytes: [UInt8])] = []
        var scenario = GoldenScenarios.seaLines
        scenario.document.title = "Sea lines to Tartus"
        scenario.document.subtitle = "Three ships, one passage"
        scenario.document.dateText = "December 2024"
        scenario.document.sources = ["illustrative tracks"]
        let renderer = MapRenderer(basemap: { try Basemap.load($0) })
        for theme in [Theme.light, .dark, .print] {
            let options = MapOptions(width: 720, height: 500, region: scenario.options.region, theme: theme, inset: true)
            let map = try renderer.render(scenario.document, options: options, format: .png)
            pictures.append(("sea-lines-\(theme.name.rawValue).png", map.bytes))
        }
        var briefing = MapOptions(width: 720, height: 500, region: scenario.options.region, inset: true, northArrow: true,
                                  banner: ClassificationBanner(text: "SECRET//REL TO USA, GBR"))
        briefing.projection = "lcc"
        pictures.append(("banner.png", try renderer.render(scenario.document, options: briefing, format: .png).bytes))
        let options = MapOptions(width: 720, height: 500, region: scenario.options.region, inset: true)
        let svg = try renderer.render(scenario.document, options: options, format: .svg, svgText: .real)
        if let tool = RasterizerTool.rsvgConvert {
            pictures.append(("sea-lines-real-text-rsvg.png", try RasterizerTool.rasterize(svg.bytes, with: tool)))
        }
        try Self.writeOrCompare(pictures, in: directory)
    }

    /// Writes `pictures` into `directory` with `RENDER_DOCS=1`; otherwise expects each committed
    /// picture to differ from its render in no more pixels than a golden image may.
    static func writeOrCompare(_ pictures: [(name: String, bytes: [UInt8])], in directory: URL) throws {
        #expect(pictures.count >= 4)
        for (name, bytes) in pictures {
            let url = directory.appendingPathComponent(name)
            if ProcessInfo.processInfo.environment["RENDER_DOCS"] == "1" {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
                try Data(bytes).write(to: url)
                continue
            }
            let committed = try RasterImage(png: Array(Data(contentsOf: url)))
            let fraction = try RasterImage(png: bytes).differingFraction(from: committed, threshold: GoldenImageTests.threshold)
            #expect(fraction <= GoldenImageTests.allowedFraction,
                    "docs/images/\(name): \(fraction * 100)% of pixels differ from the render; run scripts/render_docs")
        }
    }
}
