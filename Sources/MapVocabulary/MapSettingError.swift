import Foundation
import Geo

/// A map setting's value that cannot be used: what is wrong (`'big' is not a size`) and
/// how to write it (`write WIDTHxHEIGHT in pixels, e.g. 1600x1000`).
public struct MapSettingError: Error, Sendable, Equatable {
    /// What is wrong, quoting the value: `'big' is not a size`.
    public let message: String
    /// How to write the value instead: `write WIDTHxHEIGHT in pixels, e.g. 1600x1000`.
    public let fix: String

    /// An error saying what is wrong and how to fix it.
    public init(message: String, fix: String) {
        self.message = message
        self.fix = fix
    }
}

extension MapSettingError: DescribedError {
    /// `'big' is not a size — write WIDTHxHEIGHT in pixels, e.g. 1600x1000`, as the command
    /// line and the scenario checks say it after the flag or the position.
    public var description: String { "\(message) — \(fix)" }
}
