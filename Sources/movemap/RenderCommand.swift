import ArgumentParser
import Foundation
import Movemap
import Render
import Scenario

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a scenario as a PNG, SVG or PDF map.",
        discussion: """
        The format follows the output's extension. Flags override the scenario's 'map:' \
        settings, which override the defaults (1600x1000, light theme, region and \
        projection chosen from the data).

        Examples:
          movemap render seeds/syria-drawdown-2024.yaml -o syria.png
          movemap render scenario.yaml -o slide.png --size 1920x1080 --scale 2
          movemap render scenario.yaml -o print.pdf --theme print --region 25,30,40,40
          movemap render story.yaml -o map.svg --projection "+proj=laea +lon_0=20"
          movemap render scenario.yaml -o editable.svg --svg-text real --inset
        """)

    @Argument(help: "The scenario file (YAML or JSON).")
    var scenario: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file: .png, .svg or .pdf.", valueName: "OUT"))
    var output: String

    @OptionGroup var map: MapOptionGroup

    @Flag(help: "Refuse a scenario with a doubtful place (exit 2) instead of drawing it with a warning.")
    var strict = false

    @Flag(help: "Write a world file (.pgw) and projection file (.prj) beside a PNG for GIS tools.")
    var worldFile = false


    @OptionGroup var routing: RoutingOptionGroup

    @OptionGroup var logging: LoggingOptionGroup

    func run() async throws {
        let url = URL(fileURLWithPath: output)
        guard let format = OutputFormat(pathExtension: url.pathExtension) else {
            throw MovemapError.usage("-o \(output): the extension must be .png, .svg or .pdf")
        }
        let overrides = try map.overrides()
        guard overrides.svgText == .outline || format == .svg else {
            throw MovemapError.usage("--svg-text real goes with a .svg output")
        }
        guard !worldFile || format == .png else { throw MovemapError.usage("--world-file goes with a .png output") }
        let data = try DataStore()
        let scenario = try ScenarioResolver.load(path: self.scenario, gazetteer: data.gazetteer, strict: strict)
        let job = MapJob(scenario: scenario, overrides: overrides)
        let result = try job.render(format: format, data: data, linker: try routing.linker(data: data))
        for warning in result.warnings { logging.note(warning) }
        try AtomicFile.write(result.map.bytes, to: output)
        if worldFile {
            let base = url.deletingPathExtension().path
            let world = result.map.worldFile.map { String(format: "%.10f", $0) }.joined(separator: "\n") + "\n"
            try AtomicFile.write(Array(world.utf8), to: base + ".pgw")
            if let wkt = result.map.projectionWKT { try AtomicFile.write(Array(wkt.utf8), to: base + ".prj") }
        }
        logging.detail("\(output): \(result.map.bytes.count) bytes, projection \(result.map.projection)")
    }
}
