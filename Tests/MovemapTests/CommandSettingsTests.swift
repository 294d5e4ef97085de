import Foundation
import Testing
@testable import Movemap
import MapVocabulary
import Render
import Scenario

/// The settings `render`, `batch` and `export` take as text, checked by the library.
@Suite("Output formats and overrides from flags")
struct CommandSettingsTests {
    @Test("batch formats keep their order, drop repeats and refuse a paper size without PDF")
    func batchFormats() throws {
        #expect(try BatchRunner.formats("SVG, png,svg") == [.svg, .png])
        #expect(throws: MovemapError.usage("--format 'gif' is not png, svg, pdf or tif")) { try BatchRunner.formats("png,gif") }
        #expect(throws: MovemapError.usage("--format needs at least one of png, svg, pdf, tif")) { try BatchRunner.formats(",") }
        #expect(throws: MovemapError.usage("--paper a4 is for PDF output — add pdf to --format (e.g. --format png,pdf), or give the page in pixels with --size")) {
            try BatchRunner.formats("png", paper: "a4")
        }
        #expect(try BatchRunner.formats("png", paper: "none") == [.png])
        #expect(throws: MovemapError.usage("--jobs 0 is outside 1…256")) { try BatchRunner.jobs(0) }
        #expect(try BatchRunner.jobs(3) == 3)
    }

    @Test("batch progress and summary lines")
    func batchText() {
        let outcomes = [BatchRunner.Outcome(name: "a", state: .rendered, seconds: 1.25),
                        BatchRunner.Outcome(name: "b", state: .unchanged, seconds: 0),
                        BatchRunner.Outcome(name: "c", state: .failed("c.yaml:3:1: error: …"), seconds: 0.5)]
        #expect(outcomes[0].progressLine(done: 1, total: 3) == "[1/3] a: rendered in 1.2 s")
        #expect(outcomes[0].progressBar(done: 1, total: 3, width: 6) == "[##    ] 1/3 a")
        #expect(outcomes[0].failureText == nil)
        #expect(outcomes[2].failureText == "c: failed\nc.yaml:3:1: error: …")
        #expect(BatchRunner.Outcome.summary(outcomes, seconds: 2.04) == "batch: 1 rendered, 1 unchanged, 1 failed in 2.0 s")
    }

    @Test("the map's format comes from --format or the extension, and the two must agree")
    func renderFormat() throws {
        #expect(try MapJob.outputFormat(path: "map.SVG", format: nil) == .svg)
        #expect(try MapJob.outputFormat(path: "-", format: "PDF") == .pdf)
        #expect(throws: MovemapError.usage("-o - needs --format png, svg, pdf or tif")) { try MapJob.outputFormat(path: "-", format: nil) }
        #expect(throws: MovemapError.usage("--format png does not match -o map.svg")) { try MapJob.outputFormat(path: "map.svg", format: "png") }
        #expect(throws: MovemapError.usage("--input-format toml: use yaml, json, csv or geojson")) { try MapJob.inputFormat("toml") }
        #expect(try MapJob.inputFormat("CSV") == .csv)
        #expect(throws: MovemapError.usage("--world-file goes with a .png or .tif output")) {
            try MapJob.checkOutput(path: "map.svg", format: .svg, overrides: .init(), worldFile: true)
        }
    }

    @Test("export's format: --format, else the output's extension, else GeoJSON")
    func exportFormat() throws {
        #expect(try ScenarioExport.Format.chosen(format: nil, output: nil) == .geojson)
        #expect(try ScenarioExport.Format.chosen(format: nil, output: "legs.CSV") == .csv)
        #expect(try ScenarioExport.Format.chosen(format: "KML", output: "x.csv") == .kml)
        #expect(throws: MovemapError.usage("-o out.txt: the extension is not .geojson, .json, .kml or .csv — rename it or give --format")) {
            try ScenarioExport.Format.chosen(format: nil, output: "out.txt")
        }
    }

    @Test("flag overrides parse through each setting and quote its accepted form")
    func overrides() throws {
        let overrides = try MapJob.Overrides(flags: [(.theme, "dark"), (.graticule, "false"), (.size, nil)], at: "2024-12-14")
        #expect(overrides.map.theme == .dark && overrides.map.graticule == false && overrides.map.size == nil)
        #expect(overrides.at == ValueParsers.time("2024-12-14"))
        #expect(throws: MovemapError.usage("--at 'noon' is not a time — write \(ValueParsers.timeForms)")) {
            try MapJob.Overrides(flags: [], at: "noon")
        }
        let error = try #require(throws: MovemapError.self) { try MapJob.Overrides(flags: [(.theme, "neon")], at: nil) }
        #expect("\(error)".hasPrefix("--theme "))
    }
}
