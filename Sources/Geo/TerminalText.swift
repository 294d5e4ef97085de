/// Text from scenario files and file names made safe to print on a terminal: control
/// characters are written as visible escapes, so a crafted name cannot move the cursor, set
/// the window title (OSC), rewrite earlier lines or break one message into several.
public enum TerminalText {
    /// `text` with C0 and C1 control characters, DEL and the bidirectional overrides replaced
    /// by escapes: `\n`, `\r`, `\t`, else `\u{1B}`-style code points.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return text.replacingScalars { scalar in
            switch scalar {
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case _ where isUnsafe(scalar): "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: nil
            }
        }
    }

    /// Escapes each line of a message of several lines, keeping the line breaks.
    public static func escapedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escaped(String($0)) }.joined(separator: "\n")
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }
}
