import Foundation

/// Something a user should check: an implausible speed, a leg drawn without a route.
public struct TrackWarning: Sendable, Hashable, CustomStringConvertible {
    /// What to check, one sentence without a trailing period.
    public var message: String
    /// Where the scenario writes the sighting concerned, when known.
    public var location: SourceLocation?

    /// A warning with its `message`, pointing at `location` when given.
    public init(message: String, location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// `file:line:col: warning: message`, or `warning: message` without a location.
    public var description: String {
        if let location { return "\(location): warning: \(message)" }
        return "warning: \(message)"
    }
}
