import Geo
import MapVocabulary

/// How to draw a map: page size, scale, region, projection, theme and output details.
/// The renderer's resolved input: ``MapVocabulary/MapSettings`` with every setting decided.
public struct MapOptions: Sendable, Equatable {
    /// Page width in points (pixels at scale 1).
    public var width: Double
    /// Page height in points (pixels at scale 1).
    public var height: Double
    /// Pixels per point for PNG output (2 for HiDPI).
    public var scale: Double
    /// The area to show; `nil` fits everything in the document.
    public var region: BoundingBox?
    /// A PROJ string, `EPSG:N` or a projection name; `nil` chooses from the extent.
    public var projection: String?
    /// Colours, pens and the label font.
    public var theme: Theme
    /// Leave the page background (ocean) transparent.
    public var transparent: Bool
    /// Basemap detail; `nil` chooses from the map scale.
    public var detail: DetailLevel?
    /// Draw a graticule (parallels and meridians).
    public var graticule: Bool
    /// Name the countries where their shape leaves room for the name.
    public var countryNames: Bool
    /// Draw a small locator map in the top-right corner with the main map's extent outlined.
    public var inset: Bool
    /// Draw an arrow pointing to true north, in a corner free of panels.
    public var northArrow: Bool
    /// The magnified detail inset: where markers crowd, none, or round given places.
    public var detailInset: DetailInsetRequest = .auto
    /// A classification banner across the top and bottom of the page; `nil` for none.
    /// The bands take page space: the region is fitted between them and panels and labels
    /// keep clear of them.
    public var banner: ClassificationBanner?
    /// The sheet a PDF is drawn on: the page is the paper and the map fills it inside
    /// ``MapVocabulary/Paper/margin``, replacing ``width`` and ``height``. Other formats
    /// ignore it.
    public var paper: Paper?

    /// Options with a 1600×1000-point page at scale 1, the region and projection chosen
    /// from the document, the light theme, and no graticule, country names or inset unless
    /// given, and no north arrow, banner or paper.
    public init(width: Double = 1600, height: Double = 1000, scale: Double = 1, region: BoundingBox? = nil,
                projection: String? = nil, theme: Theme = .light, transparent: Bool = false,
                detail: DetailLevel? = nil, graticule: Bool = false, countryNames: Bool = false, inset: Bool = false,
                northArrow: Bool = false, banner: ClassificationBanner? = nil, paper: Paper? = nil) {
        self.width = width
        self.height = height
        self.scale = scale
        self.region = region
        self.projection = projection
        self.theme = theme
        self.transparent = transparent
        self.detail = detail
        self.graticule = graticule
        self.countryNames = countryNames
        self.inset = inset
        self.northArrow = northArrow
        self.banner = banner
        self.paper = paper
    }
}
