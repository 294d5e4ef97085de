import Geo

/// Map settings as a scenario's `map:` section or the command line gives them: every field
/// is optional, `nil` meaning "not said here". ``MapSetting`` defines each one; settings
/// said in two places combine with ``overriding(_:)``.
public struct MapSettings: Sendable, Hashable {
    /// Page width in pixels at scale 1.
    public var width: Double?
    /// Page height in pixels at scale 1.
    public var height: Double?
    /// Pixels per point for PNG output (2 for HiDPI).
    public var scale: Double?
    /// `auto`, `W,S,E,N` in degrees, or a place name.
    public var region: String?
    /// `auto`, a projection name, a PROJ string or `EPSG:N`.
    public var projection: String?
    /// The colour scheme.
    public var theme: ThemeName?
    /// Leave the page background transparent.
    public var transparent: Bool?
    /// Basemap detail: `auto`, `crude`, `low`, `intermediate` or `high`.
    public var resolution: String?
    /// Draw parallels and meridians.
    public var graticule: Bool?
    /// Name the countries where their shape leaves room.
    public var countryNames: Bool?
    /// Draw a locator inset showing where the map lies.
    public var inset: Bool?
    /// The sheet a PDF is drawn on: `none`, or a ``Paper`` name such as `a4-portrait`.
    public var paper: String?
    /// Draw an arrow pointing to true north.
    public var northArrow: Bool?
    /// The classification banner's text, or `none`.
    public var banner: String?
    /// The magnified detail inset: `auto` (where markers crowd), `off`, or the places to show,
    /// comma-separated.
    public var detail: String?
    /// How SVG output writes its text.
    public var svgText: SVGTextMode?
    /// A house style file overriding the theme's values, or `none`; a scenario's path is
    /// made relative to the scenario file when read.
    public var style: String?

    /// Settings that say nothing: every field `nil`.
    public init() {}

    /// Width and height together.
    public var size: (width: Double, height: Double)? {
        get { width.map { ($0, height ?? $0) } }
        set { width = newValue?.width; height = newValue?.height }
    }

    /// These settings, with every setting `self` leaves unsaid taken from `base`: a flag
    /// overrides the scenario, `flags.overriding(scenario).overriding(.defaults)`.
    public func overriding(_ base: MapSettings) -> MapSettings {
        var merged = self
        for setting in MapSetting.all where setting.text(self) == nil { setting.copy(base, &merged) }
        return merged
    }

    /// Every setting at its default value (``MapSetting/defaultText``).
    public static let defaults: MapSettings = {
        var settings = MapSettings()
        for setting in MapSetting.all {
            // The defaults are written in this module and parse by construction.
            try! setting.assign(setting.defaultText, to: &settings)
        }
        return settings
    }()

    /// The settings said, as `key=value` pairs in vocabulary order (for logs and batch
    /// manifests: the same settings give the same text).
    public var description: String {
        MapSetting.all.compactMap { setting in setting.text(self).map { "\(setting.key)=\($0)" } }.joined(separator: " ")
    }
}
