import Foundation
import Geo
import Routes

/// Whole voyages — legs with their names, lines, lengths and snaps, and the passages taken —
/// for `route sea`, which prints all of them, beside the lines a map needs.
///
/// A voyage's key covers what a line's does (tool, executable, navigation data, waypoints to
/// the last bit) and the waypoints' names and the passages avoided and allowed. Entries are
/// sealed like lines; one read back must carry a valid seal and legs that join the voyage's
/// own waypoints, else the voyage is routed again.
extension RouteCache {
    /// The key of a whole voyage through `waypoints` with `options`: its line's key and the
    /// waypoints' names.
    func voyageKey(_ waypoints: [SeaWaypoint], options: SeaRouteOptions) -> String {
        var hash = ContentDigest()
        hash.update(Array("voyage\n\(key(waypoints, options: options))\n".utf8))
        for waypoint in waypoints {
            let name = Array(waypoint.name.utf8)
            hash.update(Array("name \(name.count)\n".utf8) + name)
        }
        return hash.hexDigest()
    }

    /// The stored voyage for `key` through `waypoints`, or nil when there is none, its seal is
    /// wrong, or its legs do not run from the first waypoint to the last.
    func voyage(for key: String, through waypoints: [SeaWaypoint]) -> SeaRoute? {
        guard let secret, let first = waypoints.first, let last = waypoints.last,
              let data = FileManager.default.contents(atPath: file(key).path),
              let route = Self.decodeVoyage([UInt8](data), key: key, secret: secret),
              let head = route.legs.first, let tail = route.legs.last,
              head.from == first.name, tail.to == last.name,
              let start = head.points.first, let end = tail.points.last,
              Geodesic.wgs84.distance(from: start, to: first.coordinate) <= Self.endpointToleranceMeters,
              Geodesic.wgs84.distance(from: end, to: last.coordinate) <= Self.endpointToleranceMeters else { return nil }
        return route
    }

    /// Stores `route` under `key`; failures are ignored (the cache is an optimisation).
    func store(_ route: SeaRoute, for key: String) {
        guard let secret else { return }
        writeEntry(Self.encodeVoyage(route, key: key, secret: secret), for: key)
    }

    /// `MMVOYAG2`; a little-endian UInt32 leg count; per leg its from and to names (UInt32
    /// byte count, UTF-8), a UInt32 point count, each point's latitude and longitude, then
    /// its length, start snap and end snap; then the total length, a UInt32 passage count and
    /// each passage id; then a UInt32 note count and each note; numbers are little-endian
    /// IEEE doubles. Last comes the 32-byte
    /// HMAC-SHA-256 under `secret` of the key and everything before it.
    static func encodeVoyage(_ route: SeaRoute, key: String, secret: [UInt8]) -> [UInt8] {
        var bytes = Array("MMVOYAG2".utf8)
        func count(_ value: Int) { withUnsafeBytes(of: UInt32(value).littleEndian) { bytes += $0 } }
        func number(_ value: Double) { withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes += $0 } }
        func text(_ value: String) {
            count(value.utf8.count)
            bytes += value.utf8
        }
        count(route.legs.count)
        for leg in route.legs {
            text(leg.from)
            text(leg.to)
            count(leg.points.count)
            for point in leg.points {
                number(point.latitude)
                number(point.longitude)
            }
            number(leg.lengthMeters)
            number(leg.startSnapMeters)
            number(leg.endSnapMeters)
        }
        number(route.lengthMeters)
        count(route.passages.count)
        route.passages.forEach(text)
        count(route.notes.count)
        route.notes.forEach(text)
        return bytes + seal(bytes, key: key, secret: secret)
    }

    /// The voyage of an entry, or nil when it is malformed or its seal does not match.
    static func decodeVoyage(_ bytes: [UInt8], key: String, secret: [UInt8]) -> SeaRoute? {
        guard bytes.count >= 8 + 32, bytes[0..<8].elementsEqual("MMVOYAG2".utf8) else { return nil }
        guard bytes.withUnsafeBytes({ isSealed($0, key: key, secret: secret) }) else { return nil }
        var reader = EntryReader(bytes: Array(bytes.dropLast(32)), at: 8)
        guard let legCount = reader.count(), legCount >= 1 else { return nil }
        var legs: [SeaLeg] = []
        for _ in 0..<legCount {
            guard let from = reader.text(), let to = reader.text(), let pointCount = reader.count(), pointCount >= 2,
                  pointCount <= reader.remaining / 16 else { return nil }
            var points: [Coordinate] = []
            points.reserveCapacity(pointCount)
            for _ in 0..<pointCount {
                guard let latitude = reader.number(), let longitude = reader.number(),
                      latitude.isFinite, longitude.isFinite, abs(latitude) <= 90 else { return nil }
                points.append(Coordinate(latitude: latitude, longitude: longitude))
            }
            guard let length = reader.number(), let startSnap = reader.number(), let endSnap = reader.number() else { return nil }
            legs.append(SeaLeg(from: from, to: to, points: points, lengthMeters: length,
                               startSnapMeters: startSnap, endSnapMeters: endSnap))
        }
        guard let total = reader.number(), let passageCount = reader.count() else { return nil }
        var passages: [String] = []
        for _ in 0..<passageCount {
            guard let id = reader.text() else { return nil }
            passages.append(id)
        }
        guard let noteCount = reader.count() else { return nil }
        var notes: [String] = []
        for _ in 0..<noteCount {
            guard let note = reader.text() else { return nil }
            notes.append(note)
        }
        guard reader.remaining == 0 else { return nil }
        return SeaRoute(legs: legs, lengthMeters: total, passages: passages, notes: notes)
    }
}

/// Reads the fields of a cache entry in order; each read is nil past the end.
private struct EntryReader {
    let bytes: [UInt8]
    var at: Int

    var remaining: Int { bytes.count - at }

    private mutating func word(_ size: Int) -> UInt64? {
        guard remaining >= size else { return nil }
        let value = (0..<size).reduce(UInt64(0)) { $0 | UInt64(bytes[at + $1]) << (8 * UInt64($1)) }
        at += size
        return value
    }

    mutating func count() -> Int? { word(4).map { Int($0) } }

    mutating func number() -> Double? { word(8).map { Double(bitPattern: $0) } }

    mutating func text() -> String? {
        guard let length = count(), length <= remaining else { return nil }
        defer { at += length }
        return String(decoding: bytes[at..<(at + length)], as: UTF8.self)
    }
}
