import MapVocabulary

/// The colours and fonts of a map: `light` for screens, `dark` for dark slides, `print`
/// for paper (readable in greyscale).
public struct Theme: Sendable, Equatable {
    /// The theme names `--theme` and the `theme:` key accept (``MapVocabulary/ThemeName``).
    public typealias Name = ThemeName

    /// Which of the built-in themes this is (or was derived from).
    public var name: Name
    /// The sea and the page background (left clear with `transparent`).
    public var ocean: Color
    /// Land polygons.
    public var land: Color
    /// Lakes, drawn over land.
    public var lake: Color
    /// The coastline stroke; width in points.
    public var coast: Pen
    /// Country borders; width in points.
    public var border: Pen
    /// Parallels and meridians, when drawn; width in points.
    public var graticule: Pen
    /// Place labels and other text on the map.
    public var text: Color
    /// The halo behind labels, so they read over lines and land.
    public var halo: Color
    /// Sea and area names, set in spaced italics.
    public var seaText: Color
    /// Country names: quieter than place labels, on a halo of the land colour.
    public var countryText: Color
    /// The background of the title, legend and credit panels.
    public var panel: Color
    /// Text inside the panels.
    public var panelText: Color
    /// Marker symbols' fill.
    public var marker: Color
    /// The outline round marker symbols (and the inside of hollow ones), so they read on
    /// land and sea.
    public var markerOutline: Color
    /// Route colour for air movements.
    public var air: Color
    /// Route colour for sea movements.
    public var sea: Color
    /// Route colour for road movements.
    public var road: Color
    /// The casing drawn under every route line (3 points wider) and arrowhead.
    public var casing: Color
    /// Font family for every label as cairo draws it, pinned so output is repeatable: the
    /// first installed family of ``fontFamilies`` (see ``setFonts(_:)``).
    public var fontFamily: String
    /// The font families asked for, in order of preference; the real-text SVG names them
    /// all, then `sans-serif`, so an editor without the first uses the next.
    public var fontFamilies: [String] = ["Noto Sans"]
    /// The symbol each marker kind is drawn with; a kind not listed has
    /// ``MarkerShape/standard(for:)``.
    public var markerShapes: [MarkerKind: MarkerShape] = [:]
    /// How each certainty shows in a route line; a certainty not listed has
    /// ``CertaintyLine/standard(for:)``.
    public var certaintyLines: [Certainty: CertaintyLine] = [:]
    /// The width in points of a route standing for one movement; more movements widen it
    /// logarithmically (+1.1 points per doubling).
    public var routeWidth: Double = 2.6
    /// How much wider, in points, the casing under each route is than the route.
    public var casingWidth: Double = 3

    /// Ways round a voyage could have taken: the text colour at two-thirds strength (grey).
    public var alternative: Color { text.opacity(0.65) }

    /// The symbol `kind` is drawn with in this theme.
    public func markerShape(for kind: MarkerKind) -> MarkerShape {
        markerShapes[kind] ?? .standard(for: kind)
    }

    /// How `certainty` shows in a route line in this theme.
    public func certaintyLine(for certainty: Certainty) -> CertaintyLine {
        certaintyLines[certainty] ?? .standard(for: certainty)
    }

    /// Asks for `families` in order of preference: ``fontFamilies`` becomes the list and
    /// ``fontFamily`` the first one fontconfig has installed (the first of the list when
    /// none is), so a machine draws the same family on every run. An empty list changes
    /// nothing.
    public mutating func setFonts(_ families: [String]) {
        guard let first = families.first else { return }
        fontFamilies = families
        fontFamily = InstalledFonts.firstInstalled(of: families) ?? first
    }

    /// A font of the theme's families at `size` points: ``fontFamily`` for cairo, all of
    /// ``fontFamilies`` for the real-text SVG.
    func font(size: Double, bold: Bool = false, italic: Bool = false) -> Font {
        Font(family: fontFamily, size: size, bold: bold, italic: italic, preferredFamilies: fontFamilies)
    }

    /// The built-in theme of a name: ``light``, ``dark`` or ``print``.
    public static func named(_ name: Name) -> Theme {
        switch name {
        case .light: return .light
        case .dark: return .dark
        case .print: return .print
        }
    }

    /// For screens: pale blue sea, warm off-white land; red air, blue sea and brown road routes.
    public static let light = Theme(
        name: .light, ocean: Color(hex: 0xc9dcea), land: Color(hex: 0xf3f0e8), lake: Color(hex: 0xc9dcea),
        coast: Pen(width: 0.6, color: Color(hex: 0x7d97ab)), border: Pen(width: 0.7, color: Color(hex: 0xa39a8c), dash: .dashed),
        graticule: Pen(width: 0.4, color: Color(hex: 0xffffff, alpha: 0.6)),
        text: Color(hex: 0x1f1f1f), halo: Color(hex: 0xffffff, alpha: 0.9), seaText: Color(hex: 0x4d6f8a), countryText: Color(hex: 0x857a6a),
        panel: Color(hex: 0xffffff, alpha: 0.92), panelText: Color(hex: 0x1f1f1f),
        marker: Color(hex: 0x1f1f1f), markerOutline: Color(hex: 0xffffff),
        air: Color(hex: 0xc0392b), sea: Color(hex: 0x1f4e9a), road: Color(hex: 0x7a4f1d),
        casing: Color(hex: 0xffffff, alpha: 0.85), fontFamily: "Noto Sans")

    /// For dark slides: deep navy sea, slate land, light text and brighter route colours.
    public static let dark = Theme(
        name: .dark, ocean: Color(hex: 0x0f1c2b), land: Color(hex: 0x2a3038), lake: Color(hex: 0x0f1c2b),
        coast: Pen(width: 0.6, color: Color(hex: 0x52657a)), border: Pen(width: 0.7, color: Color(hex: 0x6b7078), dash: .dashed),
        graticule: Pen(width: 0.4, color: Color(hex: 0xffffff, alpha: 0.12)),
        text: Color(hex: 0xf0f0f0), halo: Color(hex: 0x101418, alpha: 0.9), seaText: Color(hex: 0x8fb1cf), countryText: Color(hex: 0x9aa3ad),
        panel: Color(hex: 0x151a20, alpha: 0.92), panelText: Color(hex: 0xf0f0f0),
        marker: Color(hex: 0xf0f0f0), markerOutline: Color(hex: 0x101418),
        air: Color(hex: 0xff6b5a), sea: Color(hex: 0x5fb3ff), road: Color(hex: 0xe0b060),
        casing: Color(hex: 0x101418, alpha: 0.85), fontFamily: "Noto Sans")

    /// For paper: white sea, grey land and black-to-grey routes that read in greyscale.
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
