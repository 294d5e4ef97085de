import Foundation
import Geo

/// Whole scenarios' place readings kept on disk (``ResolutionStore``), so a map drawn again —
/// its scenario edited, the next batch of the same reports — does not search its names again:
/// a render's largest cost after start-up, some 20–50 ms of work across the cores for a
/// scenario of twenty names.
///
/// An entry is `places/ab/abcdef….bin` in the cache folder, named by the SHA-256 of the
/// mentions (every field, to the last bit: ``ResolutionCoding/key(_:)``) and of what their
/// readings depend on beyond them: the tool version, the running executable's size and
/// modification time, and the gazetteer files' paths, sizes and modification times. It holds
/// ``ResolutionCoding/encode(_:)``'s bytes, sealed like the route cache's entries with an
/// HMAC-SHA-256 under the cache's secret: a damaged or planted entry is read afresh and
/// rewritten, and the same readings come out either way. The folder keeps the ``capacity``
/// entries used last.
public struct PlaceReadingFiles: ResolutionStore {
    /// Entries kept at most (a few kilobytes each); the least recently used go first.
    public static let capacity = 512

    /// The `places` folder.
    let directory: URL
    let salt: String
    let secret: [UInt8]?

    /// The reading files in the cache folder users get (``CacheFolder``) for scenarios read
    /// with `data`'s gazetteer by tool version `version`; nil when caching is turned off.
    public static func standard(data: DataStore, version: String) -> PlaceReadingFiles? {
        guard let directory = CacheFolder.standard(), let gazetteer = try? data.folder("gazetteer") else { return nil }
        return PlaceReadingFiles(directory: directory, version: version, gazetteer: gazetteer)
    }

    /// Reading files in the cache folder `directory`.
    public init(directory: URL, version: String, gazetteer: URL) {
        self.directory = directory.appendingPathComponent("places")
        secret = RouteCache.secret(in: directory)
        salt = ContentDigest.cacheSalt("movemap places", version: version, folder: gazetteer)
    }

    /// The key of `mentions`: the salt and their bytes.
    func key(_ mentions: [Gazetteer.Mention]) -> String {
        var hash = ContentDigest()
        hash.update(Array("places\n\(salt)\n".utf8))
        hash.update(ResolutionCoding.key(mentions))
        return hash.hexDigest()
    }

    func file(_ key: String) -> URL {
        directory.appendingPathComponent(String(key.prefix(2))).appendingPathComponent(key + ".bin")
    }

    public func resolutions(for mentions: [Gazetteer.Mention]) -> [PlaceResolution]? {
        guard let secret, !mentions.isEmpty else { return nil }
        let key = key(mentions), url = file(key)
        guard let entry = try? MappedBytes(mapping: url), let readings = Self.decode(entry.bytes, key: key, secret: secret),
              readings.count == mentions.count, zip(readings, mentions).allSatisfy({ $0.query == $1.text }) else { return nil }
        // Used now: the last to be let go.
        utime(url.path, nil)
        return readings
    }

    public func keep(_ resolutions: [PlaceResolution], for mentions: [Gazetteer.Mention]) {
        guard let secret, !mentions.isEmpty, resolutions.count == mentions.count else { return }
        let key = key(mentions), url = file(key)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(Self.encode(resolutions, key: key, secret: secret), to: url.path)
        } catch {
            return
        }
        CacheEntries.trim(directory, keeping: Self.capacity)
    }

    /// `MMPLACE1`, ``ResolutionCoding/encode(_:)``'s bytes, then the 32-byte HMAC-SHA-256
    /// under `secret` of the key and everything before it.
    static func encode(_ resolutions: [PlaceResolution], key: String, secret: [UInt8]) -> [UInt8] {
        let bytes = Array("MMPLACE1".utf8) + ResolutionCoding.encode(resolutions)
        return bytes + RouteCache.seal(bytes, key: "places \(key)", secret: secret)
    }

    /// The readings of an entry, or nil when it is malformed or its seal does not match.
    static func decode(_ bytes: UnsafeRawBufferPointer, key: String, secret: [UInt8]) -> [PlaceResolution]? {
        guard bytes.count >= 8 + 32, bytes[0..<8].elementsEqual("MMPLACE1".utf8),
              RouteCache.isSealed(bytes, key: "places \(key)", secret: secret) else { return nil }
        return ResolutionCoding.decode(UnsafeRawBufferPointer(rebasing: bytes[8..<(bytes.count - 32)]))
    }
}

/// The entries of a cache folder (`ab/abcdef….bin` files), trimmed to the ones used last.
enum CacheEntries {
    /// Removes the entries under `directory` used least recently (by modification time,
    /// which a read touches) beyond `capacity`.
    static func trim(_ directory: URL, keeping capacity: Int) {
        let manager = FileManager.default
        guard let folders = try? manager.contentsOfDirectory(atPath: directory.path) else { return }
        var entries: [(path: String, time: Date)] = []
        for folder in folders {
            let path = directory.appendingPathComponent(folder).path
            for name in (try? manager.contentsOfDirectory(atPath: path)) ?? [] where name.hasSuffix(".bin") {
                let file = path + "/" + name
                let time = (try? manager.attributesOfItem(atPath: file))?[.modificationDate] as? Date ?? .distantPast
                entries.append((file, time))
            }
        }
        guard entries.count > capacity else { return }
        for entry in entries.sorted(by: { ($0.time, $0.path) > ($1.time, $1.path) }).dropFirst(capacity) {
            try? manager.removeItem(atPath: entry.path)
        }
    }
}
