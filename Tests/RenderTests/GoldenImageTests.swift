import Foundation
import Testing
@testable import Render
import Geo

/// Each golden scenario renders like its committed PNG in `Tests/RenderTests/Golden/`.
///
/// A pixel differs when a channel is off by more than 32 of 255; at most 0.5 % of pixels
/// may differ (font hinting and anti-aliasing across library versions). On failure the
/// render is written next to the golden as `NAME.actual.png` with `NAME.diff.png` marking
/// differing pixels in red. `RECORD_GOLDEN=1` re-records; a missing golden fails when
/// `CI=true` and is recorded otherwise.
@Suite("Golden images")
struct GoldenImageTests {
    static let threshold: UInt32 = 32
    static let allowedFraction = 0.005

    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    @Test("the map renders like its golden image", arguments: GoldenScenarios.all)
    func matchesGolden(_ scenario: GoldenScenarios.Case) throws {
        let map = try MapRenderer(basemap: { try Basemap.load($0) })
            .render(scenario.document, options: scenario.options, format: .png)
        #expect(map.warnings.filter { !$0.contains("left out") }.isEmpty, "\(map.warnings)")
        let environment = ProcessInfo.processInfo.environment
        let golden = Self.directory.appendingPathComponent("\(scenario.name).png")
        let actualURL = Self.directory.appendingPathComponent("\(scenario.name).actual.png")
        let diffURL = Self.directory.appendingPathComponent("\(scenario.name).diff.png")
        let exists = FileManager.default.fileExists(atPath: golden.path)
        if environment["RECORD_GOLDEN"] == "1" || !exists {
            #expect(exists || environment["CI"] != "true", "golden \(golden.lastPathComponent) is missing; record it with RECORD_GOLDEN=1")
            if environment["CI"] != "true" {
                try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
                try Data(map.bytes).write(to: golden)
            }
            return
        }
        let expected = try RasterImage(png: Array(Data(contentsOf: golden)))
        let actual = try RasterImage(png: map.bytes)
        let fraction = actual.differingFraction(from: expected, threshold: Self.threshold)
        if fraction > Self.allowedFraction {
            try Data(map.bytes).write(to: actualURL)
            if let diff = try? actual.differenceImage(from: expected, threshold: Self.threshold) {
                try Data(diff).write(to: diffURL)
            }
        } else {
            try? FileManager.default.removeItem(at: actualURL)
            try? FileManager.default.removeItem(at: diffURL)
        }
        #expect(fraction <= Self.allowedFraction,
                "\(scenario.name): \(fraction * 100)% of pixels differ from the golden (limit \(Self.allowedFraction * 100)%); see \(actualURL.lastPathComponent) and \(diffURL.lastPathComponent)")
    }

    @Test("routes sharing the water from Gibraltar to Tartus are drawn in separate lanes")
    func lanesApart() throws {
        let scenario = GoldenScenarios.seaLines
        let region = try #require(scenario.options.region)
        let projection = try Projection(ProjectionChoice.definition(for: nil, region: region))
        let frame = try MapFrame(projection: projection, region: region, width: scenario.options.width,
                                 height: scenario.options.height)
        let painter = try MapPainter(document: scenario.document, options: scenario.options, frame: frame,
                                     basemap: { try Basemap.load($0) })
        let lines = painter.routeLines()
        // South of Sicily (35.9 N, 14.6 E) the three lines run side by side, about a lane apart.
        let sicily = try #require(frame.page(GoldenScenarios.point(35.9, 14.6)))
        let nearest = lines.map { pieces in
            pieces.flatMap { $0 }.min { hypot($0.x - sicily.x, $0.y - sicily.y) < hypot($1.x - sicily.x, $1.y - sicily.y) }!
        }
        for i in 0..<3 {
            for j in (i + 1)..<3 {
                let gap = hypot(nearest[i].x - nearest[j].x, nearest[i].y - nearest[j].y)
                #expect(gap >= 3, "routes \(i) and \(j) are \(gap) points apart")
            }
        }
        // Every line still ends on its marker.
        let tartus = try #require(frame.page(GoldenScenarios.point(34.90, 35.87)))
        for pieces in lines {
            let end = try #require(pieces.last?.last)
            #expect(hypot(end.x - tartus.x, end.y - tartus.y) < 0.01)
        }
    }
}

extension RasterImage {
    /// A PNG of `other` faded, with pixels that differ by more than `threshold` in red.
    func differenceImage(from other: RasterImage, threshold: UInt32) throws -> [UInt8] {
        let canvas = try CairoCanvas(format: .png, width: Double(max(width, 16)), height: Double(max(height, 16)))
        var red = Path(), faded = Path()
        for y in 0..<min(height, other.height) {
            for x in 0..<min(width, other.width) {
                let a = pixels[y * width + x], b = other.pixels[y * other.width + x]
                let differs = [0, 8, 16, 24].contains { (shift: UInt32) in
                    let p = (a >> shift) & 0xff, q = (b >> shift) & 0xff
                    return (p > q ? p - q : q - p) > threshold
                }
                if differs { red.add(Path.rectangle(x: Double(x), y: Double(y), width: 1, height: 1)) }
                else if other.color(x: x, y: y).luminance < 0.5 { faded.add(Path.rectangle(x: Double(x), y: Double(y), width: 1, height: 1)) }
            }
        }
        canvas.fill(Path.rectangle(x: 0, y: 0, width: Double(width), height: Double(height)), color: .white)
        canvas.fill(faded, color: Color(hex: 0xbbbbbb))
        canvas.fill(red, color: Color(hex: 0xff0000))
        return try canvas.finish()
    }
}

extension Path {
    mutating func add(_ other: Path) {
        for element in other.elements {
            switch element {
            case let .move(p): move(to: p)
            case let .line(p): line(to: p)
            case let .curve(a, b, c): curve(a, b, c)
            case .close: close()
            }
        }
    }
}
