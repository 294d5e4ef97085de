import Foundation
import Geo
import Routes

/// One problem in a scenario file: where, what is wrong, and how to fix it.
public struct ScenarioProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where: file, 1-based line and column.
    public var location: SourceLocation
    /// What is wrong, as a sentence without the location.
    public var message: String
    /// How to fix it: the accepted form, or the closest names.
    public var fix: String?
    /// How serious: an error fails the file; a warning (a doubt) and a note (how a place was
    /// read) are said beside the errors so that one refusal hides nothing.
    public var level: Level

    /// How serious a problem is; the raw value is the word printed after the location.
    public enum Level: String, Sendable, Hashable {
        /// The file cannot be used as it is.
        case error
        /// A doubt: the file is used, and the doubt said (an error with `--strict`).
        case warning
        /// Information: how a place was read (`validate -v`).
        case note
    }

    /// A problem at `location`; an error unless `level` says otherwise.
    public init(location: SourceLocation, message: String, fix: String? = nil, level: Level = .error) {
        self.location = location
        self.message = message
        self.fix = fix
        self.level = level
    }

    /// `file:line:col: error: what is wrong — how to fix` (`warning:` or `note:` for those).
    public var description: String {
        "\(location): \(level.rawValue): \(TerminalText.escaped(message))" + (fix.map { " — \(TerminalText.escaped($0))" } ?? "")
    }
}
