import Foundation
import Testing
@testable import Render
import Geo

/// Renders the README pictures into `docs/images/` when `RENDER_DOCS=1`
/// (`scripts/render_docs`): one map in the light, dark and print themes, and the
/// editable real-text SVG as librsvg draws it, and the briefing furniture (a banner and a
/// north arrow).
@Suite("README images")
struct DocImages {
    @Test("the README pictures render")
    func render() throws {
        guard ProcessInfo.processInfo.environment["RENDER_DOCS"] == "1" else { return }
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/images").standardized
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var scenario = GoldenScenarios.seaLines
        scenario.document.title = "Sea lines to Tartus"
        scenario.document.subtitle = "Three ships, one passage"
        scenario.document.dateText = "December 2024"
        scenario.document.sources = ["illustrative tracks"]
        let renderer = MapRenderer(basemap: { try Basemap.load($0) })
        for theme in [Theme.light, .dark, .print] {
            let options = MapOptions(width: 720, height: 500, region: scenario.options.region, theme: theme, inset: true)
            let map = try renderer.render(scenario.document, options: options, format: .png)
            try Data(map.bytes).write(to: directory.appendingPathComponent("sea-lines-\(theme.name.rawValue).png"))
        }
        var briefing = MapOptions(width: 720, height: 500, region: scenario.options.region, inset: true, northArrow: true,
                                  banner: ClassificationBanner(text: "SECRET//REL TO USA, GBR"))
        briefing.projection = "lcc"
        try Data(try renderer.render(scenario.document, options: briefing, format: .png).bytes)
            .write(to: directory.appendingPathComponent("banner.png"))
        let options = MapOptions(width: 720, height: 500, region: scenario.options.region, inset: true)
        let svg = try renderer.render(scenario.document, options: options, format: .svg, svgText: .real)
        if let tool = RasterizerTool.rsvgConvert {
            try Data(RasterizerTool.rasterize(svg.bytes, with: tool))
                .write(to: directory.appendingPathComponent("sea-lines-real-text-rsvg.png"))
        }
    }
}
