import Foundation
import Geo
import MapVocabulary

/// A rendered map: the file's bytes and what the renderer had to say about it.
public struct RenderedMap: Sendable {
    /// The file: PNG, GeoTIFF, SVG or PDF bytes, the same for the same input.
    public var bytes: [UInt8]
    /// The format of ``bytes``.
    public var format: OutputFormat
    /// Problems a user should know of, e.g. labels that were dropped for lack of room.
    public var warnings: [String]
    /// The PROJ definition used and the lon/lat region shown.
    public var projection: String
    /// The lon/lat box the page shows, in degrees.
    public var region: BoundingBox
    /// Where labels went on the page, for checks (text, box).
    public var labels: [(text: String, box: PageBox)]
    /// Page bounds of every marker symbol.
    public var markers: [PageBox]
    /// Page bounds of the title block, legend, scale bar, credit line, inset and north
    /// arrow, for checks.
    public var panels: [PageBox]
    /// The banner's top and bottom bands on the page; empty without a banner.
    public var bannerBands: [PageBox]
    /// The north arrow's position and direction, when one was drawn.
    public var northArrow: NorthArrow?
    /// The world file's six values for the PNG: pixel size x, rotation, rotation,
    /// pixel size y (negative), and the centre of the top-left pixel in projected units.
    public var worldFile: [Double] { georeference.worldFile }
    /// The projection as ESRI WKT for a `.prj` file, when PROJ can express it.
    public var projectionWKT: String? { georeference.crs?.esriWKT }
    /// Where the raster's pixels lie: the world file's numbers and the CRS, as the GeoTIFF
    /// tags and the `.pgw`/`.prj`/`.aux.xml` side files state them.
    public var georeference: Georeference
}
