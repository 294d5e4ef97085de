import Foundation
import Geo

/// A classification banner: one line of text, centred in a band across the top of the
/// page and again across the bottom, coloured by the level its leading words name.
///
/// The colours follow the common US marking convention (the CUI and classified-marking
/// guides' cover-sheet colours): UNCLASSIFIED green, CUI purple, CONFIDENTIAL blue,
/// SECRET red, TOP SECRET orange. Text that names none of these gets a neutral grey band
/// and a warning, so a typo is never shown in a level's colour.
public struct ClassificationBanner: Sendable, Equatable {
    /// A classification level, as the banner's leading words name it.
    public enum Level: String, Sendable, CaseIterable {
        /// `UNCLASSIFIED`, green #007A33.
        case unclassified
        /// `CUI` or `CONTROLLED UNCLASSIFIED INFORMATION`, purple #502B85.
        case cui
        /// `CONFIDENTIAL`, blue #0033A0.
        case confidential
        /// `SECRET`, red #C8102E.
        case secret
        /// `TOP SECRET`, orange #FF8C00.
        case topSecret
        /// Text that names no level: neutral grey #6E6E6E.
        case unknown

        /// The band's colour.
        public var color: Color {
            switch self {
            case .unclassified: Color(hex: 0x007A33)
            case .cui: Color(hex: 0x502B85)
            case .confidential: Color(hex: 0x0033A0)
            case .secret: Color(hex: 0xC8102E)
            case .topSecret: Color(hex: 0xFF8C00)
            case .unknown: Color(hex: 0x6E6E6E)
            }
        }

        /// Black or white, whichever contrasts more with ``color`` (WCAG 2 contrast ratio).
        public var textColor: Color {
            let luminance = ClassificationBanner.relativeLuminance(color)
            let onWhite = 1.05 / (luminance + 0.05), onBlack = (luminance + 0.05) / 0.05
            return onBlack > onWhite ? Color(hex: 0x000000) : Color(hex: 0xFFFFFF)
        }
    }

    /// The banner's text, drawn as given.
    public let text: String
    /// The level its leading words name.
    public let level: Level

    /// The band height in points, top and bottom.
    static let bandHeight = 20.0
    /// The text's size in points.
    static let fontSize = 13.0

    /// A banner reading `text`, its level taken from its leading words.
    public init(text: String) {
        self.text = text
        level = ClassificationBanner.level(of: text)
    }

    /// The level `text` begins with, whole words only and case ignored: `SECRET//REL TO
    /// USA, GBR` is ``Level/secret``, `TOP SECRET//SI` is ``Level/topSecret``, `SECRETARIAT`
    /// is ``Level/unknown``.
    public static func level(of text: String) -> Level {
        let words = text.uppercased().split { !$0.isLetter }.map(String.init)
        func starts(_ phrase: String...) -> Bool { words.starts(with: phrase) }
        if starts("TOP", "SECRET") { return .topSecret }
        if starts("SECRET") { return .secret }
        if starts("CONFIDENTIAL") { return .confidential }
        if starts("CUI") || starts("CONTROLLED", "UNCLASSIFIED", "INFORMATION") { return .cui }
        if starts("UNCLASSIFIED") { return .unclassified }
        return .unknown
    }

    /// The top and bottom bands on a `width`×`height`-point page.
    static func bands(width: Double, height: Double) -> [PageBox] {
        [PageBox(x: 0, y: 0, width: width, height: bandHeight),
         PageBox(x: 0, y: height - bandHeight, width: width, height: bandHeight)]
    }

    /// Fills both bands and centres the text in each, in the layer `banner`.
    func draw(on canvas: Canvas, width: Double, height: Double, fontFamily: String) {
        canvas.beginLayer("banner")
        let font = Font(family: fontFamily, size: ClassificationBanner.fontSize, bold: true)
        let extent = canvas.measure(text, font: font, letterSpacing: 0.5)
        for band in ClassificationBanner.bands(width: width, height: height) {
            canvas.fill(Path.rectangle(x: band.x, y: band.y, width: band.width, height: band.height), color: level.color)
            canvas.draw(TextRun(text: text, origin: ProjectedPoint(x: band.x + (band.width - extent.width) / 2,
                                                                   y: band.y + (band.height - extent.height) / 2),
                                font: font, color: level.textColor, letterSpacing: 0.5))
        }
        canvas.endLayer()
    }

    /// WCAG 2 relative luminance: sRGB components linearized, weighted 0.2126 R + 0.7152 G
    /// + 0.0722 B.
    static func relativeLuminance(_ color: Color) -> Double {
        func linear(_ value: Double) -> Double {
            value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.red) + 0.7152 * linear(color.green) + 0.0722 * linear(color.blue)
    }
}
