import Foundation
import Geo
import Render

/// Map backgrounds kept on disk by view, so a map drawn again — its scenario edited, a report
/// added, the same region in the next batch — does not draw its ocean, land, coastlines and
/// borders again (``MapLayerCache``, ``LayerStore``).
///
/// An entry is `layers/ab/abcdef….bin` in the cache folder, named by the SHA-256 of the view
/// key and of what the pixels depend on beyond it: the tool version, the running executable's
/// size and modification time, and the basemap files' paths, sizes and modification times.
/// Like the route cache's entries it is sealed with an HMAC-SHA-256 under the cache's secret,
/// so a damaged or planted entry is drawn afresh and rewritten; the same pixels come out
/// either way. The pixels are stored as runs of equal 32-bit pixels, which a map's flat sea
/// and land make short: about a megabyte for a 1600×1000 map, read back in a few
/// milliseconds. The folder keeps the ``capacity`` entries used last.
public struct LayerFiles: LayerStore {
    /// Entries kept at most; the least recently used go first.
    public static let capacity = 16

    /// The `layers` folder.
    let directory: URL
    let salt: String
    let secret: [UInt8]?

    /// The layer files in the cache folder users get (``CacheFolder``) for maps drawn from
    /// `data`'s basemap by tool version `version`; nil when caching is turned off.
    public static func standard(data: DataStore, version: String) -> LayerFiles? {
        guard let directory = CacheFolder.standard(), let basemap = try? data.folder("basemap") else { return nil }
        return LayerFiles(directory: directory, version: version, basemap: basemap)
    }

    /// Layer files in the cache folder `directory`.
    public init(directory: URL, version: String, basemap: URL) {
        self.directory = directory.appendingPathComponent("layers")
        secret = RouteCache.secret(in: directory)
        salt = ContentDigest.cacheSalt("movemap layers", version: version, folder: basemap)
    }

    func file(_ key: String) -> URL {
        var hash = ContentDigest()
        hash.update(Array("\(salt)\n\(key)".utf8))
        let name = hash.hexDigest()
        return directory.appendingPathComponent(String(name.prefix(2))).appendingPathComponent(name + ".bin")
    }

    public func read(_ key: String, into pixels: UnsafeMutableRawBufferPointer) -> Bool {
        guard let secret else { return false }
        let url = file(key)
        // Mapped, not read: the entry is checked and decoded where it lies, straight into the
        // canvas, so a map drawn from the cache holds no second copy of its pixels.
        guard let entry = try? MappedBytes(mapping: url),
              Self.decode(entry.bytes, key: key, into: pixels, secret: secret) else { return false }
        // Used now: the last to be let go.
        utime(url.path, nil)
        return true
    }

    public func keep(_ pixels: UnsafeRawBufferPointer, for key: String) {
        guard let secret, pixels.count % 4 == 0 else { return }
        let url = file(key)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(Self.encode(pixels, key: key, secret: secret), to: url.path)
        } catch {
            return
        }
        trim()
    }

    /// Removes the entries used least recently beyond ``capacity``.
    func trim() {
        CacheEntries.trim(directory, keeping: Self.capacity)
    }

    /// `MMLAYER1`, the pixel byte count as a little-endian UInt32, then runs of equal 32-bit
    /// pixels, each a little-endian UInt32 length and the pixel's four bytes, and the 32-byte
    /// HMAC-SHA-256 under `secret` of the key and everything before it. `pixels` holds whole
    /// 32-bit pixels (Cairo's rows do).
    static func encode(_ pixels: UnsafeRawBufferPointer, key: String, secret: [UInt8]) -> [UInt8] {
        let words = pixels.count / 4
        // Written through a pointer into room for the worst case (every pixel its own run);
        // the pages a map's few runs never reach take no memory.
        let bytes = [UInt8](unsafeUninitializedCapacity: 12 + 8 * words) { buffer, count in
            let out = UnsafeMutableRawBufferPointer(buffer)
            for (offset, byte) in "MMLAYER1".utf8.enumerated() { out[offset] = byte }
            out.storeBytes(of: UInt32(pixels.count).littleEndian, toByteOffset: 8, as: UInt32.self)
            var at = 12, index = 0
            while index < words {
                let pixel = pixels.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self)
                var end = index + 1
                while end < words, pixels.loadUnaligned(fromByteOffset: end * 4, as: UInt32.self) == pixel { end += 1 }
                out.storeBytes(of: UInt32(end - index).littleEndian, toByteOffset: at, as: UInt32.self)
                out.storeBytes(of: pixel, toByteOffset: at + 4, as: UInt32.self)
                at += 8
                index = end
            }
            count = at
        }
        return bytes + RouteCache.seal(bytes, key: "layer \(key)", secret: secret)
    }

    /// Writes the pixels of an entry into `pixels` and returns true; false, writing nothing,
    /// when the entry is malformed, not `pixels.count` bytes of pixels, or its seal does not
    /// match.
    static func decode(_ bytes: UnsafeRawBufferPointer, key: String, into pixels: UnsafeMutableRawBufferPointer,
                       secret: [UInt8]) -> Bool {
        let count = pixels.count
        guard bytes.count >= 12 + 32, bytes[0..<8].elementsEqual("MMLAYER1".utf8) else { return false }
        let stored = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self)))
        guard stored == count, count % 4 == 0 else { return false }
        guard RouteCache.isSealed(bytes, key: "layer \(key)", secret: secret) else { return false }
        let body = UnsafeRawBufferPointer(rebasing: bytes[0..<(bytes.count - 32)])
        // The runs must cover the pixels exactly before any is written.
        let words = count / 4
        var read = 12, covered = 0
        while read + 8 <= body.count {
            let run = Int(UInt32(littleEndian: body.loadUnaligned(fromByteOffset: read, as: UInt32.self)))
            guard run > 0, covered + run <= words else { return false }
            covered += run
            read += 8
        }
        guard read == body.count, covered == words else { return false }
        writeRuns(body, into: pixels)
        return true
    }

    /// Writes the runs of a checked entry's `body` (from byte 12) into `pixels`.
    private static func writeRuns(_ body: UnsafeRawBufferPointer, into pixels: UnsafeMutableRawBufferPointer) {
        pixels.withMemoryRebound(to: UInt32.self) { words in
            var read = 12, written = 0
            while read + 8 <= body.count {
                let run = Int(UInt32(littleEndian: body.loadUnaligned(fromByteOffset: read, as: UInt32.self)))
                let pixel = body.loadUnaligned(fromByteOffset: read + 4, as: UInt32.self)
                read += 8
                UnsafeMutableBufferPointer(rebasing: words[written..<(written + run)]).update(repeating: pixel)
                written += run
            }
        }
    }
}
