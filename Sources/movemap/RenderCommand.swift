import ArgumentParser
import Foundation
import MapVocabulary
import Movemap
import Render
import Scenario

struct RenderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a scenario as a PNG, SVG, PDF or GeoTIFF map.",
        discussion: """
        The format follows the output's extension, or --format. A scenario of - is read \
        from standard input (its format from --input-format, else from the text); -o - \
        writes the map to standard output (give --format). Flags override the scenario's 'map:' \
        settings, which override the defaults (1600x1000, light theme, region and \
        projection chosen from the data). A .tif output is a GeoTIFF: the PNG's pixels with \
        the map's CRS and placement, read by GDAL and QGIS.

        Examples:
          movemap render seeds/syria-drawdown-2024.yaml -o syria.png
          movemap render scenario.yaml -o slide.png --size 1920x1080 --scale 2
          movemap render scenario.yaml -o print.pdf --theme print --region 25,30,40,40
          movemap render brief.yaml -o a4.pdf --paper a4 --banner SECRET --north-arrow
          movemap render story.yaml -o map.svg --projection "+proj=laea +lon_0=20"
          movemap render scenario.yaml -o map.tif --projection laea
          movemap render scenario.yaml -o editable.svg --svg-text real --inset
          cat story.yaml | movemap render - -o - --format png > story.png
        """)

    @Argument(help: "The scenario file (YAML, JSON, CSV or GeoJSON), or - for standard input.")
    var scenario: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file: .png, .svg, .pdf or .tif (GeoTIFF), or - for standard output.", valueName: "OUT"))
    var output: String

    @Option(help: ArgumentHelp("Output format when -o has no extension (as with -o -).", valueName: "png|svg|pdf|tif"))
    var format: String?

    @Option(help: ArgumentHelp("Format of a scenario read from standard input; by default it is recognised from the text.",
                               valueName: "yaml|json|csv|geojson"))
    var inputFormat: String?

    @OptionGroup var map: MapOptionGroup

    @Flag(help: "Refuse a scenario with a doubtful place (exit 2) instead of drawing it with a warning.")
    var strict = false

    @Flag(help: "Write a world file (.pgw, or .tfw for a .tif), a projection file (.prj) and, for a PNG, GDAL's .png.aux.xml beside the map for GIS tools.")
    var worldFile = false


    @OptionGroup var routing: RoutingOptionGroup

    @OptionGroup var logging: LoggingOptionGroup

    func run() async throws {
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
        if let paper = overrides.map.paper, paper != "none", format != .pdf {
            throw MovemapError.usage("--paper \(paper) is for PDF output — write -o FILE.pdf, or give a \(format.rawValue.uppercased())'s page in pixels with --size")
        }
        guard !worldFile || format.isRaster else { throw MovemapError.usage("--world-file goes with a .png or .tif output") }
        guard !worldFile || output != "-" else { throw MovemapError.usage("--world-file needs -o FILE.png or FILE.tif, not standard output") }
        let data = try DataStore()
        if overrides.map.countryNames != false { data.prefetchCountries() }
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
            try GeoreferenceFiles.write(result.map.georeference, format: format, beside: output)
        }
        logging.detail("\(output): \(result.map.bytes.count) bytes, projection \(result.map.projection)")
    }

    /// The map's format: `--format`, which must agree with the output's extension when it
    /// has one; else the extension.
    func outputFormat() throws -> OutputFormat {
        let byExtension = output == "-" ? nil : OutputFormat(pathExtension: URL(fileURLWithPath: output).pathExtension)
        guard let text = format else {
            guard let byExtension else {
                throw MovemapError.usage(output == "-" ? "-o - needs --format png, svg, pdf or tif"
                                         : "-o \(output): the extension must be .png, .svg, .pdf or .tif (.tiff)")
            }
            return byExtension
        }
        guard let chosen = OutputFormat(pathExtension: text.lowercased()) else {
            throw MovemapError.usage("--format \(text): use png, svg, pdf or tif")
        }
        if let byExtension, byExtension != chosen {
            throw MovemapError.usage("--format \(text) does not match -o \(output)")
        }
        return chosen
    }
}
