import CCairo
import Foundation
import Testing
@testable import Render

@Suite("PNG encoder")
struct PNGEncoderTests {
    /// A 3×2 image of premultiplied ARGB words, encoded and read back through libpng.
    func roundTrip(_ words: [UInt32]) throws -> (png: [UInt8], image: RasterImage) {
        var words = words
        let png = words.withUnsafeMutableBytes { raw in
            PNGEncoder.encode(data: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), width: 3, height: 2,
                              stride: 12, dotsPerInch: 144)
        }
        return (png, try RasterImage(png: png))
    }

    @Test("an opaque image is written as RGB and reads back pixel for pixel")
    func opaque() throws {
        let words: [UInt32] = [0xff_c9dcea, 0xff_f3f0e8, 0xff_000000, 0xff_ffffff, 0xff_1f4e9a, 0xff_c0392b]
        let (png, image) = try roundTrip(words)
        #expect(png[25] == 2, "colour type RGB")
        #expect(image.pixels == words)
        // pHYs: 144 dpi is 5669 pixels per metre on both axes, unit metre.
        let phys = try #require(png.indices.first { png[$0..<($0 + 4)].elementsEqual("pHYs".utf8) })
        #expect(Array(png[(phys + 4)..<(phys + 13)]) == [0, 0, 0x16, 0x25, 0, 0, 0x16, 0x25, 1])
    }

    @Test("a large opaque image, filtered over its own pixels row by row, reads back pixel for pixel; padded rows too",
          arguments: [(257, 131, 257 * 4), (64, 300, 64 * 4 + 16)])
    func largeOpaque(width: Int, height: Int, stride: Int) throws {
        // Flat areas, edges and noise, as maps have.
        var state: UInt64 = 42
        var words = [UInt32](repeating: 0, count: stride / 4 * height)
        for row in 0..<height {
            for column in 0..<width {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                let flat: UInt32 = row < height / 2 ? 0xff_c9dcea : 0xff_f3f0e8
                words[row * stride / 4 + column] = column % 17 == 0 ? 0xff00_0000 | UInt32(truncatingIfNeeded: state >> 40) : flat
            }
        }
        let expected = (0..<height).flatMap { row in words[(row * stride / 4)..<(row * stride / 4 + width)] }
        var pixels = words
        let png = pixels.withUnsafeMutableBytes { raw in
            PNGEncoder.encode(data: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), width: width, height: height,
                              stride: stride, dotsPerInch: 72)
        }
        #expect(png[25] == 2, "colour type RGB")
        #expect(try RasterImage(png: png).pixels == expected)
    }

    @Test("an image with transparency is written as straight-alpha RGBA and reads back within rounding")
    func transparent() throws {
        let words: [UInt32] = [0x00_000000, 0x80_402010, 0xff_123456, 0x40_3f3f3f, 0x01_010101, 0xff_ffffff]
        let (png, image) = try roundTrip(words)
        #expect(png[25] == 6, "colour type RGBA")
        for (written, read) in zip(words, image.pixels) {
            for shift: UInt32 in [0, 8, 16, 24] {
                let a = Int((written >> shift) & 0xff), b = Int((read >> shift) & 0xff)
                #expect(abs(a - b) <= 1, "\(String(written, radix: 16)) read as \(String(read, radix: 16))")
            }
        }
    }
}
