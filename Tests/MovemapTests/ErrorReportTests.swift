import Geo
import Movemap
import Render
import Scenario
import Testing

@Suite("What an error tells the user, and its exit code")
struct ErrorReportTests {
    @Test("a scenario problem is exit 2 and names file, line and column")
    func scenarioProblem() throws {
        let problem = ScenarioProblem(location: SourceLocation(file: "ops.yaml", line: 7, column: 12),
                                      message: "unknown place 'Tartuss'", fix: "did you mean Tartus?")
        let report = try #require(ErrorReport(ScenarioError.invalid([problem])))
        #expect(report.exitCode == 2)
        #expect(report.message.hasPrefix("ops.yaml:7:12: error: unknown place 'Tartuss'"))
    }

    @Test("usage is exit 2, a route that cannot be found is exit 1")
    func usageAndRoute() throws {
        let usage = try #require(ErrorReport(MovemapError.usage("--speed 0 must be a positive number of knots")))
        #expect(usage.message == "movemap: --speed 0 must be a positive number of knots" && usage.exitCode == 2)
        let route = try #require(ErrorReport(MovemapError.route(asset: "Baltiysk → Caspian Sea", message: "no water path")))
        #expect(route.exitCode == 1)
        #expect(route.message.hasPrefix("movemap: ") && route.message.contains("no water path"))
    }

    @Test("a bad render request is exit 2, a cairo failure exit 1, a bad resource exit 2")
    func renderAndResource() throws {
        #expect(try #require(ErrorReport(RenderError.invalidRequest("the region cannot be shown"))).exitCode == 2)
        #expect(try #require(ErrorReport(RenderError.cairo(operation: "write PNG", status: "no memory"))).exitCode == 1)
        let resource = try #require(ErrorReport(GeoError.resource(path: "places.bin", message: "cut short")))
        #expect(resource.message == "movemap: places.bin: cut short" && resource.exitCode == 2)
    }

    @Test("an error the library does not make has no report")
    func foreign() {
        struct Other: Error {}
        #expect(ErrorReport(Other()) == nil)
    }
}
