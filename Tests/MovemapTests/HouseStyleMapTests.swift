import Foundation
import Geo
import MapVocabulary
@testable import Movemap
@testable import Render
import Scenario
import Testing

@Suite("House style on the map", .serialized)
struct HouseStyleMapTests {
    static let region = BoundingBox(west: 30, south: 31, east: 40, north: 38)

    static let style = """
    land: "#c83c78"
    ocean: "#3cc8aa"
    routes:
      air: "#1432dc"
      width: 9
    """

    /// An observed flight along 33° N over open sea, between Egypt and Cyprus.
    static func document() -> MapDocument {
        MapDocument(title: "Style", sources: ["test"],
                    routes: [MapRoute(points: Geodesic.wgs84.line(from: Coordinate(latitude: 33, longitude: 30.5),
                                                                  to: Coordinate(latitude: 33, longitude: 34), maximumSpacing: 5000),
                                      mode: .air, certainty: .observed)])
    }

    @Test("a style's land, ocean and route colours are the pixels at a land, a sea and a route point")
    func pixels() throws {
        let theme = try HouseStyle.theme(text: Self.style, file: "house.yaml", base: .light)
        let options = MapOptions(width: 800, height: 560, region: Self.region, projection: "mercator", theme: theme)
        let map = try MapRenderer(basemap: { try Basemap.load($0) }).render(Self.document(), options: options, format: .png)
        let image = try RasterImage(png: map.bytes)
        let frame = try MapFrame(projection: Projection(map.projection), region: Self.region, width: 800, height: 560)
        // Inland Syria (Homs desert) is land; off Lebanon is sea; the flight crosses 32.5° E at 33° N.
        for (coordinate, expected) in [(Coordinate(latitude: 34.6, longitude: 38.4), Color(hex: 0xc83c78)),
                                       (Coordinate(latitude: 34.6, longitude: 34.9), Color(hex: 0x3cc8aa)),
                                       (Coordinate(latitude: 33.0, longitude: 32.5), Color(hex: 0x1432dc))] {
            let point = try #require(frame.page(coordinate))
            let color = image.color(x: Int(point.x), y: Int(point.y))
            #expect(color.distance(to: expected) < 0.02, "\(coordinate) is \(color), expected \(expected)")
        }
        // Without the style the same pixels are the light theme's.
        let plain = try MapRenderer(basemap: { try Basemap.load($0) })
            .render(Self.document(), options: MapOptions(width: 800, height: 560, region: Self.region, projection: "mercator"), format: .png)
        let land = try #require(frame.page(Coordinate(latitude: 34.6, longitude: 38.4)))
        #expect(try RasterImage(png: plain.bytes).color(x: Int(land.x), y: Int(land.y)).distance(to: Theme.light.land) < 0.02)
    }

    /// A folder with `styles/house.yaml` and a scenario `a.yaml` whose map names it.
    static func folder(style: String = style) throws -> URL {
        let folder = try CLIRunner.folder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("styles"), withIntermediateDirectories: true)
        try CLIRunner.write(style, to: folder.appendingPathComponent("styles/house.yaml"))
        try CLIRunner.write(CLIRunner.scenario(day: 1).replacingOccurrences(of: "map:\n", with: "map:\n  style: styles/house.yaml\n"),
                            to: folder.appendingPathComponent("a.yaml"))
        return folder
    }

    @Test("a scenario's style is read relative to the scenario; --style wins over it")
    func scenarioStyleAndFlag() throws {
        let folder = try Self.folder()
        try CLIRunner.write("land: \"#000000\"\n", to: folder.appendingPathComponent("other.yaml"))
        let data = try DataStore()
        let scenario = try ScenarioResolver.load(path: folder.appendingPathComponent("a.yaml").path, gazetteer: data.gazetteer)
        #expect(scenario.map.style == folder.appendingPathComponent("styles/house.yaml").path)
        #expect(try MapJob(scenario: scenario).mapOptions(data: data).theme.land == Color(hex: 0xc83c78))
        var overrides = MapJob.Overrides()
        overrides.map.style = folder.appendingPathComponent("other.yaml").path
        #expect(try MapJob(scenario: scenario, overrides: overrides).mapOptions(data: data).theme.land == Color.black)
        overrides.map.style = "none"
        #expect(try MapJob(scenario: scenario, overrides: overrides).mapOptions(data: data).theme == Theme.light)
    }

    @Test("batch redraws a map when its style file changes, and only then")
    func batchFollowsTheStyle() async throws {
        let folder = try Self.folder()
        let output = folder.appendingPathComponent("out")
        let data = try DataStore()
        func run(_ overrides: MapJob.Overrides = .init()) async throws -> BatchRunner.Outcome.State? {
            let runner = BatchRunner(folder: output.path, formats: [.svg], overrides: overrides, jobs: 1, force: false, version: "test")
            return try await runner.run(try BatchPlan(folder: folder.path), data: data).first?.state
        }
        #expect(try await run() == .rendered)
        #expect(try await run() == .unchanged)
        try CLIRunner.write(Self.style + "\nlakes: \"#000000\"\n", to: folder.appendingPathComponent("styles/house.yaml"))
        #expect(try await run() == .rendered)
        #expect(try await run() == .unchanged)
        var overrides = MapJob.Overrides()
        overrides.map.style = folder.appendingPathComponent("styles/house.yaml").path
        #expect(try await run(overrides) == .rendered)
        #expect(try await run(overrides) == .unchanged)
        try CLIRunner.write(Self.style, to: folder.appendingPathComponent("styles/house.yaml"))
        #expect(try await run(overrides) == .rendered)
    }

    @Test("render refuses a bad style with file:line:col lines and exit code 2")
    func commandLine() throws {
        guard CLIRunner.isAvailable else { return }
        let folder = try Self.folder(style: "land: \"#zzzzzz\"\nroutes:\n  colour: \"#ffffff\"\n")
        let result = try CLIRunner.run(["render", "a.yaml", "-o", "a.png"], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("styles/house.yaml:1:7: error: '#zzzzzz' is not a colour for 'land'"), "\(result.errors)")
        #expect(result.errors.contains("styles/house.yaml:3:3: error: unknown key 'colour' in 'routes'"), "\(result.errors)")
        let missing = try CLIRunner.run(["render", "a.yaml", "-o", "a.png", "--style", "nowhere.yaml"], in: folder)
        #expect(missing.status == 2 && missing.errors.contains("nowhere.yaml: error: cannot read the style file"), "\(missing.errors)")
    }
}
