import Geo

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
        text.replacingScalars { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'" where apostrophe: "&apos;"
            case _ where scalar.value < 0x20 && scalar != "\t" && scalar != "\n": ""
            default: nil
            }
        }
    }
}
