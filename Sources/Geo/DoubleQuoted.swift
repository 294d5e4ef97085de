import Foundation

/// `text` as a double-quoted string literal that both JSON and YAML read back exactly:
/// `"` and `\` escaped, newline, tab and carriage return as `\n`, `\t`, `\r`, and every
/// other control character (C0, DEL, C1) and the line and paragraph separators as `\uXXXX`.
public func doubleQuoted(_ text: String) -> String {
    "\"" + text.replacingScalars { scalar in
        switch scalar {
        case "\"": "\\\""
        case "\\": "\\\\"
        case "\n": "\\n"
        case "\t": "\\t"
        case "\r": "\\r"
        case _ where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029:
            String(format: "\\u%04X", scalar.value)
        default: nil
        }
    } + "\""
}
