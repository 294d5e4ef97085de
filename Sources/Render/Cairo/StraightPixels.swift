/// Converts cairo's premultiplied ARGB32 words to straight (un-premultiplied) 8-bit
/// R, G, B(, A) bytes, as PNG and TIFF store them; the one conversion both writers use, so
/// a GeoTIFF holds exactly the PNG's pixels.
enum StraightPixels {
    /// Whether every pixel of the image is opaque.
    static func isOpaque(data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int) -> Bool {
        for row in 0..<height {
            let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width where line[column] >> 24 != 0xff { return false }
        }
        return true
    }

    /// Writes one row of `width` pixels into `out` as `channels` bytes each: 4 for any image (a
    /// fully transparent pixel becomes 0, 0, 0, 0, others are un-premultiplied with rounding),
    /// 3 only for an opaque one (its colours are straight already).
    static func convert(row line: UnsafePointer<UInt32>, width: Int, channels: Int, into out: UnsafeMutableBufferPointer<UInt8>) {
        if channels == 3 {
            // An opaque image (``isOpaque(data:width:height:stride:)``): every pixel's alpha is
            // 255, so its colour is already straight — three byte moves, no division.
            guard let base = out.baseAddress else { return }
            for column in 0..<width {
                let value = line[column]
                base[3 * column] = UInt8(truncatingIfNeeded: value >> 16)
                base[3 * column + 1] = UInt8(truncatingIfNeeded: value >> 8)
                base[3 * column + 2] = UInt8(truncatingIfNeeded: value)
            }
            return
        }
        var at = 0
        for column in 0..<width {
            let value = line[column]
            let alpha = value >> 24
            var red = (value >> 16) & 0xff, green = (value >> 8) & 0xff, blue = value & 0xff
            if alpha == 0 {
                red = 0; green = 0; blue = 0
            } else if alpha != 0xff {
                red = (red * 255 + alpha / 2) / alpha
                green = (green * 255 + alpha / 2) / alpha
                blue = (blue * 255 + alpha / 2) / alpha
            }
            out[at] = UInt8(red); out[at + 1] = UInt8(green); out[at + 2] = UInt8(blue)
            if channels == 4 { out[at + 3] = UInt8(alpha) }
            at += channels
        }
    }

    /// The row `row` of the image, as a pointer to its words.
    static func line(_ data: UnsafePointer<UInt8>, row: Int, stride: Int) -> UnsafePointer<UInt32> {
        UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
    }
}
