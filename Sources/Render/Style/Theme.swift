import MapVocabulary

/// The colours and fonts of a map: `light` for screens, `dark` for dark slides, `print`
/// for paper (readable in greyscale).
public struct Theme: Sendable, Equatable {
    public typealias Name = ThemeName

    public var name: Name
    public var ocean: Color
    public var land: Color
    public var lake: Color
    public var coast: Pen
    public var border: Pen
    public var graticule: Pen
    public var text: Color
    public var halo: Color
    public var seaText: Color
    /// Country names: quieter than place labels, on a halo of the land colour.
    public var countryText: Color
    public var panel: Color
    public var panelText: Color
    public var marker: Color
    public var markerOutline: Color
    /// Route colours by mode: air, sea, road.
    public var air: Color
    public var sea: Color
    public var road: Color
    public var casing: Color
    /// Font family for every label, pinned so output is repeatable.
    public var fontFamily: String

    /// Ways round a voyage could have taken: the text colour at two-thirds strength (grey).
    public var alternative: Color { text.opacity(0.65) }

    public static func named(_ name: Name) -> Theme {
        switch name {
        case .light: return .light
        case .dark: return .dark
        case .print: return .print
        }
    }

    public static let light = Theme(
        name: .light, ocean: Color(hex: 0xc9dcea), land: Color(hex: 0xf3f0e8), lake: Color(hex: 0xc9dcea),
        coast: Pen(width: 0.6, color: Color(hex: 0x7d97ab)), border: Pen(width: 0.7, color: Color(hex: 0xa39a8c), dash: .dashed),
        graticule: Pen(width: 0.4, color: Color(hex: 0xffffff, alpha: 0.6)),
        text: Color(hex: 0x1f1f1f), halo: Color(hex: 0xffffff, alpha: 0.9), seaText: Color(hex: 0x4d6f8a), countryText: Color(hex: 0x857a6a),
        panel: Color(hex: 0xffffff, alpha: 0.92), panelText: Color(hex: 0x1f1f1f),
        marker: Color(hex: 0x1f1f1f), markerOutline: Color(hex: 0xffffff),
        air: Color(hex: 0xc0392b), sea: Color(hex: 0x1f4e9a), road: Color(hex: 0x7a4f1d),
        casing: Color(hex: 0xffffff, alpha: 0.85), fontFamily: "Noto Sans")

    public static let dark = Theme(
        name: .dark, ocean: Color(hex: 0x0f1c2b), land: Color(hex: 0x2a3038), lake: Color(hex: 0x0f1c2b),
        coast: Pen(width: 0.6, color: Color(hex: 0x52657a)), border: Pen(width: 0.7, color: Color(hex: 0x6b7078), dash: .dashed),
        graticule: Pen(width: 0.4, color: Color(hex: 0xffffff, alpha: 0.12)),
        text: Color(hex: 0xf0f0f0), halo: Color(hex: 0x101418, alpha: 0.9), seaText: Color(hex: 0x8fb1cf), countryText: Color(hex: 0x9aa3ad),
        panel: Color(hex: 0x151a20, alpha: 0.92), panelText: Color(hex: 0xf0f0f0),
        marker: Color(hex: 0xf0f0f0), markerOutline: Color(hex: 0x101418),
        air: Color(hex: 0xff6b5a), sea: Color(hex: 0x5fb3ff), road: Color(hex: 0xe0b060),
        casing: Color(hex: 0x101418, alpha: 0.85), fontFamily: "Noto Sans")

    public static let print = Theme(
        name: .print, ocean: Color(hex: 0xffffff), land: Color(hex: 0xe6e6e6), lake: Color(hex: 0xffffff),
        coast: Pen(width: 0.6, color: Color(hex: 0x555555)), border: Pen(width: 0.6, color: Color(hex: 0x777777), dash: .dashed),
        graticule: Pen(width: 0.3, color: Color(hex: 0xbbbbbb)),
        text: Color(hex: 0x000000), halo: Color(hex: 0xffffff, alpha: 0.95), seaText: Color(hex: 0x555555), countryText: Color(hex: 0x6e6e6e),
        panel: Color(hex: 0xffffff, alpha: 0.95), panelText: Color(hex: 0x000000),
        marker: Color(hex: 0x000000), markerOutline: Color(hex: 0xffffff),
        air: Color(hex: 0x000000), sea: Color(hex: 0x404040), road: Color(hex: 0x808080),
        casing: Color(hex: 0xffffff, alpha: 0.9), fontFamily: "Noto Sans")
}
