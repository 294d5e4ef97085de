import ArgumentParser
import Foundation
import MapVocabulary
import Movemap
import Render
import Scenario

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a scenario as a PNG, SVG or PDF map.",
        discussion: """
        The format follows the output's extension, or --format. A scenario of - is read \
        from standard input (its format from --input-format, else from the text); -o - \
        writes the map to standard output (give --format). Flags override the scenario's 'map:' \
        settings, which override the defaults (1600x1000, light theme, region and \
        projection chosen from the data).

        Examples:
          movemap render seeds/syria-drawdown-2024.yaml -o syria.png
          movemap render scenario.yaml -o slide.png --size 1920x1080 --scale 2
          movemap render scenario.yaml -o print.pdf --theme print --region 25,30,40,40
          movemap render story.yaml -o map.svg --projection "+proj=laea +lon_0=20"
          movemap render scenario.yaml -o editable.svg --svg-text real --inset
          cat story.yaml | movemap render - -o - --format png > story.png
        """)

    @Argument(help: "The scenario file (YAML, JSON, CSV or GeoJSON), or - for standard input.")
    var scenario: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file: .png, .svg or .pdf, or - for standard output.", valueName: "OUT"))
    var output: String

    @Option(help: ArgumentHelp("Output format when -o has no extension (as with -o -).", valueName: "png|svg|pdf"))
    var format: String?

    @Option(help: ArgumentHelp("Format of a scenario read from standard input; by default it is recognised from the text.",
                               valueName: "yaml|json|csv|geojson"))
    var inputFormat: String?

    @OptionGroup var map: MapOptionGroup

    @Flag(help: "Refuse a scenario with a doubtful place (exit 2) instead of drawing it with a warning.")
    var strict = false

    @Flag(help: "Write a world file (.pgw) and projection file (.prj) beside a PNG for GIS tools.")
    var worldFile = false


    @OptionGroup var routing: RoutingOptionGroup

    @OptionGroup var logging: LoggingOptionGroup

    func run() async throws {
        let url = URL(fileURLWithPath: output)
        let format = try outputFormat()
        let inputFormat = try self.inputFormat.map { text in
            guard let parsed = ScenarioFormat(rawValue: text.lowercased()) else {
                throw MovemapError.usage("--input-format \(text): use yaml, json, csv or geojson")
            }
            return parsed
        }
        let overrides = try map.overrides()
        guard overrides.map.svgText != .real || format == .svg else {
            throw MovemapError.usage("--svg-text real goes with a .svg output")
        }
        guard !worldFile || format == .png else { throw MovemapError.usage("--world-file goes with a .png output") }
        guard !worldFile || output != "-" else { throw MovemapError.usage("--world-file needs -o FILE.png, not standard output") }
        let data = try DataStore()
        let scenario = try ScenarioResolver.load(path: self.scenario, format: inputFormat, gazetteer: data.gazetteer, strict: strict)
        let job = MapJob(scenario: scenario, overrides: overrides)
        let result = try job.render(format: format, data: data, linker: try routing.linker(data: data))
        for warning in result.warnings { logging.note(warning) }
        if output == "-" {
            FileHandle.standardOutput.write(Data(result.map.bytes))
        } else {
            try AtomicFile.write(result.map.bytes, to: output)
        }
        if worldFile {
            let base = url.deletingPathExtension().path
            let world = result.map.worldFile.map { String(format: "%.10f", $0) }.joined(separator: "\n") + "\n"
            try AtomicFile.write(Array(world.utf8), to: base + ".pgw")
            if let wkt = result.map.projectionWKT { try AtomicFile.write(Array(wkt.utf8), to: base + ".prj") }
        }
        logging.detail("\(output): \(result.map.bytes.count) bytes, projection \(result.map.projection)")
    }

    /// The map's format: `--format`, which must agree with the output's extension when it
    /// has one; else the extension.
    func outputFormat() throws -> OutputFormat {
        let byExtension = output == "-" ? nil : OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)
        guard let text = format else {
            guard let byExtension else {
                throw MovemapError.usage(output == "-" ? "-o - needs --format png, svg or pdf"
                                         : "-o \(output): the extension must be .png, .svg or .pdf")
            }
            return byExtension
        }
        guard let chosen = OutputFormat(pathExtension: text.lowercased()) else {
            throw MovemapError.usage("--format \(text): use png, svg or pdf")
        }
        if let byExtension, byExtension != chosen {
            throw MovemapError.usage("--format \(text) does not match -o \(output)")
        }
        return chosen
    }
}
