import Foundation
import Geo
import Routes
import Scenario

/// Routed voyages, and flights round closed airspace, kept on disk by content, so a map
/// redrawn after a change elsewhere in its scenario (or a batch rerun after new reports) does
/// not route the same voyage or flight again.
///
/// A voyage's key is the SHA-256 of the tool version, the running executable's size and
/// modification time, the paths, sizes and modification times of the navigation data and of
/// the shoreline the router refines coasts against, the waypoints (positions and areas, to the
/// last bit) and the closed passages. A flight's key is the SHA-256 of the tool version, the
/// executable's fingerprint, the country files' (``ContentDigest/cacheSalt(_:version:folder:)``),
/// its ends to the last bit, the closed countries and the points' spacing. The stored line is
/// the routed polyline's exact doubles, so a map drawn from the cache has the same bytes as
/// one drawn after routing.
///
/// Every entry is sealed with an HMAC-SHA-256 over its key and its bytes, keyed by a secret
/// kept in the cache folder (`secret`, 32 random bytes, mode 0600, created on first use). An
/// entry read back must carry a valid seal and start and end at the voyage's end waypoints;
/// a damaged entry, or one another user planted in a shared cache (who cannot read the
/// secret), is routed again and rewritten. A cache that cannot be read or written, or whose
/// secret is not a private file of this user, is skipped: the voyage is routed and nothing fails.
public struct RouteCache: Sendable {
    /// The folder holding the entries (`routes/ab/abcdef….bin`).
    public let directory: URL
    let salt: String
    /// What every flight's key starts with: the tool, the executable and the country outlines
    /// a flight round closed airspace is routed against.
    let airSalt: String
    /// The key that seals entries; nil when the cache cannot be used safely.
    let secret: [UInt8]?
    /// The entries this cache (and its copies) read or wrote last, by key: a batch's maps of
    /// the same voyages read each from its file once.
    let recent = RecentValues<String, SeaPath>(capacity: 64)

    /// How far a stored line's ends may lie from the voyage's end waypoints, meters: the
    /// router starts and ends a voyage at the water nearest a port.
    static let endpointToleranceMeters = 50_000.0

    /// A cache in `directory` for routes made with the navigation data in `navigation`.
    /// `version` (the tool's) is part of every key, so a new version routes again.
    public init(directory: URL, version: String, navigation: URL) {
        self.directory = directory
        secret = RouteCache.secret(in: directory)
        var hash = ContentDigest()
        hash.update(Array("movemap \(version)\n".utf8))
        hash.updateFingerprintOfExecutable()
        // The navigation data by path, size and modification time, as the batch manifest
        // fingerprints resources: rebuilding the data changes every key, and no run pays for
        // reading the files twice.
        // The shoreline the router refines coasts against lies beside the navigation folder.
        let shoreline = navigation.deletingLastPathComponent().appendingPathComponent("basemap/land-i.mmb")
        for url in [navigation.appendingPathComponent("water.bin"), navigation.appendingPathComponent("passages.json"), shoreline] {
            hash.updateFingerprint(ofFile: url.path)
        }
        salt = hash.hexDigest()
        let countries = navigation.deletingLastPathComponent().appendingPathComponent("countries")
        airSalt = ContentDigest.cacheSalt("movemap air", version: version, folder: countries)
    }

    /// The cache folder users get: `$MOVEMAP_CACHE` if set (`off` turns caching off), else
    /// `$XDG_CACHE_HOME/movemap`, else `~/.cache/movemap`.
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        CacheFolder.standard(environment: environment)
    }

    /// The cache users get for maps drawn from `data` by tool version `version`, in
    /// ``standardDirectory(environment:)``; `nil` when caching is turned off.
    ///
    /// - Throws: when the navigation data cannot be found.
    public static func standard(data: DataStore, version: String) throws -> RouteCache? {
        guard let directory = standardDirectory() else { return nil }
        return RouteCache(directory: directory, version: version, navigation: try data.folder("navigation"))
    }

    /// The key of a voyage through `waypoints` with the `avoid` passages closed.
    func key(_ waypoints: [SeaWaypoint], options: SeaRouteOptions) -> String {
        var hash = ContentDigest()
        hash.update(Array("sea\n\(salt)\n".utf8))
        func put(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { hash.update($0) } }
        for waypoint in waypoints {
            put(waypoint.coordinate.latitude)
            put(waypoint.coordinate.longitude)
            hash.update(Array("passage \(waypoint.passage ?? "")\n".utf8))
            let area = waypoint.area ?? []
            hash.update(Array("area \(area.count)\n".utf8))
            for vertex in area {
                put(vertex.latitude)
                put(vertex.longitude)
            }
        }
        hash.update(Array("avoid \(options.avoid.sorted().joined(separator: ","))\n".utf8))
        // Seasonal passages are judged by the day: the departure and speed are part of the voyage.
        if !options.allow.isEmpty || options.departure != nil || options.speedKnots != nil {
            hash.update(Array("allow \(options.allow.sorted().joined(separator: ","))\n".utf8))
            put(options.departure?.timeIntervalSince1970 ?? .nan)
            put(options.speedKnots ?? .nan)
        }
        return hash.hexDigest()
    }

    /// The key of a flight from `start` to `end` round the airspace of the `closed` countries,
    /// with points no further apart than `spacing` meters.
    func flightKey(from start: Coordinate, to end: Coordinate, closed: Set<String>, spacing: Double) -> String {
        var hash = ContentDigest()
        hash.update(Array("air\n\(airSalt)\n".utf8))
        for value in [start.latitude, start.longitude, end.latitude, end.longitude, spacing] {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { hash.update($0) }
        }
        hash.update(Array("closed \(closed.sorted().joined(separator: ","))\n".utf8))
        return hash.hexDigest()
    }

    func file(_ key: String) -> URL {
        directory.appendingPathComponent("routes").appendingPathComponent(String(key.prefix(2)))
            .appendingPathComponent(key + ".bin")
    }

    /// The stored line and notes for `key` of a voyage from `start` to `end`, or nil when there
    /// is none, its seal is wrong (damaged or planted) or its ends are not the voyage's.
    func path(for key: String, from start: Coordinate, to end: Coordinate) -> SeaPath? {
        guard let path = recent.value(for: key) ?? readEntry(key),
              let first = path.points.first, let last = path.points.last,
              Geodesic.wgs84.distance(from: first, to: start) <= Self.endpointToleranceMeters,
              Geodesic.wgs84.distance(from: last, to: end) <= Self.endpointToleranceMeters else { return nil }
        return path
    }

    /// The entry of `key` read from its file with a valid seal, kept among the recent ones.
    private func readEntry(_ key: String) -> SeaPath? {
        guard let secret, let data = FileManager.default.contents(atPath: file(key).path),
              let path = Self.decode([UInt8](data), key: key, secret: secret) else { return nil }
        recent.keep(path, for: key)
        return path
    }

    /// Stores `path` under `key`; failures are ignored (the cache is an optimisation).
    func store(_ path: SeaPath, for key: String) {
        guard let secret else { return }
        writeEntry(Self.encode(path, key: key, secret: secret), for: key)
        recent.keep(path, for: key)
    }

    /// Writes an entry's `bytes` to the file of `key`, atomically; failures are ignored.
    func writeEntry(_ bytes: [UInt8], for key: String) {
        let url = file(key)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(bytes, to: url.path)
        } catch {
            return
        }
    }

    /// The secret in `directory/secret`, created with mode 0600 on first use; nil when the
    /// folder cannot hold one or the file there is not a private regular file of this user.
    static func secret(in directory: URL) -> [UInt8]? {
        let path = directory.appendingPathComponent("secret").path
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var generator = SystemRandomNumberGenerator()
        let fresh = (0..<32).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let created = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if created >= 0 {
            let written = fresh.withUnsafeBytes { write(created, $0.baseAddress!, $0.count) }
            let flushed = fsync(created) == 0
            close(created)
            if written == fresh.count && flushed { return fresh }
            unlink(path)
            return nil
        }
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid(),
              status.st_mode & 0o077 == 0, status.st_size == 32 else { return nil }
        var secret = [UInt8](repeating: 0, count: 32)
        let count = secret.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, 32) }
        return count == 32 ? secret : nil
    }

    /// `MMROUTE3`, a little-endian UInt32 point count, the latitude and longitude of each
    /// point as little-endian IEEE doubles, a UInt32 note count and each note (UInt32 byte
    /// count, UTF-8), then the 32-byte HMAC-SHA-256 under `secret` of the key and everything
    /// before it.
    static func encode(_ path: SeaPath, key: String, secret: [UInt8]) -> [UInt8] {
        var bytes = Array("MMROUTE3".utf8)
        bytes.reserveCapacity(16 + path.points.count * 16 + 32)
        withUnsafeBytes(of: UInt32(path.points.count).littleEndian) { bytes += $0 }
        for point in path.points {
            withUnsafeBytes(of: point.latitude.bitPattern.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: point.longitude.bitPattern.littleEndian) { bytes += $0 }
        }
        withUnsafeBytes(of: UInt32(path.notes.count).littleEndian) { bytes += $0 }
        for note in path.notes {
            withUnsafeBytes(of: UInt32(note.utf8.count).littleEndian) { bytes += $0 }
            bytes += note.utf8
        }
        return bytes + seal(bytes, key: key, secret: secret)
    }

    static func seal(_ bytes: [UInt8], key: String, secret: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { seal($0, key: key, secret: secret) }
    }

    /// ``seal(_:key:secret:)`` of bytes where they lie (a mapped entry), copying nothing.
    static func seal(_ bytes: UnsafeRawBufferPointer, key: String, secret: [UInt8]) -> [UInt8] {
        ContentDigest.authenticationCode(key: secret) { digest in
            digest.update(Array("\(key)\n".utf8))
            digest.update(bytes)
        }
    }

    /// Whether an entry ends in the seal of the bytes before it under `key`. Compared in full,
    /// whatever differs, so timing tells nothing about the seal.
    static func isSealed(_ entry: UnsafeRawBufferPointer, key: String, secret: [UInt8]) -> Bool {
        guard entry.count >= 32 else { return false }
        let expected = seal(UnsafeRawBufferPointer(rebasing: entry[..<(entry.count - 32)]), key: key, secret: secret)
        return zip(expected, entry.suffix(32)).reduce(UInt8(0), { $0 | ($1.0 ^ $1.1) }) == 0
    }

    /// The line and notes of an entry, or nil when it is malformed or its seal does not match.
    static func decode(_ bytes: [UInt8], key: String, secret: [UInt8]) -> SeaPath? {
        guard bytes.count >= 16 + 32, bytes[0..<8].elementsEqual("MMROUTE3".utf8) else { return nil }
        func word(_ at: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        }
        let count = Int(word(8, 4))
        guard count >= 2, bytes.count >= 16 + count * 16 + 32 else { return nil }
        guard bytes.withUnsafeBytes({ isSealed($0, key: key, secret: secret) }) else { return nil }
        var line: [Coordinate] = []
        line.reserveCapacity(count)
        for index in 0..<count {
            let at = 12 + index * 16
            let latitude = Double(bitPattern: word(at, 8)), longitude = Double(bitPattern: word(at + 8, 8))
            guard latitude.isFinite, longitude.isFinite, abs(latitude) <= 90 else { return nil }
            line.append(Coordinate(latitude: latitude, longitude: longitude))
        }
        var at = 12 + count * 16
        let end = bytes.count - 32
        let noteCount = Int(word(at, 4))
        at += 4
        var notes: [String] = []
        for _ in 0..<noteCount {
            guard at + 4 <= end else { return nil }
            let length = Int(word(at, 4))
            at += 4
            guard length <= end - at else { return nil }
            notes.append(String(decoding: bytes[at..<(at + length)], as: UTF8.self))
            at += length
        }
        guard at == end else { return nil }
        return SeaPath(points: line, notes: notes)
    }
}
