import Geo

/// A paper sheet for PDF output: A4, A3, US Letter or Tabloid, landscape unless
/// `portrait`. Sizes are in PostScript points (1/72 inch); A4 landscape is 842×595.
public struct Paper: Sendable, Hashable, CustomStringConvertible {
    /// The standard sheets, each with its long side first.
    public enum Sheet: String, Sendable, CaseIterable {
        /// ISO A4, 297×210 mm.
        case a4
        /// ISO A3, 420×297 mm.
        case a3
        /// US Letter, 11×8.5 in.
        case letter
        /// US Tabloid (Ledger), 17×11 in.
        case tabloid

        /// Long and short side in points, rounded to whole points as PDF writers do.
        var sides: (long: Double, short: Double) {
            switch self {
            case .a4: (842, 595)
            case .a3: (1191, 842)
            case .letter: (792, 612)
            case .tabloid: (1224, 792)
            }
        }
    }

    /// The sheet.
    public var sheet: Sheet
    /// Long side vertical; otherwise landscape, long side across.
    public var portrait: Bool

    /// The white margin round the map on every side, in points.
    public static let margin = 24.0

    /// A sheet, landscape unless `portrait`.
    public init(_ sheet: Sheet, portrait: Bool = false) {
        self.sheet = sheet
        self.portrait = portrait
    }

    /// Parses `a4`, `a3`, `letter`, `tabloid`, each with an optional `-portrait`
    /// (`a4-portrait`); case does not matter. `nil` for anything else.
    public init?(parsing text: String) {
        let (name, portrait) = text.variant("-portrait")
        guard let sheet = Sheet(rawValue: name) else { return nil }
        self.init(sheet, portrait: portrait)
    }

    /// The page width in points.
    public var width: Double { portrait ? sheet.sides.short : sheet.sides.long }
    /// The page height in points.
    public var height: Double { portrait ? sheet.sides.long : sheet.sides.short }

    /// The name as written: `a4`, `letter-portrait`.
    public var description: String { sheet.rawValue + (portrait ? "-portrait" : "") }
}
