import CZlib

/// Writes a cairo ARGB32 image as a PNG (ISO/IEC 15948): 8-bit RGB when every pixel is
/// opaque, else RGBA (un-premultiplied as cairo's own writer does), with a pHYs chunk for
/// the resolution.
///
/// Faster than cairo's writer at the same pixels: rows are filtered with Up (or Sub for the
/// first) rather than libpng's trial of every filter, and deflated at level 3. Maps are
/// mostly flat colour, where these cost little size (about 10% more than level 6).
enum PNGEncoder {
    static let compressionLevel: Int32 = 3

    static func encode(data: UnsafePointer<UInt8>, width: Int, height: Int, stride: Int, dotsPerInch: Double) -> [UInt8] {
        let opaque = StraightPixels.isOpaque(data: data, width: width, height: height, stride: stride)
        let channels = opaque ? 3 : 4
        let rowBytes = width * channels
        // Signature, header and resolution, then IDAT's length (set when known) and type: the
        // stream is deflated straight after them, so the file is one buffer, never copied.
        var prefix: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header = bigEndian(UInt32(width)) + bigEndian(UInt32(height))
        header += [8, opaque ? 2 : 6, 0, 0, 0]
        append(chunk: "IHDR", header, to: &prefix)
        let perMeter = UInt32((dotsPerInch / 0.0254).rounded())
        append(chunk: "pHYs", bigEndian(perMeter) + bigEndian(perMeter) + [1], to: &prefix)
        let lengthAt = prefix.count
        prefix += [0, 0, 0, 0] + Array("IDAT".utf8)
        // Each row is converted to R, G, B(, A) with straight alpha and written after its
        // filter-type byte less the row above (Up), or less the pixel to the left (Sub) on
        // the first row, then deflated at once: no copy of the whole image is made. zlib's
        // output does not depend on how its input is handed over, so these are the bytes one
        // deflate of the whole filtered image gives.
        let deflater = Deflater(level: compressionLevel, inputCount: (rowBytes + 1) * height, prefix: prefix)
        var filtered = [UInt8](repeating: 0, count: rowBytes + 1)
        var current = [UInt8](repeating: 0, count: rowBytes), previous = current
        for row in 0..<height {
            current.withUnsafeMutableBufferPointer { out in
                StraightPixels.convert(row: StraightPixels.line(data, row: row, stride: stride), width: width,
                                       channels: channels, into: out)
            }
            filtered.withUnsafeMutableBufferPointer { out in
                current.withUnsafeBufferPointer { c in
                    previous.withUnsafeBufferPointer { p in
                        guard let o = out.baseAddress, let c = c.baseAddress, let p = p.baseAddress else { return }
                        if row == 0 {
                            o[0] = 1
                            for i in 0..<min(channels, rowBytes) { o[1 + i] = c[i] }
                            for i in min(channels, rowBytes)..<rowBytes { o[1 + i] = c[i] &- c[i - channels] }
                        } else {
                            o[0] = 2
                            for i in 0..<rowBytes { o[1 + i] = c[i] &- p[i] }
                        }
                    }
                }
            }
            deflater.add(filtered)
            swap(&current, &previous)
        }
        var png = deflater.finish()
        let length = png.count - lengthAt - 8
        png.replaceSubrange(lengthAt..<(lengthAt + 4), with: bigEndian(UInt32(length)))
        let crc = png.withUnsafeBufferPointer { crc32(0, $0.baseAddress! + lengthAt + 4, uInt(length + 4)) }
        png += bigEndian(UInt32(crc))
        append(chunk: "IEND", [], to: &png)
        return png
    }

    private static func append(chunk type: String, _ data: [UInt8], to png: inout [UInt8]) {
        let typeBytes = Array(type.utf8)
        png += bigEndian(UInt32(data.count)) + typeBytes + data
        var crc = crc32(0, typeBytes, uInt(typeBytes.count))
        crc = data.withUnsafeBufferPointer { crc32(crc, $0.baseAddress, uInt(data.count)) }
        png += bigEndian(UInt32(crc))
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }
}
