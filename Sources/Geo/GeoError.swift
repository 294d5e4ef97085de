import Foundation

/// Errors of the geo module: PROJ failures, unreadable resources, unknown places.
public enum GeoError: Error, Sendable, CustomStringConvertible, Equatable {
    /// PROJ rejected a projection definition; carries the definition and PROJ's message.
    case projection(definition: String, message: String)
    /// A resource file is missing or malformed.
    case resource(path: String, message: String)

    /// One line naming the definition or file, what is wrong and how to fix it, with
    /// control characters escaped for the terminal.
    public var description: String {
        switch self {
        case let .projection(definition, message):
            return "projection '\(TerminalText.escaped(definition))': \(TerminalText.escaped(message)) — give a PROJ string (+proj=lcc +lat_1=…), EPSG:N or a name such as mercator"
        case let .resource(path, message):
            return "\(TerminalText.escaped(path)): \(TerminalText.escaped(message))"
        }
    }
}

extension GeoError: DescribedError {}
