import ArgumentParser
import Geo
import Movemap
import Render
import Scenario

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
