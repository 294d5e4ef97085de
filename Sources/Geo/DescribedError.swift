import Foundation

/// An error whose one-line ``description`` is what the user reads. Foundation's
/// `localizedDescription` gives the same sentence, so a host app shows what the command
/// line prints.
public protocol DescribedError: LocalizedError, CustomStringConvertible {}

extension DescribedError {
    /// The same sentence the command line prints.
    public var errorDescription: String? { description }
}
