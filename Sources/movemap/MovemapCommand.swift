import ArgumentParser
import Foundation
import Geo
import Movemap
import Render
import Routes
import Scenario

/// `movemap`: maps of military and logistics movements from reports.
struct MovemapCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "movemap",
        abstract: "Briefing maps of transport flights, sea passages and convoys from reports.",
        discussion: """
        Write sightings in a scenario file (see docs/scenario.md), then:

          movemap render seeds/syria-drawdown-2024.yaml -o syria.png
          movemap place Khmeimim
          movemap route sea Baltiysk "English Channel" Tartus --json
          movemap batch scenarios/ -o maps/ --format png,svg     # only what changed
          movemap export scenario.yaml --format kml -o scenario.kml
          movemap validate sightings.csv                         # CSV and GeoJSON too
          movemap draft report.txt --date 2024-12-14 -o draft.yaml  # a scenario from a report

        Shell completion: movemap --generate-completion-script bash|zsh|fish (or the \
        scripts in completions/).

        Exit codes: 0 success, 1 the work failed (e.g. no route exists, some batch items \
        failed), 2 bad input or usage (the message names file, line and column).
        """,
        version: MovemapVersion.current,
        subcommands: [RenderCommand.self, BatchCommand.self, RouteCommand.self, PlaceCommand.self, ValidateCommand.self,
                      ExportCommand.self, DraftCommand.self])
}

/// Entry point: parses, runs, and maps errors to the exit codes the contract promises.
@main
enum Main {
    static func main() async {
        do {
            var command = try MovemapCommand.parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            exit(Failure.report(error))
        }
    }
}

/// How each kind of error is told to the user and which exit code it gives.
enum Failure {
    static func report(_ error: Error) -> Int32 {
        switch error {
        case let error as ScenarioError:
            printError(error.description)
            return 2
        case let error as MovemapError:
            printError("movemap: \(error)")
            if case .usage = error { return 2 }
            return 1
        case let error as GeoError:
            printError("movemap: \(error)")
            return 2
        case let error as RenderError:
            printError("movemap: \(error)")
            if case .invalidRequest = error { return 2 }
            return 1
        case let error as ExitCode:
            return error.rawValue
        default:
            let code = MovemapCommand.exitCode(for: error)
            let message = MovemapCommand.fullMessage(for: error)
            if code == .success {
                print(message)
                return 0
            }
            if !message.isEmpty { printError(message) }
            // Argument errors are usage errors: exit 2 as the contract says, not EX_USAGE.
            return code == .validationFailure || code.rawValue == 64 ? 2 : code.rawValue
        }
    }
}

/// Writes a message to standard error, each line escaped for the terminal (``TerminalText``).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalText.escapedLines(message) + "\n").utf8))
}

enum MovemapVersion {
    static let current = "0.1.0"
}
