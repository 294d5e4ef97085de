import CCairo

/// A decoded PNG as premultiplied 8-bit-per-channel ARGB pixels, for checks and golden-image
/// comparison.
struct RasterImage: Sendable, Equatable {
    /// The image width in pixels.
    let width: Int
    /// The image height in pixels.
    let height: Int
    /// Premultiplied ARGB words as cairo stores them, row by row.
    let pixels: [UInt32]

    /// Decodes PNG bytes. Throws ``RenderError/cairo(operation:status:)`` when they are not a PNG.
    init(png: [UInt8]) throws {
        /// A class: cairo's read callback gets a pointer to it.
        final class Reader {
            var bytes: [UInt8]
            var offset = 0
            init(_ bytes: [UInt8]) { self.bytes = bytes }
        }
        let reader = Reader(png)
        let read: cairo_read_func_t = { closure, data, length in
            guard let closure, let data else { return CAIRO_STATUS_READ_ERROR }
            let reader = Unmanaged<Reader>.fromOpaque(closure).takeUnretainedValue()
            let count = Int(length)
            guard reader.offset + count <= reader.bytes.count else { return CAIRO_STATUS_READ_ERROR }
            reader.bytes.withUnsafeBufferPointer { buffer in
                data.update(from: buffer.baseAddress! + reader.offset, count: count)
            }
            reader.offset += count
            return CAIRO_STATUS_SUCCESS
        }
        let surface = withExtendedLifetime(reader) {
            cairo_image_surface_create_from_png_stream(read, Unmanaged.passUnretained(reader).toOpaque())!
        }
        defer { cairo_surface_destroy(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(operation: "read PNG", status: String(cString: cairo_status_to_string(status)))
        }
        cairo_surface_flush(surface)
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = cairo_image_surface_get_data(surface)!
        var pixels = [UInt32](repeating: 0, count: width * height)
        for row in 0..<height {
            let line = UnsafeRawPointer(data + row * stride).assumingMemoryBound(to: UInt32.self)
            for column in 0..<width { pixels[row * width + column] = line[column] }
        }
        self.pixels = pixels
    }

    /// The colour at a pixel, un-premultiplied.
    func color(x: Int, y: Int) -> Color {
        let value = pixels[y * width + x]
        let alpha = Double(value >> 24) / 255
        guard alpha > 0 else { return .clear }
        func channel(_ shift: UInt32) -> Double { min(Double((value >> shift) & 0xff) / 255 / alpha, 1) }
        return Color(red: channel(16), green: channel(8), blue: channel(0), alpha: alpha)
    }

    /// The fraction of pixels whose channels differ from `other`'s by more than
    /// `threshold` (0…255). Images of different sizes differ entirely.
    func differingFraction(from other: RasterImage, threshold: UInt32 = 16) -> Double {
        guard width == other.width, height == other.height else { return 1 }
        var differing = 0
        for (a, b) in zip(pixels, other.pixels) where a != b {
            for shift: UInt32 in [0, 8, 16, 24] {
                let x = (a >> shift) & 0xff, y = (b >> shift) & 0xff
                if (x > y ? x - y : y - x) > threshold {
                    differing += 1
                    break
                }
            }
        }
        return Double(differing) / Double(pixels.count)
    }
}

extension Color {
    /// The largest per-channel difference from another colour, 0…1.
    func distance(to other: Color) -> Double {
        max(abs(red - other.red), abs(green - other.green), abs(blue - other.blue), abs(alpha - other.alpha))
    }
}
