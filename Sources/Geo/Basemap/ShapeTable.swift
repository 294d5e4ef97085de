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
    static let magic: [UInt8] = Array("MMB1".utf8)

    /// Reads, verifies (``ResourceChecksum``) and decodes a file, keeping only the shapes
    /// whose bounds `keeping` accepts (all by default); throws
    /// ``GeoError/resource(path:message:)`` when it is missing, damaged, truncated or not a
    /// movemap basemap file.
    init(contentsOf url: URL, keeping: (BoundingBox) -> Bool = { _ in true }) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw GeoError.resource(path: url.path, message: "cannot read basemap file (\(error.localizedDescription)) — run scripts/build_basemap.py")
        }
        try ResourceChecksum.verify(data, of: url)
        let decoded: ShapeTable? = data.withUnsafeBytes { raw in
            ShapeTable.decode(raw.bindMemory(to: UInt8.self), keeping: keeping)
        }
        guard let decoded else {
            throw GeoError.resource(path: url.path, message: "not a valid movemap basemap file (truncated or wrong version) — regenerate it with scripts/build_basemap.py")
        }
        self = decoded
    }

    /// Decodes the format described in `Resources/basemap/README.md`, keeping the shapes
    /// whose bounds `keeping` accepts; `nil` when malformed. A shape left out is decoded
    /// over by the next, so memory grows with what is kept, not with the file.
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, keeping: (BoundingBox) -> Bool = { _ in true }) -> ShapeTable? {
        let headerSize = 24
        guard bytes.count >= headerSize, Array(bytes[0..<4]) == magic else { return nil }
        func uint32(at offset: Int) -> Int {
            Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
        }
        let scale = uint32(at: 4), shapeCount = uint32(at: 8), pointCount = uint32(at: 12)
        let tableLength = uint32(at: 16), streamLength = uint32(at: 20)
        // A shape takes at least two bytes of the table and a point two of the stream, so the
        // counts are bounded by the file before anything is allocated.
        guard scale > 0, bytes.count == headerSize + tableLength + streamLength,
              shapeCount <= tableLength / 2, pointCount <= streamLength / 2 else { return nil }

        var reader = VarintReader(bytes: bytes, position: headerSize, end: headerSize + tableLength)
        var kinds = [UInt8](), starts = [Int]()
        kinds.reserveCapacity(shapeCount)
        starts.reserveCapacity(shapeCount + 1)
        starts.append(0)
        for _ in 0..<shapeCount {
            guard let kind = reader.unsigned(), let count = reader.unsigned(), kind < 256, count > 0,
                  count <= UInt64(pointCount - starts[starts.count - 1]) else { return nil }
            kinds.append(UInt8(kind))
            starts.append(starts[starts.count - 1] + Int(count))
        }
        guard reader.position == reader.end, starts.last == pointCount else { return nil }

        reader = VarintReader(bytes: bytes, position: reader.end, end: bytes.count)
        // Dividing (not multiplying by 1e-5) keeps whole degrees such as 180 exact.
        let unitsPerDegree = Double(scale)
        var latitudeColumn: [Double] = []
        var bounds = [BoundingBox](), keptKinds = [UInt8](), keptStarts = [0]
        var failed = false
        var written = 0
        let longitudes = [Double](unsafeUninitializedCapacity: pointCount) { lon, lonCount in
            let latitudes = [Double](unsafeUninitializedCapacity: pointCount) { lat, latCount in
                for shape in 0..<shapeCount {
                    var x = 0, y = 0
                    var minX = Int.max, maxX = Int.min, minY = Int.max, maxY = Int.min
                    let start = written
                    for _ in starts[shape]..<starts[shape + 1] {
                        guard let dx = reader.signed(), let dy = reader.signed() else { failed = true; return }
                        let (nextX, overX) = x.addingReportingOverflow(dx), (nextY, overY) = y.addingReportingOverflow(dy)
                        guard !overX, !overY else { failed = true; return }
                        (x, y) = (nextX, nextY)
                        minX = min(minX, x); maxX = max(maxX, x)
                        minY = min(minY, y); maxY = max(maxY, y)
                        lon[written] = Double(x) / unitsPerDegree
                        lat[written] = Double(y) / unitsPerDegree
                        written += 1
                    }
                    let box = BoundingBox(west: Double(minX) / unitsPerDegree, south: Double(minY) / unitsPerDegree,
                                          east: Double(maxX) / unitsPerDegree, north: Double(maxY) / unitsPerDegree)
                    guard keeping(box) else { written = start; continue }
                    bounds.append(box)
                    keptKinds.append(kinds[shape])
                    keptStarts.append(written)
                }
                latCount = written
            }
            lonCount = written
            latitudeColumn = latitudes
        }
        guard !failed, reader.position == reader.end else { return nil }
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
