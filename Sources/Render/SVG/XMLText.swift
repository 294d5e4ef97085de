/// Escaping for text written into XML: SVG labels and layer names, KML names.
public enum XMLText {
    /// `text` with `& < > " '` replaced by entities and control characters dropped, for any
    /// XML output (SVG, KML).
    public static func escaped(_ text: String) -> String {
        escaped(text, apostrophe: true)
    }

    /// `text` for a double-quoted attribute value: as ``escaped(_:)``, but with `'` kept,
    /// so a CSS list such as `'Noto Sans', sans-serif` reads as written.
    static func doubleQuotedAttribute(_ text: String) -> String {
        escaped(text, apostrophe: false)
    }

    private static func escaped(_ text: String, apostrophe: Bool) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "'" where apostrophe: output += "&apos;"
            default:
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
