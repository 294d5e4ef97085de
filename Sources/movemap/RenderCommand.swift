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
        MapRenderer.prepareFonts()
        let format = try MapJob.outputFormat(path: output, format: self.format)
        let inputFormat = try MapJob.inputFormat(self.inputFormat)
        let overrides = try map.overrides()
        try MapJob.checkOutput(path: output, format: format, overrides: overrides, worldFile: worldFile)
        let data = try DataStore()
        let scenario = try ScenarioResolver.load(path: self.scenario, format: inputFormat, gazetteer: data.readingGazetteer, strict: strict)
        let job = MapJob(scenario: scenario, overrides: overrides)
        // A map drawn again (its scenario edited) finds its background drawn.
        let layers = MapLayerCache(store: LayerFiles.standard(data: data, version: MovemapVersion.current), keepingBackgrounds: false)
        let planned = try job.plan(data: data, linker: try routing.linker(data: data))
        // Every name is resolved: the drawing's memory need not sit on the gazetteer's.
        data.gazetteer.releaseResidentPages()
        let result = try planned.render(format: format, data: data, layers: layers)
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
}
