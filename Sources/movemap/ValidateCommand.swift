import ArgumentParser
import Foundation
import Geo
import Movemap
import Routes
import Scenario

struct ValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check scenarios without drawing: every problem with file:line:column and a fix.",
        discussion: """
        Reports every problem in every file at once, resolves each place name and says what
        it matched, links the tracks and warns about implausible timings.

        Examples:
          movemap validate seeds/*.yaml
          movemap validate -v scenario.yaml      # also list how each place was matched
        """)

    @Argument(help: "Scenario files to check.")
    var scenarios: [String]

    @OptionGroup var logging: LoggingOptionGroup

    func run() async throws {
        guard !scenarios.isEmpty else { throw MovemapError.usage("give at least one scenario file") }
        let data = try DataStore()
        let linker = try Engine.linker(data: data)
        var failed = false
        for path in scenarios {
            do {
                let scenario = try ScenarioResolver.load(path: path, gazetteer: data.gazetteer)
                for resolution in scenario.resolutions where resolution.score < 1 || logging.verbose {
                    logging.note("\(resolution.location): note: '\(TerminalText.escaped(resolution.query))' is \(resolution.place.name) (\(resolution.place.id)), matched '\(resolution.matched)', score \(String(format: "%.2f", resolution.score))")
                }
                let plan = try MapPlan(scenario: scenario, linker: linker)
                for warning in plan.warnings { logging.note(warning.description) }
                logging.note("\(TerminalText.escaped(path)): ok — \(scenario.assets.count) assets, \(scenario.sightings.count) sightings, \(plan.legs.count) legs")
            } catch let error as ScenarioError {
                printError(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
