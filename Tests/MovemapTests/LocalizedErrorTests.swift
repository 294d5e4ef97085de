import Foundation
import Testing
import Geo
import MapVocabulary
import Movemap
import Render
import Routes
import Scenario

/// A library user who prints `localizedDescription` reads what the command line prints.
@Suite("Errors read the same in the library and on the command line")
struct LocalizedErrorTests {
    static let errors: [any Error & CustomStringConvertible] = [
        RouteError.unknownPassage("suezz", suggestions: ["suez"], known: ["suez", "panama"]),
        FlightRouteError.noPath(from: "Hmeimim", to: "Chkalovsky"),
        RouteFailure(index: 1, error: RouteError.tooFewWaypoints),
        GeoError.resource(path: "Resources/gazetteer.bin", message: "missing"),
        MovemapError.usage("--size 0x0 is not a page size"),
        ScenarioError.invalid([ScenarioProblem(location: SourceLocation(file: "s.yaml", line: 3, column: 7),
                                               message: "unknown mode 'boat'", fix: "use air, sea or road")]),
        RenderError.output(path: "/nowhere/map.png", message: "no such folder"),
        MapSettingError(message: "'big' is not a size", fix: "write WIDTHxHEIGHT in pixels, e.g. 1600x1000"),
        TrackFailure(asset: Asset(id: "ship", name: "Ship", mode: .sea), sighting: Sighting(asset: "ship", stop: Stop(id: "x", name: "Baku", coordinate: Coordinate(latitude: 40.4, longitude: 49.9)),
                                        status: .planned), error: RouteError.tooFewWaypoints),
    ]

    @Test("localizedDescription is the error's own sentence, not Foundation's generic one")
    func sameText() {
        for error in Self.errors {
            let text = (error as Error).localizedDescription
            #expect(text == error.description)
            #expect(!text.contains("The operation couldn’t be completed"))
        }
        #expect((Self.errors[0] as Error).localizedDescription.hasPrefix("unknown passage 'suezz' — did you mean suez?"))
    }
}
