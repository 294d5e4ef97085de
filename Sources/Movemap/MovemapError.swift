import Foundation
import Geo

/// Errors of the façade: bad requests and unwritable outputs. Errors of the other modules
/// pass through unchanged.
public enum MovemapError: Error, Sendable, CustomStringConvertible, Equatable {
    /// A bad value on the command line or in a scenario's map settings.
    case usage(String)
    /// An output could not be written; carries the path and the system's reason.
    case output(path: String, message: String)
    /// Routing a track failed; names the asset and the reason.
    case route(asset: String, message: String)

    /// The error as the command line prints it after `movemap: `, with control characters
    /// in paths and messages escaped so a terminal shows them as text.
    public var description: String {
        switch self {
        case let .usage(message): return TerminalText.escapedLines(message)
        case let .output(path, message): return "\(TerminalText.escaped(path)): \(TerminalText.escaped(message))"
        case let .route(asset, message): return "cannot route '\(TerminalText.escaped(asset))': \(TerminalText.escaped(message))"
        }
    }
}

extension MovemapError: DescribedError {}
