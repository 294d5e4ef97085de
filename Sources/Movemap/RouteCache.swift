import Foundation
import Geo
import Routes

/// Routed voyages kept on disk by content, so a map redrawn after a change elsewhere in its
/// scenario (or a batch rerun after new reports) does not route the same voyage again.
///
/// A voyage's key is the SHA-256 of the tool version, the running executable's size and
/// modification time, the paths, sizes and modification times of the navigation data and of
/// the shoreline the router refines coasts against, the waypoints (positions and areas, to the
/// last bit) and the closed passages. The stored line is the routed polyline's exact doubles,
/// so a map drawn from the cache has the same bytes as one drawn after routing. A cache that
/// cannot be read or written is skipped: the voyage is routed and nothing fails.
public struct RouteCache: Sendable {
    /// The folder holding the entries (`routes/ab/abcdef….bin`).
    public let directory: URL
    private let salt: String

    /// A cache in `directory` for routes made with the navigation data in `navigation`.
    public init(directory: URL, version: String, navigation: URL) {
        self.directory = directory
        var hash = SHA256()
        hash.update(Array("movemap \(version)\n".utf8))
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
           let binary = try? FileManager.default.attributesOfItem(atPath: resolved) {
            let size = (binary[.size] as? NSNumber)?.int64Value ?? 0
            let time = (binary[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            hash.update(Array("\(resolved) \(size) \(time)\n".utf8))
        }
        // The navigation data by path, size and modification time, as the batch manifest
        // fingerprints resources: rebuilding the data changes every key, and no run pays for
        // reading the files twice.
        // The shoreline the router refines coasts against lies beside the navigation folder.
        let shoreline = navigation.deletingLastPathComponent().appendingPathComponent("basemap/land-i.mmb")
        for url in [navigation.appendingPathComponent("water.bin"), navigation.appendingPathComponent("passages.json"), shoreline] {
            let path = url.path
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
            let time = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            hash.update(Array("\(path) \(size) \(time)\n".utf8))
        }
        salt = hash.hexDigest()
    }

    /// The cache folder users get: `$MOVEMAP_CACHE` if set (`off` turns caching off), else
    /// `$XDG_CACHE_HOME/movemap`, else `~/.cache/movemap`.
    public static func standardDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let chosen = environment["MOVEMAP_CACHE"], !chosen.isEmpty {
            return chosen == "off" ? nil : URL(fileURLWithPath: chosen)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("movemap")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/movemap")
    }

    /// The key of a voyage through `waypoints` with the `avoid` passages closed.
    func key(_ waypoints: [SeaWaypoint], avoid: Set<String>) -> String {
        var hash = SHA256()
        hash.update(Array("sea\n\(salt)\n".utf8))
        func put(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { hash.update($0) } }
        for waypoint in waypoints {
            put(waypoint.coordinate.latitude)
            put(waypoint.coordinate.longitude)
            let area = waypoint.area ?? []
            hash.update(Array("area \(area.count)\n".utf8))
            for vertex in area {
                put(vertex.latitude)
                put(vertex.longitude)
            }
        }
        hash.update(Array("avoid \(avoid.sorted().joined(separator: ","))\n".utf8))
        return hash.hexDigest()
    }

    private func file(_ key: String) -> URL {
        directory.appendingPathComponent("routes").appendingPathComponent(String(key.prefix(2)))
            .appendingPathComponent(key + ".bin")
    }

    /// The stored line for `key`, or nil when there is none or it is damaged.
    func line(for key: String) -> [Coordinate]? {
        guard let data = FileManager.default.contents(atPath: file(key).path) else { return nil }
        return Self.decode([UInt8](data))
    }

    /// Stores `line` under `key`; failures are ignored (the cache is an optimisation).
    func store(_ line: [Coordinate], for key: String) {
        let url = file(key)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try AtomicFile.write(Self.encode(line), to: url.path)
        } catch {
            return
        }
    }

    /// `MMROUTE1`, a little-endian UInt32 point count, then latitude and longitude of each
    /// point as little-endian IEEE doubles.
    static func encode(_ line: [Coordinate]) -> [UInt8] {
        var bytes = Array("MMROUTE1".utf8)
        bytes.reserveCapacity(12 + line.count * 16)
        withUnsafeBytes(of: UInt32(line.count).littleEndian) { bytes += $0 }
        for point in line {
            withUnsafeBytes(of: point.latitude.bitPattern.littleEndian) { bytes += $0 }
            withUnsafeBytes(of: point.longitude.bitPattern.littleEndian) { bytes += $0 }
        }
        return bytes
    }

    static func decode(_ bytes: [UInt8]) -> [Coordinate]? {
        guard bytes.count >= 12, bytes[0..<8].elementsEqual("MMROUTE1".utf8) else { return nil }
        func word(_ at: Int, _ size: Int) -> UInt64 {
            (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        }
        let count = Int(word(8, 4))
        guard count >= 2, bytes.count == 12 + count * 16 else { return nil }
        var line: [Coordinate] = []
        line.reserveCapacity(count)
        for index in 0..<count {
            let at = 12 + index * 16
            let latitude = Double(bitPattern: word(at, 8)), longitude = Double(bitPattern: word(at + 8, 8))
            guard latitude.isFinite, longitude.isFinite, abs(latitude) <= 90 else { return nil }
            line.append(Coordinate(latitude: latitude, longitude: longitude))
        }
        return line
    }
}
