/// An sRGB colour with alpha, components 0…1.
public struct Color: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The red, green and blue components (sRGB-encoded, not premultiplied) and the
    /// opacity, each 0…1; alpha 0 is fully transparent.
    public var red: Double, green: Double, blue: Double, alpha: Double

    /// A colour from components 0…1; opaque unless `alpha` is given.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// A colour from `0xRRGGBB` (8 bits per channel) and an opacity 0…1.
    public init(hex: UInt32, alpha: Double = 1) {
        self.init(red: Double((hex >> 16) & 0xff) / 255, green: Double((hex >> 8) & 0xff) / 255,
                  blue: Double(hex & 0xff) / 255, alpha: alpha)
    }

    /// Parses `#rgb`, `#rrggbb`, `#rrggbbaa` or a CSS name such as `navy`.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if let named = Color.names[lowered] {
            self = named
            return
        }
        guard lowered.hasPrefix("#") else { return nil }
        var digits = String(lowered.dropFirst())
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6 || digits.count == 8, let value = UInt64(digits, radix: 16) else { return nil }
        if digits.count == 8 {
            self.init(hex: UInt32(value >> 8), alpha: Double(value & 0xff) / 255)
        } else {
            self.init(hex: UInt32(value))
        }
    }

    /// The same colour with another alpha.
    public func opacity(_ alpha: Double) -> Color { Color(red: red, green: green, blue: blue, alpha: alpha) }

    /// `#rrggbb` (alpha is written separately where a format needs it).
    var hexString: String {
        func byte(_ value: Double) -> String {
            let text = String(Int((min(max(value, 0), 1) * 255).rounded()), radix: 16)
            return text.count == 1 ? "0" + text : text
        }
        return "#" + byte(red) + byte(green) + byte(blue)
    }

    /// Relative luminance with the ITU-R BT.709 weights (0.2126 R + 0.7152 G + 0.0722 B),
    /// 0 black … 1 white, taken on the encoded components.
    var luminance: Double { 0.2126 * red + 0.7152 * green + 0.0722 * blue }

    /// `#rrggbb`, with `@alpha` appended when the colour is not opaque (`#ffffff@0.9`).
    public var description: String { alpha < 1 ? "\(hexString)@\(alpha)" : hexString }

    /// Opaque black, `#000000`.
    public static let black = Color(hex: 0x000000)
    /// Opaque white, `#ffffff`.
    public static let white = Color(hex: 0xffffff)
    /// Fully transparent (alpha 0); sinks draw nothing in it.
    public static let clear = Color(red: 0, green: 0, blue: 0, alpha: 0)

    /// The CSS colour names ``init(parsing:)`` accepts, and `none`/`transparent` for ``clear``.
    static let names: [String: Color] = [
        "black": .black, "white": .white, "navy": Color(hex: 0x000080), "red": Color(hex: 0xff0000),
        "darkred": Color(hex: 0x8b0000), "blue": Color(hex: 0x0000ff), "green": Color(hex: 0x008000),
        "gray": Color(hex: 0x808080), "grey": Color(hex: 0x808080), "orange": Color(hex: 0xffa500),
        "steelblue": Color(hex: 0x4682b4), "teal": Color(hex: 0x008080), "purple": Color(hex: 0x800080),
        "none": .clear, "transparent": .clear,
    ]
}
