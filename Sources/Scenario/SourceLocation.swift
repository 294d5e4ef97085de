import Foundation
import Geo
import Routes

/// Where an input value came from, for messages that point at it.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// Line number, from 1.
    public var line: Int
    /// Column number, from 1.
    public var column: Int

    /// A location at `line` and `column` (both from 1) of `file`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the file name escaped for a terminal (``TerminalText``).
    public var description: String { "\(TerminalText.escaped(file)):\(line):\(column)" }
}
