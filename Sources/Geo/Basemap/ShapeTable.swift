import Foundation

/// The decoded contents of one `.mmb` file: rings or lines stored flat, in degrees.
///
/// Shape `i` owns points `starts[i]..<starts[i + 1]` of `longitudes` and `latitudes`.
/// Flat storage keeps loading to a few allocations and lets the renderer walk points
/// without building `[Coordinate]` arrays.
struct ShapeTable: Sendable {
    /// The file's kind code per shape (GSHHG-style level for land files, 0 for borders).
    var kinds: [UInt8]
    /// Offsets into the point arrays; `count + 1` entries.
    var starts: [Int]
    /// Bounding box per shape, degrees, never crossing the antimeridian.
    var bounds: [BoundingBox]
    /// Longitudes of all points, degrees east.
    var longitudes: [Double]
    /// Latitudes of all points, degrees north.
    var latitudes: [Double]

    var count: Int { kinds.count }

    func pointRange(_ shape: Int) -> Range<Int> { starts[shape]..<starts[shape + 1] }

    func coordinates(_ shape: Int) -> [Coordinate] {
        pointRange(shape).map { Coordinate(latitude: latitudes[$0], longitude: longitudes[$0]) }
    }
}

extension ShapeTable {
    static let magic: [UInt8] = Array("MMB2".utf8)

    /// Maps, verifies (``ResourceChecksum/readChecked(_:stamps:)``: once per file, not on
    /// every run) and decodes a file, keeping only the shapes that meet one of `parts` (boxes
    /// not crossing the antimeridian; all shapes when nil), so a region's shapes are read and
    /// the rest skipped; throws ``GeoError/resource(path:message:)`` when it is missing,
    /// damaged, truncated or not a movemap basemap file.
    init(contentsOf url: URL, within parts: [BoundingBox]? = nil) throws {
        let data: Data
        do {
            data = try ResourceChecksum.readChecked(url)
        } catch GeoError.resource(_, let message) where !message.contains(".sha256") {
            // The file could not be opened or mapped; a checksum's complaint passes as it is.
            throw GeoError.resource(path: url.path, message: "cannot read basemap file (\(message)) — run scripts/build_basemap.py")
        }
        let decoded: ShapeTable? = data.withUnsafeBytes { raw in
            ShapeTable.decode(raw.bindMemory(to: UInt8.self), within: parts)
        }
        guard let decoded else {
            throw GeoError.resource(path: url.path, message: "not a valid movemap basemap file (truncated or wrong version) — regenerate it with scripts/build_basemap.py")
        }
        self = decoded
    }

    /// Decodes the format described in `Resources/basemap/README.md`, keeping the shapes
    /// whose bounds meet one of `parts` (all when nil); `nil` when malformed. With `parts`,
    /// each record's box in the table (hundredths of a degree, rounded outward) is tested
    /// first, in whole units, and a record outside them is skipped unread; a record that passes
    /// is decoded and tested again on its exact bounds. Memory and time grow with what is kept,
    /// and time with one pass over the table.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, within parts: [BoundingBox]? = nil) -> ShapeTable? {
        let headerSize = 24
        guard bytes.count >= headerSize, Array(bytes[0..<4]) == magic else { return nil }
        func uint32(at offset: Int) -> Int {
            Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        }
        let scale = uint32(at: 4), shapeCount = uint32(at: 8), pointCount = uint32(at: 12)
        let tableLength = uint32(at: 16), streamLength = uint32(at: 20)
        // A shape takes at least seven bytes of the table and a point two of the stream, so
        // the counts are bounded by the file before anything is allocated.
        guard scale >= 100, bytes.count == headerSize + tableLength + streamLength,
              shapeCount <= tableLength / 7, pointCount <= streamLength / 2 else { return nil }
        let unitsPerDegree = Double(scale)
        let boxUnit = scale / 100
        // The parts in whole units, a unit wider each way than rounding could take them.
        let unitParts = parts?.map { part in
            (west: Int((part.west * unitsPerDegree).rounded(.down)) - 1, south: Int((part.south * unitsPerDegree).rounded(.down)) - 1,
             east: Int((part.east * unitsPerDegree).rounded(.up)) + 1, north: Int((part.north * unitsPerDegree).rounded(.up)) + 1)
        }

        // The table: each record's kind, points and place in the stream; those to decode.
        var table = VarintReader(bytes: bytes, position: headerSize, end: headerSize + tableLength)
        var records: [(kind: UInt8, count: Int, start: Int, end: Int, box: (west: Int, east: Int, south: Int, north: Int))] = []
        if parts == nil { records.reserveCapacity(shapeCount) }
        var points = 0, streamEnd = headerSize + tableLength, keptPoints = 0
        for _ in 0..<shapeCount {
            guard let kind = table.unsigned(), let count = table.unsigned(), let length = table.unsigned(),
                  let west = table.unsigned(), let east = table.unsigned(),
                  let south = table.unsigned(), let north = table.unsigned(),
                  kind < 256, count > 0, count <= UInt64(pointCount - points),
                  length >= 2 * count, length <= UInt64(bytes.count - streamEnd),
                  max(west, east, south, north) <= 36_000 else { return nil }
            let start = streamEnd
            points += Int(count)
            streamEnd += Int(length)
            let box = (Int(west) * boxUnit, Int(east) * boxUnit, Int(south) * boxUnit, Int(north) * boxUnit)
            if let unitParts {
                var first = VarintReader(bytes: bytes, position: start, end: streamEnd)
                guard let x = first.signed(), let y = first.signed() else { return nil }
                let (w, e, s, n) = (x - box.0, x + box.1, y - box.2, y + box.3)
                guard unitParts.contains(where: { w <= $0.east && e >= $0.west && s <= $0.north && n >= $0.south }) else { continue }
            }
            records.append((UInt8(kind), Int(count), start, streamEnd, box))
            keptPoints += Int(count)
        }
        guard table.position == table.end, points == pointCount, streamEnd == bytes.count else { return nil }

        // Dividing (not multiplying by 1e-5) keeps whole degrees such as 180 exact.
        var latitudeColumn: [Double] = []
        var bounds = [BoundingBox](), keptKinds = [UInt8](), keptStarts = [0]
        var failed = false
        var written = 0
        let longitudes = [Double](unsafeUninitializedCapacity: keptPoints) { lon, lonCount in
            let latitudes = [Double](unsafeUninitializedCapacity: keptPoints) { lat, latCount in
                for record in records {
                    var reader = VarintReader(bytes: bytes, position: record.start, end: record.end)
                    var x = 0, y = 0, firstX = 0, firstY = 0
                    var minX = Int.max, maxX = Int.min, minY = Int.max, maxY = Int.min
                    let start = written
                    for point in 0..<record.count {
                        guard let dx = reader.signed(), let dy = reader.signed() else { failed = true; return }
                        let (nextX, overX) = x.addingReportingOverflow(dx), (nextY, overY) = y.addingReportingOverflow(dy)
                        guard !overX, !overY else { failed = true; return }
                        (x, y) = (nextX, nextY)
                        if point == 0 { (firstX, firstY) = (x, y) }
                        minX = min(minX, x); maxX = max(maxX, x)
                        minY = min(minY, y); maxY = max(maxY, y)
                        lon[written] = Double(x) / unitsPerDegree
                        lat[written] = Double(y) / unitsPerDegree
                        written += 1
                    }
                    // The record must fill its stream length and lie in its box, or a region could miss it.
                    guard reader.position == record.end, minX >= firstX - record.box.west, maxX <= firstX + record.box.east,
                          minY >= firstY - record.box.south, maxY <= firstY + record.box.north else { failed = true; return }
                    let exact = BoundingBox(west: Double(minX) / unitsPerDegree, south: Double(minY) / unitsPerDegree,
                                            east: Double(maxX) / unitsPerDegree, north: Double(maxY) / unitsPerDegree)
                    if let parts, !parts.contains(where: { exact.west <= $0.east && exact.east >= $0.west
                                                          && exact.south <= $0.north && exact.north >= $0.south }) {
                        written = start
                        continue
                    }
                    bounds.append(exact)
                    keptKinds.append(record.kind)
                    keptStarts.append(written)
                }
                latCount = written
            }
            lonCount = written
            latitudeColumn = latitudes
        }
        guard !failed else { return nil }
        return ShapeTable(kinds: keptKinds, starts: keptStarts, bounds: bounds, longitudes: longitudes, latitudes: latitudeColumn)
    }
}

/// Reads LEB128 varints (unsigned, and zigzag-coded signed) from a byte buffer.
private struct VarintReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position: Int
    let end: Int

    mutating func unsigned() -> UInt64? {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while position < end, shift < 64 {
            let byte = bytes[position]
            position += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
        return nil
    }

    mutating func signed() -> Int? {
        guard let value = unsigned() else { return nil }
        return Int(bitPattern: UInt(value >> 1)) ^ -Int(value & 1)
    }
}
