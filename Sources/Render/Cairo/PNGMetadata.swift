/// Small edits to PNG byte streams: the physical resolution (pHYs) chunk.
enum PNGMetadata {
    /// The PNG with a pHYs chunk after IHDR stating `dotsPerInch` on both axes.
    static func settingResolution(of png: [UInt8], dotsPerInch: Double) -> [UInt8] {
        // Signature (8) + IHDR chunk (4 length + 4 type + 13 data + 4 CRC) = 33 bytes.
        guard png.count > 33, png[12..<16].elementsEqual(Array("IHDR".utf8)) else { return png }
        let perMeter = UInt32((dotsPerInch / 0.0254).rounded())
        var chunk: [UInt8] = Array("pHYs".utf8)
        chunk += bigEndian(perMeter) + bigEndian(perMeter) + [1]
        var output = Array(png[0..<33])
        output += bigEndian(9) + chunk + bigEndian(CRC32.checksum(chunk))
        output += png[33...]
        return output
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xff), UInt8((value >> 8) & 0xff), UInt8(value & 0xff)]
    }
}

/// CRC-32 as PNG and zlib use it (polynomial 0xEDB88320).
enum CRC32 {
    static let table: [UInt32] = (0..<256).map { index -> UInt32 in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xff)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
