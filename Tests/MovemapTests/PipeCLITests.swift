import Foundation
import Testing
import Scenario

/// Scenarios from standard input and maps to standard output, for shell pipes and services.
@Suite(.serialized) struct PipeCLITests {
    /// A ship's hop down the Syrian coast, drawn small.
    static let scenario = RouteCacheTests.coastalHop

    /// Runs movemap with `input` on standard input; returns status, standard output bytes
    /// and standard error text.
    static func run(_ arguments: [String], input: String, in folder: URL) throws -> (Int32, Data, String) {
        let (process, out, err) = CLIRunner.process(arguments, in: folder)
        let stdin = Pipe()
        process.standardInput = stdin
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, output, String(decoding: errors, as: UTF8.self))
    }

    @Test("render - -o - --format png writes the same PNG bytes as rendering the file", .enabled(if: CLIRunner.isAvailable))
    func renderPipe() throws {
        let folder = try CLIRunner.folder()
        try CLIRunner.write(Self.scenario, to: folder.appendingPathComponent("hop.yaml"))
        let (status, png, errors) = try Self.run(["render", "-", "-o", "-", "--format", "png"], input: Self.scenario, in: folder)
        #expect(status == 0, "\(errors)")
        #expect(png.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        let file = try CLIRunner.run(["render", "hop.yaml", "-o", "hop.png"], in: folder)
        #expect(file.status == 0)
        #expect(try Data(contentsOf: folder.appendingPathComponent("hop.png")) == png)
        let (svgStatus, svg, _) = try Self.run(["render", "-", "-o", "-", "--format", "svg"], input: Self.scenario, in: folder)
        #expect(svgStatus == 0 && String(decoding: svg.prefix(5), as: UTF8.self) == "<?xml")
    }

    @Test("-o - without --format, and a --format against the extension, are usage errors", .enabled(if: CLIRunner.isAvailable))
    func formatErrors() throws {
        let folder = try CLIRunner.folder()
        let (status, output, errors) = try Self.run(["render", "-", "-o", "-"], input: Self.scenario, in: folder)
        #expect(status == 2 && output.isEmpty)
        #expect(errors.contains("-o - needs --format png, svg, pdf or tif"))
        let (other, _, message) = try Self.run(["render", "-", "-o", "map.png", "--format", "svg"], input: Self.scenario, in: folder)
        #expect(other == 2 && message.contains("--format svg does not match -o map.png"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("map.png").path))
    }

    @Test("validate - reads standard input and names it <stdin> in errors, at line and column", .enabled(if: CLIRunner.isAvailable))
    func validatePipe() throws {
        let folder = try CLIRunner.folder()
        let (good, _, report) = try Self.run(["validate", "-"], input: Self.scenario, in: folder)
        #expect(good == 0, "\(report)")
        #expect(report.contains("<stdin>: ok"))
        let bad = Self.scenario.replacingOccurrences(of: "mode: sea", with: "mode: boat")
        let (status, _, errors) = try Self.run(["validate", "-"], input: bad, in: folder)
        #expect(status == 2)
        #expect(errors.contains("<stdin>:4:22: error: unknown mode 'boat'"), "\(errors)")
    }

    @Test("standard input's format is recognised from the text, or given")
    func sniffing() {
        #expect(ScenarioFormat(sniffing: "title: T\nassets: []") == .yaml)
        #expect(ScenarioFormat(sniffing: "  {\"title\": \"T\"}") == .json)
        #expect(ScenarioFormat(sniffing: "{\"type\": \"FeatureCollection\", \"features\": []}") == .geojson)
        #expect(ScenarioFormat(sniffing: "asset,place,time,status,source\nship,Tartus,2024-12-10,observed,hur") == .csv)
        #expect(ScenarioFormat(sniffing: "# a comment, with a comma\ntitle: T") == .yaml)
    }
}
