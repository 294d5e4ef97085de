import ArgumentParser
import Testing
@testable import MovemapCLI

/// Negative numbers are values wherever a coordinate or a region is expected.
@Suite("Negative values on the command line")
struct NegativeValueParsingTests {
    @Test("route sea takes a negative longitude as the origin, in order")
    func seaOrigin() throws {
        let command = try SeaRouteCommand.parse(["-5.35,36.0", "Tartus"])
        #expect(command.places == ["-5.35,36.0", "Tartus"])
    }

    @Test("route air takes a negative longitude between options and places")
    func airOrigin() throws {
        let command = try AirRouteCommand.parse(["-0.45,51.47", "--json", "Tartus", "--avoid-airspace", "EU"])
        #expect(command.places == ["-0.45,51.47", "Tartus"])
        #expect(command.output.json)
        #expect(command.avoidAirspace == "EU")
    }

    @Test("a negative waypoint in the middle and at the end keeps its place")
    func middleAndEnd() throws {
        let command = try SeaRouteCommand.parse(["Tartus", "-9.5,38.5", "--speed", "12", "-5.35,-36.0"])
        #expect(command.places == ["Tartus", "-9.5,38.5", "-5.35,-36.0"])
        #expect(command.output.speed == 12)
    }

    @Test("through the root command too")
    func root() throws {
        let parsed = try MovemapCommand.parseAsRoot(["route", "sea", "-5.35,36.0", "Tartus"])
        let command = try #require(parsed as? SeaRouteCommand)
        #expect(command.places == ["-5.35,36.0", "Tartus"])
    }

    @Test("a mistyped option is still an error that names it", arguments: [
        ["Baltiysk", "Tartus", "--sped", "12"],
        ["--jsn", "Baltiysk", "Tartus"],
        ["Baltiysk", "-x", "Tartus"],
    ])
    func strayOption(_ arguments: [String]) throws {
        #expect(throws: (any Error).self) { try SeaRouteCommand.parse(arguments) }
        do {
            _ = try SeaRouteCommand.parse(arguments)
        } catch {
            let message = SeaRouteCommand.message(for: error)
            let flag = try #require(arguments.first { $0.hasPrefix("-") && !$0.hasPrefix("-5") })
            #expect(message.contains("Unknown option '\(flag)'"), "\(message)")
            #expect(SeaRouteCommand.exitCode(for: error) == .validationFailure)
        }
    }

    @Test("after --, every value is a place")
    func terminator() throws {
        let command = try AirRouteCommand.parse(["--json", "--", "-0.45,51.47", "Tartus"])
        #expect(command.places == ["-0.45,51.47", "Tartus"])
        #expect(command.output.json)
    }

    @Test("place takes a negative lon,lat, and several words as one query")
    func place() throws {
        #expect(try PlaceCommand.parse(["-5.35,36.0"]).query == "-5.35,36.0")
        #expect(try PlaceCommand.parse(["Saki", "air", "base", "--limit", "3"]).query == "Saki air base")
        #expect(throws: (any Error).self) { try PlaceCommand.parse([]) }
        #expect(throws: (any Error).self) { try PlaceCommand.parse(["Tartus", "--limt", "3"]) }
    }

    @Test("--region takes a region with a negative west edge on every command that has it", arguments: [
        ["render", "scenario.yaml", "-o", "map.png", "--region", "-6,48,5,54"],
        ["batch", "scenarios", "-o", "maps", "--region", "-6,48,5,54"],
    ])
    func region(_ arguments: [String]) throws {
        let parsed = try MovemapCommand.parseAsRoot(arguments)
        let region = (parsed as? RenderCommand)?.map.region ?? (parsed as? BatchCommand)?.map.region
        #expect(region == "-6,48,5,54")
    }

    @Test("--region=W,S,E,N still works, and a dateline-crossing region keeps its sign")
    func regionWithEquals() throws {
        #expect(try RenderCommand.parse(["s.yaml", "-o", "m.png", "--region=-12,47,12,64"]).map.region == "-12,47,12,64")
        #expect(try RenderCommand.parse(["s.yaml", "--region", "170,50,-170,70", "-o", "m.png"]).map.region == "170,50,-170,70")
    }

    @Test("negative-number test: numbers and lon,lat pairs, not words")
    func negativeNumbers() {
        #expect(DashedValues.isNegativeNumber("-5.35,36.0"))
        #expect(DashedValues.isNegativeNumber("-.5,1"))
        #expect(!DashedValues.isNegativeNumber("--json"))
        #expect(!DashedValues.isNegativeNumber("-x"))
        #expect(!DashedValues.isNegativeNumber("-"))
    }
}
