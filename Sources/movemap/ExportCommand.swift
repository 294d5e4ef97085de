import ArgumentParser
import Foundation
import Movemap
import Scenario

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a scenario and its routed legs as GeoJSON, KML or CSV.",
        discussion: """
        GeoJSON: the scenario itself, which movemap reads back to the same map — title, \
        map settings, sources and assets as members of the FeatureCollection; features \
        with a 'role': 'sighting' (asset, place, time, status, source, note), 'place', \
        'marker', and 'leg' (asset, asset_name, mode, status, from, to, from_time, to_time, \
        departure, arrival, source, from_source, to_source, from_note, to_note, length_km, \
        length_nm), cut at the antimeridian; legs are not read back as input. KML opens \
        in Google Earth, legs coloured by status, and validates against OGC KML 2.2. CSV: \
        one row per leg with distances and times (ETAs estimated from the asset's speed \
        where not reported).

        Examples:
          movemap export syria.yaml --format geojson -o syria.geojson
          movemap export scenario.yaml --format kml -o scenario.kml
          movemap export scenario.yaml --format csv          # to standard output
        """)

    @Argument(help: ArgumentHelp("The scenario file (\(ScenarioFormat.extensions)).", valueName: "SCENARIO"))
    var scenario: String

    @Option(help: ArgumentHelp("geojson, kml or csv (default: from the output's extension, else geojson).", valueName: "FORMAT"))
    var format: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Output file (default: standard output).", valueName: "FILE"))
    var output: String?

    @OptionGroup var routing: RoutingOptionGroup

    @OptionGroup var logging: LoggingOptionGroup

    func run() async throws {
        let chosen = try ScenarioExport.Format.chosen(format: format, output: output)
        if let output {
            try ScenarioExport.checkOutput(output, format: chosen, inputs: [scenario, scenario + ".yaml"])
        }
        let data = try DataStore()
        let scenario = try ScenarioResolver.load(path: self.scenario, gazetteer: data.readingGazetteer)
        let plan = try MapPlan(scenario: scenario, linker: try routing.linker(data: data))
        for warning in plan.warnings { logging.note(warning.description) }
        let text = ScenarioExport(scenario: scenario, legs: plan.legs).text(chosen)
        if let output {
            try AtomicFile.write(Array(text.utf8), to: output)
            logging.detail("\(output): \(plan.legs.count) legs")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
