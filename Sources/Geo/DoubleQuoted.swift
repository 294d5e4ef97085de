import Foundation

/// `text` as a double-quoted string literal that both JSON and YAML read back exactly:
/// `"` and `\` escaped, newline, tab and carriage return as `\n`, `\t`, `\r`, and every
/// other control character (C0, DEL, C1) and the line and paragraph separators as `\uXXXX`.
public func doubleQuoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": result += "\\\""
        case "\\": result += "\\\\"
        case "\n": result += "\\n"
        case "\t": result += "\\t"
        case "\r": result += "\\r"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                result += String(format: "\\u%04X", scalar.value)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
    }
    return result + "\""
}
