import Foundation
import Render

/// The side files that place a raster map for GIS tools, written beside it atomically.
///
/// - the world file (`map.pgw` for a PNG, `map.tfw` for a GeoTIFF): the six numbers of
///   `Georeference.worldFile` (Render);
/// - `map.prj`: the CRS as ESRI WKT1, which ArcGIS and QGIS read beside a world file;
/// - for a PNG, `map.png.aux.xml`: GDAL's side file with the CRS as WKT, since GDAL's PNG
///   driver reads the world file but not `.prj` (a GeoTIFF carries its CRS inside).
public enum GeoreferenceFiles {
    /// Writes the side files of the map at `path` and returns their paths, in that order.
    /// Throws ``MovemapError/usage(_:)`` for a format that is not a raster.
    @discardableResult
    public static func write(_ georeference: Georeference, format: OutputFormat, beside path: String) throws -> [String] {
        let worldExtension: String
        switch format {
        case .png: worldExtension = "pgw"
        case .tif: worldExtension = "tfw"
        case .svg, .pdf: throw MovemapError.usage("--world-file goes with a .png or .tif output")
        }
        let base = URL(fileURLWithPath: path).deletingPathExtension().path
        var written: [String] = []
        func put(_ text: String, _ target: String) throws {
            try AtomicFile.write(Array(text.utf8), to: target)
            written.append(target)
        }
        try put(georeference.worldFileText, base + "." + worldExtension)
        if let wkt = georeference.crs?.esriWKT { try put(wkt + "\n", base + ".prj") }
        if format == .png, let xml = georeference.auxiliaryXML { try put(xml, path + ".aux.xml") }
        return written
    }
}
