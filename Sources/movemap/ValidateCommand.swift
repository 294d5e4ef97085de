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
        Reports every problem in every file at once, resolves each place name and says what \
        it matched, links the tracks and warns about implausible timings.

        Examples:
          movemap validate seeds/*.yaml
          movemap validate -v scenario.yaml      # also list how each place was matched
          movemap validate --places scenario.yaml  # the same as a table
          movemap validate --strict seeds/*.yaml   # doubtful places are errors (exit 2)
        """)

    @Argument(help: "Scenario files to check.")
    var scenarios: [String]

    @Flag(help: "Print how every place was resolved as a table: written, place, id, kind, country, confidence, distance from the scenario's centre.")
    var places = false

    @Flag(help: "Treat doubtful places (warnings) as errors: exit 2 unless every place is sure.")
    var strict = false

    @OptionGroup var routing: RoutingOptionGroup

    @OptionGroup var logging: LoggingOptionGroup

    func run() async throws {
        guard !scenarios.isEmpty else { throw MovemapError.usage("give at least one scenario file") }
        let data = try DataStore()
        let linker = try routing.linker(data: data)
        let gazetteer = data.readingGazetteer
        var failed = false
        for path in scenarios {
            do {
                let scenario = try ScenarioResolver.load(path: path, gazetteer: gazetteer, strict: strict)
                if places {
                    print(TerminalText.escapedLines(Scenario.placeTable(scenario.resolutions)))
                } else {
                    for resolution in scenario.resolutions where resolution.verdict != .sure || logging.verbose {
                        let line = TerminalText.escaped(resolution.line)
                        if resolution.verdict == .sure { logging.note(line) } else { printError(line) }
                    }
                }
                let plan = try MapPlan(scenario: scenario, linker: linker)
                for warning in plan.warnings { logging.note(warning.description) }
                logging.note(plan.summary(path: path, scenario: scenario))
            } catch let error as ScenarioError {
                printError(logging.verbose ? error.verboseDescription : error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(2) }
    }
}
