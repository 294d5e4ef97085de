import Foundation
import Geo
import Testing
@testable import Render

/// Tracks are named along their lines, or by a key explained in the legend; stops carry dates.
@Suite("Track names and dates")
struct TrackLabelTests {
    func render(_ scenario: GoldenScenarios.Case, format: OutputFormat = .png) throws -> RenderedMap {
        try MapRenderer(basemap: { try Basemap.load($0) }).render(scenario.document, options: scenario.options, format: format,
                                                                  svgText: .real)
    }

    @Test("each ship's name is set along its line; the convoy with no room gets key A in the legend")
    func namesAndKeys() throws {
        let map = try render(GoldenScenarios.twoShips)
        let texts = map.labels.map(\.text)
        #expect(texts.contains("Admiral Grigorovich"))
        #expect(texts.contains("Tanker Akademik ×2"))
        #expect(!texts.contains("Air-defence convoy from Homs with support vehicles"))
        let svg = String(decoding: try render(GoldenScenarios.twoShips, format: .svg).bytes, as: UTF8.self)
        let layer = try #require(svg.range(of: "id=\"track-labels\""))
        let trackLayer = svg[layer.lowerBound...].prefix { $0 != "\u{1}" }.components(separatedBy: "</g>")[0]
        #expect(trackLayer.contains(">Admiral Grigorovich</text>") && trackLayer.contains("rotate("))
        #expect(trackLayer.contains(">A</text>"), "the convoy's key is drawn on its line")
        #expect(svg.contains(">Air-defence convoy from Homs with support vehicles</text>"), "the legend explains key A")
    }

    @Test("names, dates and marker labels never overlap each other or a marker")
    func noOverlaps() throws {
        let map = try render(GoldenScenarios.twoShips)
        for (index, label) in map.labels.enumerated() {
            for other in map.labels[(index + 1)...] {
                #expect(!label.box.intersects(other.box), "\(label.text) overlaps \(other.text)")
            }
            for marker in map.markers { #expect(!label.box.intersects(marker), "\(label.text) covers a marker") }
        }
    }

    @Test("a stop's date is drawn under its name; on a crowded page dates go first, and the legend says so")
    func dates() throws {
        let svg = String(decoding: try render(GoldenScenarios.twoShips, format: .svg).bytes, as: UTF8.self)
        #expect(svg.contains(">14–16 Dec</text>") && svg.contains(">~12 Dec</text>"))
        #expect(!svg.contains("Some dates left out"))

        var crowded = GoldenScenarios.twoShips
        crowded.options.width = 240
        crowded.options.height = 180
        let small = String(decoding: try render(crowded, format: .svg).bytes, as: UTF8.self)
        let dates = ["10 Dec", "14–16 Dec", "~12 Dec", "mid-Dec"].filter { small.contains(">\($0)</text>") }
        #expect(dates.count < 4 && small.contains(">Some dates left out for room</text>"), "\(dates)")
    }
}
