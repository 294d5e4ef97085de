import Geo

/// Appends SVG text as UTF-8 bytes: path data and numbers with fixed precision, and
/// XML-escaped strings.
struct SVGWriter {
    private(set) var bytes: [UInt8] = []

    mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    /// Appends `value` rounded to `decimals` places, without trailing zeros (`12.5`, `-3`, `0.25`).
    mutating func append(number value: Double, decimals: Int) {
        guard value.isFinite else { bytes.append(UInt8(ascii: "0")); return }
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        var scaled = Int64((abs(value) * factor).rounded())
        if scaled == 0 { bytes.append(UInt8(ascii: "0")); return }
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        let divisor = Int64(factor)
        let whole = scaled / divisor
        bytes.append(contentsOf: String(whole).utf8)
        scaled %= divisor
        guard scaled > 0 else { return }
        var digits: [UInt8] = []
        var remaining = scaled
        for _ in 0..<decimals {
            digits.append(UInt8(ascii: "0") + UInt8(remaining % 10))
            remaining /= 10
        }
        digits.reverse()
        while digits.last == UInt8(ascii: "0") { digits.removeLast() }
        bytes.append(UInt8(ascii: "."))
        bytes.append(contentsOf: digits)
    }

    /// Appends SVG path data (`M x y L x y C … Z`) with two decimals.
    mutating func appendPath(_ path: Path) {
        var first = true
        func point(_ p: ProjectedPoint) {
            append(number: p.x, decimals: 2)
            bytes.append(UInt8(ascii: " "))
            append(number: p.y, decimals: 2)
        }
        for element in path.elements {
            if !first { bytes.append(UInt8(ascii: " ")) }
            first = false
            switch element {
            case let .move(p): bytes.append(UInt8(ascii: "M")); point(p)
            case let .line(p): bytes.append(UInt8(ascii: "L")); point(p)
            case let .curve(a, b, c):
                bytes.append(UInt8(ascii: "C")); point(a)
                bytes.append(UInt8(ascii: " ")); point(b)
                bytes.append(UInt8(ascii: " ")); point(c)
            case .close: bytes.append(UInt8(ascii: "Z"))
            }
        }
    }
}
