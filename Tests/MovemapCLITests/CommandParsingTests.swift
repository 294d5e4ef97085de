import ArgumentParser
import Testing
@testable import MovemapCLI

/// Every subcommand parses what its help promises into the values `run()` uses, and refuses
/// what it does not take — in process, without the binary.
@Suite("Command-line parsing")
struct CommandParsingTests {
    @Test("render: scenario, output, format, map flags, strict and world file")
    func render() throws {
        let command = try #require(try MovemapCommand.parseAsRoot([
            "render", "ops.yaml", "-o", "-", "--format", "svg", "--size", "1200x800", "--region", "-6,48,5,54",
            "--theme", "dark", "--no-inset", "--strict", "--world-file", "--no-route-cache", "-q",
        ]) as? RenderCommand)
        #expect(command.scenario == "ops.yaml" && command.output == "-" && command.format == "svg")
        #expect(command.map.size == "1200x800" && command.map.region == "-6,48,5,54" && command.map.theme == "dark")
        #expect(command.map.inset == false && command.map.graticule == nil)
        #expect(command.strict && command.worldFile && command.routing.noRouteCache && command.logging.quiet)
    }

    @Test("batch: folder, output folder, formats, jobs, shard and watch")
    func batch() throws {
        let command = try #require(try MovemapCommand.parseAsRoot([
            "batch", "scenarios", "-o", "maps", "--format", "png,pdf", "--jobs", "3", "--shard", "1/4", "--watch", "--force",
        ]) as? BatchCommand)
        #expect(command.folder == "scenarios" && command.output == "maps" && command.format == "png,pdf")
        #expect(command.jobs == 3 && command.shard == "1/4" && command.watch && command.force && !command.strict)
    }

    @Test("place: the words are one query, with limit, kind, country and JSON")
    func place() throws {
        let command = try #require(try MovemapCommand.parseAsRoot([
            "place", "Port", "Sudan", "--limit", "3", "--kind", "port", "--country", "SD", "--json",
        ]) as? PlaceCommand)
        #expect(command.query == "Port Sudan")
        #expect(command.limit == 3 && command.kind == "port" && command.country == "SD" && command.json)
    }

    @Test("validate, export and draft take their files and options")
    func validateExportDraft() throws {
        let validate = try #require(try MovemapCommand.parseAsRoot(["validate", "a.yaml", "b.csv", "--places", "--strict"]) as? ValidateCommand)
        #expect(validate.scenarios == ["a.yaml", "b.csv"] && validate.places && validate.strict)
        let export = try #require(try MovemapCommand.parseAsRoot(["export", "a.yaml", "--format", "kml", "-o", "a.kml"]) as? ExportCommand)
        #expect(export.scenario == "a.yaml" && export.format == "kml" && export.output == "a.kml")
        let draft = try #require(try MovemapCommand.parseAsRoot(["draft", "r1.txt", "r2.txt", "--date", "2024-12-14", "-o", "d.yaml"]) as? DraftCommand)
        #expect(draft.reports == ["r1.txt", "r2.txt"] && draft.date == "2024-12-14" && draft.output == "d.yaml")
    }

    @Test("route sea and air keep their options apart from the places")
    func routes() throws {
        let sea = try #require(try MovemapCommand.parseAsRoot([
            "route", "sea", "Baltiysk", "English Channel", "Tartus", "--avoid", "bosporus", "--allow", "kiel",
            "--alternatives", "--depart", "2024-12-10", "--geojson",
        ]) as? SeaRouteCommand)
        #expect(sea.places == ["Baltiysk", "English Channel", "Tartus"])
        #expect(sea.avoid == "bosporus" && sea.allow == "kiel" && sea.alternatives)
        #expect(sea.output.depart == "2024-12-10" && sea.output.geojson && sea.output.speed == nil)
        let air = try #require(try MovemapCommand.parseAsRoot(["route", "air", "Chkalovsky", "Khmeimim", "--speed", "400"]) as? AirRouteCommand)
        #expect(air.places == ["Chkalovsky", "Khmeimim"] && air.output.speed == 400 && air.avoidAirspace == nil)
    }

    @Test("what a command does not take is refused, naming it", arguments: [
        (["render", "ops.yaml"], "-o"),
        (["batch", "scenarios", "-o", "maps", "--jobs", "many"], "many"),
        (["place", "Tartus", "--limit"], "--limit"),
        (["validate", "a.yaml", "--colour"], "--colour"),
        (["export", "a.yaml", "--format"], "--format"),
    ])
    func refused(arguments: [String], named: String) {
        #expect {
            _ = try MovemapCommand.parseAsRoot(arguments)
        } throws: { error in
            MovemapCommand.fullMessage(for: error).contains(named) && MovemapCommand.exitCode(for: error) != .success
        }
    }
}
