import ArgumentParser

/// Positional values that may begin with a minus sign — a negative longitude such as
/// `-5.35,36.0` — captured with `@Argument(parsing: .allUnrecognized)`. A value that begins
/// with a dash but is not a number is a mistyped option and is refused as one.
enum DashedValues {
    /// The values with a `--` terminator dropped; throws a ``ValidationError`` naming the
    /// first unknown option.
    static func validated(_ values: [String]) throws -> [String] {
        var result: [String] = []
        var terminated = false
        for value in values {
            if value == "--" && !terminated {
                terminated = true
                continue
            }
            if !terminated, value.hasPrefix("-"), value != "-", !isNegativeNumber(value) {
                throw ValidationError("Unknown option '\(value)' — see --help; a position is lon,lat, e.g. -5.35,36.0")
            }
            result.append(value)
        }
        return result
    }

    /// Whether the text begins as a negative number does: `-5`, `-5.35,36.0`, `-.5`.
    static func isNegativeNumber(_ text: String) -> Bool {
        let rest = text.dropFirst()
        guard text.first == "-", let first = rest.first else { return false }
        if first.isASCII && first.isNumber { return true }
        return first == "." && rest.dropFirst().first.map { $0.isASCII && $0.isNumber } == true
    }
}
