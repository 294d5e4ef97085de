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
        // One searchable string, each of its 19 characters placed and turned on its own.
        let name = try #require(trackLayer.components(separatedBy: "<text").first { $0.contains(">Admiral Grigorovich</text>") })
        for attribute in ["x", "y", "rotate"] {
            let values = try #require(name.components(separatedBy: " \(attribute)=\"").dropFirst().first?.prefix { $0 != "\"" })
            #expect(values.split(separator: " ").count == 19, "\(attribute)=\(values)")
        }
        #expect(trackLayer.contains(">A</text>"), "the convoy's key is drawn on its line")
        #expect(svg.contains(">Air-defence convoy from Homs with support vehicles</text>"), "the legend explains key A")
    }

    @Test("a name bends with its line: every glyph sits the same distance off the arc, turned to its tangent")
    func nameFollowsACurve() throws {
        // A quarter-circle arc of radius 400 points about (0, 600), from (−283, 317) over the
        // top at (0, 200) to (283, 317): the name fits near its top, where the line bends.
        let center = ProjectedPoint(x: 500, y: 600), radius = 400.0
        let arc = (0...90).map { step -> ProjectedPoint in
            let angle = -Double.pi * 3 / 4 + Double(step) * Double.pi / 2 / 90
            return ProjectedPoint(x: center.x + radius * cos(angle), y: center.y + radius * sin(angle))
        }
        let labeler = TrackLabeler(page: PageBox(x: 0, y: 0, width: 1000, height: 800), obstacles: [],
                                   measure: { TextExtent(width: Double($0.count) * 9, height: 14, baseline: 11) })
        let name = "Kommunist Survey Ship"
        let (placements, keys) = labeler.place([.init(text: name, pieces: [arc], color: .black, lineWidth: 2)])
        #expect(keys.isEmpty)
        let placement = try #require(placements.first)
        #expect(placement.glyphs.map(\.text).joined() == name)
        let turns = placement.glyphs.map(\.rotation)
        #expect(turns.max()! - turns.min()! > 0.3, "the name turns with the arc: \(turns)")
        for (glyph, box) in zip(placement.glyphs, placement.boxes) {
            // The glyph box's middle, 7 points (half its height) below its top edge.
            let corners = box.corners
            let middle = ProjectedPoint(x: (corners[0].x + corners[2].x) / 2, y: (corners[0].y + corners[2].y) / 2)
            let off = hypot(middle.x - center.x, middle.y - center.y) - radius
            // Above the line: the middle is the half height plus the 3-point gap outside the arc.
            #expect(abs(abs(off) - 10) < 0.6, "\(glyph.text) is \(off) points off the arc")
            let tangent = atan2(middle.y - center.y, middle.x - center.x) + .pi / 2
            #expect(abs(remainder(glyph.rotation - tangent, 2 * .pi)) < 0.12, "\(glyph.text) turned \(glyph.rotation), tangent \(tangent)")
        }
    }

    @Test("names placed again with the memo of an earlier placement, among other obstacles, land where a fresh placement puts them")
    func memoAnswersAsAfresh() throws {
        // Three tracks across one another, so names crowd and their crossings count.
        let tracks: [TrackLabeler.Track] = (0..<3).map { number in
            let points = (0...60).map { step -> ProjectedPoint in
                let x = 60 + Double(step) * 14
                return ProjectedPoint(x: x, y: 200 + Double(number) * 90 + 120 * sin(x / 160 + Double(number)))
            }
            return .init(text: ["Admiral Grigorovich", "Sparta IV", "Convoy from Homs to Tartus"][number], pieces: [points],
                         color: .black, lineWidth: 2)
        }
        let measure: (String) -> TextExtent = { TextExtent(width: Double($0.count) * 8, height: 13, baseline: 10) }
        let page = PageBox(x: 0, y: 0, width: 1000, height: 700)
        let layouts: [[PageBox]] = [[], [PageBox(x: 300, y: 150, width: 300, height: 200)],
                                    [PageBox(x: 0, y: 0, width: 1000, height: 260), PageBox(x: 600, y: 300, width: 400, height: 400)]]
        let memo = TrackLabelMemo()
        var outcomes: Set<String> = []
        for obstacles in layouts {
            let kept = TrackLabeler(page: page, obstacles: obstacles, measure: measure, memo: memo).place(tracks)
            let fresh = TrackLabeler(page: page, obstacles: obstacles, measure: measure).place(tracks)
            #expect(kept.placements == fresh.placements && kept.keys == fresh.keys, "\(obstacles)")
            outcomes.insert("\(fresh.placements.map(\.bounds)) \(fresh.keys.map(\.track))")
        }
        // The obstacles move the names: the memo is tried on placements that differ.
        #expect(outcomes.count == layouts.count)
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

    @Test("a track date is set beside its line, clear of every other label; on a crowded page it goes before any stop's date")
    func trackDates() throws {
        var dated = GoldenScenarios.twoShips
        let passing = try #require(dated.document.routes.first { $0.label == "Admiral Grigorovich" })
        dated.document.trackDates = [TrackDate(coordinate: passing.points[passing.points.count / 2], text: "12 Dec")]
        let map = try render(dated)
        let label = try #require(map.labels.first { $0.text == "12 Dec" })
        let frame = try MapFrame(projection: Projection(map.projection), region: map.region,
                                 width: dated.options.width, height: dated.options.height)
        let anchor = try #require(frame.page(passing.points[passing.points.count / 2]))
        let near = hypot(max(label.box.x - anchor.x, 0, anchor.x - label.box.x - label.box.width),
                         max(label.box.y - anchor.y, 0, anchor.y - label.box.y - label.box.height))
        #expect(near < 30, "the date sits \(near) points from its point of the line")
        for other in map.labels where other.text != "12 Dec" { #expect(!label.box.intersects(other.box), "overlaps \(other.text)") }
        let svg = String(decoding: try render(dated, format: .svg).bytes, as: UTF8.self)
        #expect(svg.contains(">12 Dec</text>") && !svg.contains("Some dates left out"))

        dated.options.width = 240
        dated.options.height = 180
        let small = String(decoding: try render(dated, format: .svg).bytes, as: UTF8.self)
        #expect(!small.contains(">12 Dec</text>") && small.contains(">Some dates left out for room</text>"))
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
