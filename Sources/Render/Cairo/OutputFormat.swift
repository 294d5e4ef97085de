/// The file formats the renderer writes.
public enum OutputFormat: String, Sendable, Codable, CaseIterable {
    /// A GeoTIFF: the PNG's pixels as RGBA, with the map's CRS and placement.
    case png, svg, pdf, tif

    /// The format a file name's extension (or a `--format` value) names, or `nil`;
    /// `tiff` is the same as `tif`.
    public init?(pathExtension: String) {
        let name = pathExtension.lowercased()
        self.init(rawValue: name == "tiff" ? "tif" : name)
    }

    /// Whether the format is a raster of pixels (PNG, GeoTIFF) rather than vector pages.
    public var isRaster: Bool { self == .png || self == .tif }
}
