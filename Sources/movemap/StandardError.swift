import Foundation
import Geo

/// Writes a message to standard error, each line escaped for the terminal (``TerminalText``).
func printError(_ message: String) {
    FileHandle.standardError.write(Data((TerminalText.escapedLines(message) + "\n").utf8))
}
