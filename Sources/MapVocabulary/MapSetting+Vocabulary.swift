import Geo

extension MapSetting {
    /// Every map setting, in the order help and docs list them.
    public static let all: [MapSetting] = [size, scale, paper, region, projection, theme, resolution,
                                           transparent, graticule, countryNames, inset, detail, northArrow, banner, svgText, style]

    /// The setting with this scenario key (`country_names`) or flag (`country-names`).
    public static func named(_ name: String) -> MapSetting? {
        all.first { $0.key == name || $0.flag == name }
    }

    /// The largest page side in pixels: beyond it a PNG outgrows memory; SVG and PDF scale.
    static let maximumSide = 20_000
    /// The pixels per point a map may have: below 0.5 a page shrinks to nothing, above 8 it
    /// outgrows memory.
    static let scaleRange: ClosedRange<Double> = 0.5...8

    /// `size`, `--size WxH`: the page in pixels at scale 1, default `1600x1000`; at most
    /// 20 000 pixels per side.
    public static let size = MapSetting(
        "size", \.size, valueName: "WxH", default: "1600x1000", examples: ["800x600", "1200x900"],
        help: "Page size in pixels, WIDTHxHEIGHT.",
        parse: { text in
            guard let size = parseSize(text) else {
                throw MapSettingError(message: "'\(text)' is not a size", fix: "write WIDTHxHEIGHT in pixels, e.g. 1600x1000")
            }
            guard size.width <= Double(maximumSide), size.height <= Double(maximumSide) else {
                throw MapSettingError(message: "'\(text)' is larger than \(maximumSide) pixels per side",
                                      fix: "use a smaller size (e.g. 1600x1000) with scale 2, or SVG or PDF for large prints")
            }
            return size
        },
        format: { "\(Int($0.width))x\(Int($0.height))" })

    /// `scale`, `--scale N`: pixels per point for PNG output, 0.5 to 8, default 1.
    public static let scale = MapSetting(
        "scale", \.scale, valueName: "N", default: "1", examples: ["2", "1.5"],
        help: "Pixels per point for PNG output (2 for HiDPI), from 0.5 to 8.",
        parse: { text in
            guard let value = Double(text), scaleRange.contains(value) else {
                throw MapSettingError(message: "'\(text)' is not a scale", fix: "give a number from 0.5 to 8, e.g. 2 for HiDPI")
            }
            return value
        },
        format: { $0 == $0.rounded() ? String(Int($0)) : String($0) })

    /// `paper`, `--paper none|a4|a3|letter|tabloid[-portrait]`: the sheet a PDF is drawn on,
    /// the map filling it inside a ``Paper/margin`` of 24 points; default `none` (the page is
    /// `size`). Other formats do not use it.
    public static let paper = MapSetting(
        "paper", \.paper, valueName: "none|a4|a3|letter|tabloid[-portrait]", default: "none",
        examples: ["a4", "letter-portrait"],
        help: "Paper for PDF output: a4, a3, letter or tabloid, landscape or with -portrait (a4-portrait); the map fills the sheet inside a 24 pt margin. none: the page is --size.",
        parse: { text in
            let value = text.lowercased()
            guard value == "none" || Paper(parsing: value) != nil else {
                throw MapSettingError(message: "unknown paper '\(text)'",
                                      fix: "use a4, a3, letter or tabloid, with -portrait for upright (a4-portrait), or none")
            }
            return value
        },
        format: { $0 })

    /// `region`, `--region auto|W,S,E,N|NAME`: the area shown, `W,S,E,N` in degrees
    /// (`W > E` crosses the antimeridian), default `auto` (fit the scenario).
    public static let region = MapSetting(
        "region", \.region, valueName: "auto|W,S,E,N|NAME", default: "auto", examples: ["10,50,20,60", "-6,48,5,54"],
        help: "Area to show: auto, W,S,E,N in degrees (W > E crosses the dateline; negative values as they are: -6,48,5,54), or a place name.",
        parse: { text in
            guard !text.contains(",") || BoundingBox(parsing: text) != nil else {
                throw MapSettingError(message: "'\(text)' is not W,S,E,N",
                                      fix: "write west, south, east, north in degrees, e.g. 25,30,40,40 (W > E crosses the dateline)")
            }
            return text
        },
        format: { $0 })

    /// `projection`, `--projection auto|NAME|PROJ|EPSG:N`: a projection name, a PROJ string or
    /// an EPSG code, default `auto` (chosen for the region).
    public static let projection = MapSetting(
        "projection", \.projection, valueName: "auto|NAME|PROJ|EPSG:N", default: "auto", examples: ["mercator", "laea"],
        help: "Projection: auto, a name (mercator, lcc, stereographic, equal-earth, robinson, orthographic, laea), a PROJ string or EPSG:N.",
        parse: { $0 }, format: { $0 })

    /// `theme`, `--theme light|dark|print`: the colour scheme, default `light`.
    public static let theme = choice("theme", \.theme, default: .light, examples: [.dark, .print],
                                     help: "Colours: light, dark or print (greyscale-safe).")

    /// `resolution`, `--resolution LEVEL`: basemap detail, `auto` or a ``Geo/DetailLevel``
    /// name, default `auto` (matched to the map's scale).
    public static let resolution = MapSetting(
        "resolution", \.resolution, valueName: "LEVEL", default: "auto", examples: ["low", "high"],
        help: "Basemap detail: auto, crude, low, intermediate or high.",
        parse: { text in
            let value = text.lowercased()
            guard value == "auto" || DetailLevel(rawValue: value) != nil else {
                throw MapSettingError(message: "unknown resolution '\(text)'", fix: "use auto, crude, low, intermediate or high")
            }
            return value
        },
        format: { $0 })

    /// `transparent`, `--transparent`: leave the page background transparent; default no.
    public static let transparent = yesNo("transparent", \.transparent, help: "Leave the background transparent.")
    /// `graticule`, `--graticule`: draw parallels and meridians; default no.
    public static let graticule = yesNo("graticule", \.graticule, help: "Draw parallels and meridians.")
    /// `country_names`, `--country-names`: name the countries where there is room; default no.
    public static let countryNames = yesNo("country_names", \.countryNames, help: "Name the countries, where there is room.")
    /// `inset`, `--inset`: add a locator inset showing where the map lies; default no.
    public static let inset = yesNo("inset", \.inset, help: "Add a locator inset showing where the map lies.")

    /// `north_arrow`, `--north-arrow`: draw an arrow pointing to true north where it stands;
    /// default no.
    public static let northArrow = yesNo("north_arrow", \.northArrow, help: "Draw an arrow pointing to true north.")

    /// `detail`, `--detail auto|off|PLACE,...`: a magnified inset of the place where markers
    /// crowd, or of the places named.
    public static let detail = MapSetting(
        "detail", \.detail, valueName: "auto|off|PLACE,...", default: "auto", examples: ["off", "Tartus,Hmeimim"],
        help: "Detail inset: auto (a magnified view where markers crowd), off, or places to show magnified, comma-separated.",
        parse: { text in
            let value = text.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty else {
                throw MapSettingError(message: "the detail '\(text)' is empty", fix: "write auto, off, or place names, e.g. Tartus,Hmeimim")
            }
            return ["auto", "off"].contains(value.lowercased()) ? value.lowercased() : value
        },
        format: { $0 })

    /// `banner`, `--banner TEXT`: a classification banner across the top and bottom of the
    /// page, coloured by the level its leading words name; default `none`.
    public static let banner = MapSetting(
        "banner", \.banner, valueName: "TEXT", default: "none", examples: ["SECRET//REL TO USA, GBR", "UNCLASSIFIED"],
        help: "Classification banner at the top and bottom of the page, coloured by its level: UNCLASSIFIED, CUI, CONFIDENTIAL, SECRET or TOP SECRET (other text grey); none for no banner.",
        parse: { text in
            let value = String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
            guard !value.isEmpty, !value.contains(where: \.isNewline) else {
                throw MapSettingError(message: "the banner '\(text)' is not one line of text",
                                      fix: "write the marking on one line, e.g. SECRET//REL TO USA, GBR, or none")
            }
            return value.lowercased() == "none" ? "none" : value
        },
        format: { $0 })

    /// `svg_text`, `--svg-text outline|real`: how SVG output writes text, default `outline`.
    public static let svgText = choice("svg_text", \.svgText, default: .outline, examples: [.real, .outline],
                                       help: "SVG text: outline (exact glyph shapes) or real (editable text in named layers, for Inkscape or Illustrator).")

    /// `style`, `--style FILE.yaml|none`: a house style file whose values override the
    /// theme's (see docs/style.md), default `none`. In a scenario the path is relative to
    /// the scenario file.
    public static let style = MapSetting(
        "style", \.style, valueName: "FILE.yaml|none", default: "none", examples: ["house.yaml", "briefing.yaml"],
        help: "House style: a YAML file overriding the theme's colours, line widths, marker symbols and fonts (see docs/style.md), or none.",
        parse: { text in
            guard !text.allSatisfy(\.isWhitespace) else {
                throw MapSettingError(message: "the style is empty", fix: "name a style file, e.g. house.yaml, or write none")
            }
            return text
        },
        format: { $0 })

    /// Parses `WIDTHxHEIGHT` in pixels, e.g. `1600x1000`.
    static func parseSize(_ text: String) -> (width: Double, height: Double)? {
        let parts = text.lowercased().split(separator: "x")
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
              width > 0, height > 0 else { return nil }
        return (Double(width), Double(height))
    }

    /// Reads yes/no as scenarios and flags write it: true, yes, on, 1 or false, no, off, 0.
    public static func parseBoolean(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: return nil
        }
    }

    private static func yesNo(_ key: String, _ path: WritableKeyPath<MapSettings, Bool?> & Sendable, help: String) -> MapSetting {
        MapSetting(key, path, valueName: "true|false", default: "false", examples: ["true", "false"], help: help, isBoolean: true,
                   parse: { text in
                       guard let value = parseBoolean(text) else {
                           throw MapSettingError(message: "'\(text)' is not true or false", fix: "write true or false")
                       }
                       return value
                   },
                   format: { $0 ? "true" : "false" })
    }

    private static func choice<Value: RawRepresentable & CaseIterable & Sendable>(
        _ key: String, _ path: WritableKeyPath<MapSettings, Value?> & Sendable, default value: Value, examples: [Value], help: String
    ) -> MapSetting where Value.RawValue == String {
        let names = Value.allCases.map(\.rawValue)
        let listed = names.count == 2 ? names.joined(separator: " or ")
            : names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
        return MapSetting(key, path, valueName: names.joined(separator: "|"), default: value.rawValue,
                          examples: examples.map(\.rawValue), help: help,
                          parse: { text in
                              guard let value = Value(rawValue: text.lowercased()) else {
                                  throw MapSettingError(message: "unknown \(key.replacingOccurrences(of: "_", with: " ")) '\(text)'", fix: "use \(listed)")
                              }
                              return value
                          },
                          format: { $0.rawValue })
    }
}
