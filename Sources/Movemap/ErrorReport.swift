import Geo
import Render
import Scenario

/// What the user is told about one of movemap's errors and the exit code it gives, as the
/// command line's contract says: 2 for bad input or usage (the message names file, line and
/// column where there is one), 1 when the work itself failed (no route, a failed render).
public struct ErrorReport: Sendable, Equatable {
    /// The text for standard error.
    public var message: String
    /// The process's exit code.
    public var exitCode: Int32

    /// The report of `error`, or `nil` for an error the library does not make (the argument
    /// parser's, an exit code).
    public init?(_ error: any Error) {
        switch error {
        case let error as ScenarioError:
            (message, exitCode) = (error.description, 2)
        case let error as MovemapError:
            let code: Int32 = if case .usage = error { 2 } else { 1 }
            (message, exitCode) = ("movemap: \(error)", code)
        case let error as GeoError:
            (message, exitCode) = ("movemap: \(error)", 2)
        case let error as RenderError:
            let code: Int32 = if case .invalidRequest = error { 2 } else { 1 }
            (message, exitCode) = ("movemap: \(error)", code)
        default:
            return nil
        }
    }
}
