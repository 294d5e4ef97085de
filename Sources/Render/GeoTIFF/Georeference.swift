import Foundation
import Geo

/// Where a raster map lies on the Earth: the affine transform from pixels to CRS units and
/// the CRS. The one source of the world file, the GeoTIFF tags and the `.aux.xml`.
public struct Georeference: Sendable, Equatable {
    /// The world file's six values: pixel width, two rotation terms (0), pixel height
    /// (negative: rows go south), and x, y of the *centre* of the top-left pixel, in CRS
    /// units (meters, or degrees for a longitude/latitude map).
    public var worldFile: [Double]
    /// The CRS, when PROJ could describe it; `nil` writes the transform without a CRS. A
    /// placement made from a projection's definition describes it when first asked (a PNG
    /// without side files never does).
    public var crs: CRSDescription? {
        get { definition.map(Projection.crsDescription(of:)) ?? described }
        set {
            described = newValue
            definition = nil
        }
    }

    private var described: CRSDescription?
    /// The projection definition the CRS is described from, until ``crs`` is set.
    private var definition: String?

    /// The placement from the world file's six numbers and the CRS.
    public init(worldFile: [Double], crs: CRSDescription?) {
        precondition(worldFile.count == 6, "a world file has six values")
        self.worldFile = worldFile
        described = crs
    }

    /// The placement from the world file's six numbers and the definition of the map's
    /// projection, described as a CRS when ``crs`` is first read.
    public init(worldFile: [Double], projection definition: String) {
        precondition(worldFile.count == 6, "a world file has six values")
        self.worldFile = worldFile
        self.definition = definition
    }

    public static func == (a: Georeference, b: Georeference) -> Bool {
        a.worldFile == b.worldFile && a.crs == b.crs
    }

    /// Pixel width and height in CRS units, both positive: GeoTIFF's ModelPixelScale x, y.
    public var pixelSize: (x: Double, y: Double) { (worldFile[0], -worldFile[3]) }

    /// The top-left *corner* of the top-left pixel in CRS units: GDAL's origin and the
    /// GeoTIFF tie point for a pixel-is-area raster (the world file names the centre).
    public var origin: (x: Double, y: Double) {
        (worldFile[4] - worldFile[0] / 2, worldFile[5] - worldFile[3] / 2)
    }

    /// GDAL's geotransform: origin x, pixel width, 0, origin y, 0, pixel height (negative).
    public var geoTransform: [Double] {
        [origin.x, worldFile[0], worldFile[1], origin.y, worldFile[2], worldFile[3]]
    }

    /// The world file's text: six lines, ten decimals each.
    public var worldFileText: String {
        worldFile.map { String(format: "%.10f", $0) }.joined(separator: "\n") + "\n"
    }

    /// GDAL's side file (`map.png.aux.xml`) stating the CRS, which GDAL's PNG driver reads
    /// (it ignores `.prj`); `nil` without a CRS.
    public var auxiliaryXML: String? {
        guard let wkt = crs?.gdalWKT else { return nil }
        return "<PAMDataset>\n  <SRS dataAxisToSRSAxisMapping=\"1,2\">\(Georeference.escaped(wkt))</SRS>\n</PAMDataset>\n"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
