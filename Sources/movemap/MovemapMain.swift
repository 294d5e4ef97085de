import ArgumentParser
import Foundation

/// Entry point: parses, runs, and maps errors to the exit codes the contract promises.
@main
enum MovemapMain {
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
