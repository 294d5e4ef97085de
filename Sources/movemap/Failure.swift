import ArgumentParser
import Geo
import Movemap

/// How each kind of error is told to the user and which exit code it gives.
enum Failure {
    static func report(_ error: Error) -> Int32 {
        if let report = ErrorReport(error) {
            printError(report.message)
            return report.exitCode
        }
        switch error {
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
