import Geo
import Routes

/// One problem in a scenario file: where, what is wrong, and how to fix it.
public struct ScenarioProblem: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    /// How to fix it: the accepted form, or the closest names.
    public var fix: String?

    public init(location: SourceLocation, message: String, fix: String? = nil) {
        self.location = location
        self.message = message
        self.fix = fix
    }

    /// `file:line:col: error: what is wrong — how to fix`.
    public var description: String {
        "\(location): error: \(TerminalText.escaped(message))" + (fix.map { " — \(TerminalText.escaped($0))" } ?? "")
    }
}

/// Errors of the scenario module. Validation collects every problem before failing.
public enum ScenarioError: Error, Sendable, CustomStringConvertible, Equatable {
    /// The file could not be read.
    case unreadable(path: String, message: String)
    /// One or more problems in the file's content, in file order.
    case invalid([ScenarioProblem])

    public var description: String {
        switch self {
        case let .unreadable(path, message): return "\(TerminalText.escaped(path)): error: \(TerminalText.escaped(message))"
        case let .invalid(problems): return problems.map(\.description).joined(separator: "\n")
        }
    }

    public var problems: [ScenarioProblem] {
        if case let .invalid(problems) = self { return problems }
        return []
    }
}
