import Foundation
import Geo
import Routes

/// Errors of the scenario module. Validation collects every problem before failing.
public enum ScenarioError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file could not be read.
    case unreadable(path: String, message: String)
    /// One or more problems in the file's content, in file order.
    case invalid([ScenarioProblem])

    /// The errors and warnings, one `file:line:col: level: what — fix` line each (notes
    /// left out), or `path: error: why` for an unreadable file.
    public var description: String {
        switch self {
        case let .unreadable(path, message): return "\(TerminalText.escaped(path)): error: \(TerminalText.escaped(message))"
        case let .invalid(problems): return problems.filter { $0.level != .note }.map(\.description).joined(separator: "\n")
        }
    }

    /// The description with the notes too (how every place was read), for `validate -v`.
    public var verboseDescription: String {
        guard case let .invalid(problems) = self else { return description }
        return problems.map(\.description).joined(separator: "\n")
    }

    /// The errors and warnings (not the notes), in file order.
    public var problems: [ScenarioProblem] {
        if case let .invalid(problems) = self { return problems.filter { $0.level != .note } }
        return []
    }
}

extension ScenarioError: DescribedError {}
