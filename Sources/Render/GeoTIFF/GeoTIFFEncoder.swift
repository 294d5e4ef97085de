import CGeoTIFF

/// Writes a cairo ARGB32 image as a GeoTIFF (OGC GeoTIFF 1.1 on TIFF 6.0): 8-bit RGBA with
/// unassociated alpha — the PNG's pixels, converted by the same code — deflate-compressed
/// with the horizontal predictor, in strips of about 256 KB; the raster is pixel-is-area,
/// placed by ModelPixelScale and a ModelTiepoint at the top-left corner, and the CRS is
/// stated by ``GeoKeys``.
///
/// No date, software or host tag is written and the byte order is fixed (little-endian),
/// so the same map gives the same bytes.
enum GeoTIFFEncoder {
    static func encode(data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, dotsPerInch: Double,
                       georeference: Georeference) throws -> [UInt8] {
        let file = try TIFFMemoryFile()
        let rowBytes = width * 4
        try file.set(TIFFTAG_IMAGEWIDTH, integer: UInt32(width))
        try file.set(TIFFTAG_IMAGELENGTH, integer: UInt32(height))
        try file.set(TIFFTAG_BITSPERSAMPLE, integer: 8)
        try file.set(TIFFTAG_SAMPLESPERPIXEL, integer: 4)
        try file.setExtraSamples([UInt16(EXTRASAMPLE_UNASSALPHA)])
        try file.set(TIFFTAG_PHOTOMETRIC, integer: UInt32(PHOTOMETRIC_RGB))
        try file.set(TIFFTAG_PLANARCONFIG, integer: UInt32(PLANARCONFIG_CONTIG))
        try file.set(TIFFTAG_COMPRESSION, integer: UInt32(COMPRESSION_ADOBE_DEFLATE))
        try file.set(TIFFTAG_PREDICTOR, integer: UInt32(PREDICTOR_HORIZONTAL))
        try file.set(TIFFTAG_ROWSPERSTRIP, integer: UInt32(max(1, min(height, 262_144 / max(rowBytes, 1)))))
        try file.set(TIFFTAG_RESOLUTIONUNIT, integer: UInt32(RESUNIT_INCH))
        try file.set(TIFFTAG_XRESOLUTION, real: dotsPerInch)
        try file.set(TIFFTAG_YRESOLUTION, real: dotsPerInch)
        try writeGeoreference(georeference, to: file)
        var row = [UInt8](repeating: 0, count: rowBytes)
        for index in 0..<height {
            try row.withUnsafeMutableBufferPointer { out in
                StraightPixels.convert(row: StraightPixels.line(data, row: index, stride: stride), width: width,
                                       channels: 4, into: out)
                try file.writeScanline(out, at: index)
            }
        }
        return try file.finish()
    }

    /// The transform tags and the GeoKey directory.
    private static func writeGeoreference(_ georeference: Georeference, to file: TIFFMemoryFile) throws {
        let scale = georeference.pixelSize, origin = georeference.origin
        try file.set(TIFFTAG_GEOPIXELSCALE, doubles: [scale.x, scale.y, 0])
        try file.set(TIFFTAG_GEOTIEPOINTS, doubles: [0, 0, 0, origin.x, origin.y, 0])
        guard let keys = GTIFNew(UnsafeMutableRawPointer(file.handle)) else {
            throw RenderError.geoTIFF(operation: "start the GeoKeys", message: "libgeotiff could not attach to the file")
        }
        defer { GTIFFree(keys) }
        for entry in GeoKeys(georeference.crs).entries {
            let status: Int32
            switch entry.value {
            case let .short(value): status = movemap_geokey_set_short(keys, entry.key, value)
            case let .double(value): status = movemap_geokey_set_double(keys, entry.key, value)
            case let .ascii(text): status = movemap_geokey_set_ascii(keys, entry.key, text)
            }
            guard status == 1 else {
                throw RenderError.geoTIFF(operation: "set GeoKey \(entry.key.rawValue)", message: "libgeotiff refused it")
            }
        }
        guard GTIFWriteKeys(keys) == 1 else {
            throw RenderError.geoTIFF(operation: "write the GeoKeys", message: "libgeotiff could not write them")
        }
    }
}
