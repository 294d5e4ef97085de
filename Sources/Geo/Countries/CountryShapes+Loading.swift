import Foundation

extension CountryShapes {
    /// Loads `index.bin` (the index, `countries.json` in binary) and `countries.bin`
    /// (vertices) from a folder.
    ///
    /// `directory` defaults to `ResourceDirectory`'s `countries/`. The binary file holds
    /// little-endian Int32 pairs (longitude, latitude) in micro-degrees, ring after ring;
    /// the index gives each ring's first vertex, vertex count and kind (0 outer, 1 hole,
    /// 2 airspace). Both files are mapped and read in place: a country's rings are read when
    /// it is first asked for. Throws ``GeoError/resource(path:message:)`` for missing,
    /// damaged (``ResourceChecksum``) or malformed files.
    public static func load(from directory: URL? = nil) throws -> CountryShapes {
        let folder = try directory ?? ResourceDirectory.file("countries")
        let indexURL = folder.appendingPathComponent("index.bin")
        let verticesURL = folder.appendingPathComponent("countries.bin")
        for url in [indexURL, verticesURL] where !FileManager.default.fileExists(atPath: url.path) {
            throw GeoError.resource(path: url.path, message: "the country polygons are missing — run scripts/build_countries.py and scripts/build_country_index.py")
        }
        // The outlines are read when a country is asked for: once checked whole, the files'
        // stamps spare later runs reading them whole again.
        let indexData = try ResourceChecksum.readChecked(indexURL)
        let vertexData = try ResourceChecksum.readChecked(verticesURL)
        return try decode(index: indexData, vertices: vertexData, indexPath: indexURL.path)
    }

    /// Reads the index and checks its rings against the vertex file's bytes; `indexPath`
    /// names the index in errors. Each country's rings are read from `vertexData` when the
    /// country is first asked for.
    static func decode(index indexData: Data, vertices vertexData: Data, indexPath: String) throws -> CountryShapes {
        let index = try CountryIndexFile(bytes: indexData, path: indexPath)
        let vertexCount = vertexData.count / 8
        for entry in index.entries {
            for number in entry.rings {
                let ring = index.ring(number)
                guard ring.count >= 3, ring.first + ring.count <= vertexCount, (0...2).contains(ring.kind) else {
                    throw GeoError.resource(path: indexPath, message: "country \(entry.code): ring \(number) (\(ring.first), \(ring.count), kind \(ring.kind)) lies outside countries.bin (\(vertexCount) vertices)")
                }
            }
        }
        let entries = index.entries.map { Entry(code: $0.code, alpha3: $0.alpha3, name: $0.name, bounds: $0.bounds) }
        return CountryShapes(file: CountryRings(entries: entries, rings: index.entries.map { $0.rings.map(index.ring) },
                                                vertices: vertexData))
    }
}

/// The countries' rings as `countries.bin` holds them (mapped), with the index's ring table
/// (checked on load); a country's rings are read on demand.
struct CountryRings: Sendable {
    let entries: [CountryShapes.Entry]
    let rings: [[CountryIndexFile.Ring]]
    let vertices: Data

    /// The same rings with the countries in `order`.
    func reordered(_ order: [Int]) -> CountryRings {
        CountryRings(entries: order.map { entries[$0] }, rings: order.map { rings[$0] }, vertices: vertices)
    }

    /// The country at `position`, its rings read from the vertices.
    func country(_ position: Int, entry: CountryShapes.Entry) -> Country {
        vertices.withUnsafeBytes { raw in
            @inline(__always) func value(_ offset: Int) -> Double {
                Double(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset * 4, as: Int32.self))) * 1e-6
            }
            var outer: [[Coordinate]] = [], holes: [[Coordinate]] = [], airspace: [[Coordinate]] = []
            for ring in rings[position] {
                let points = [Coordinate](unsafeUninitializedCapacity: ring.count) { buffer, initialized in
                    for k in 0..<ring.count {
                        buffer[k] = Coordinate(latitude: value(2 * (ring.first + k) + 1), longitude: value(2 * (ring.first + k)))
                    }
                    initialized = ring.count
                }
                switch ring.kind {
                case 0: outer.append(points)
                case 1: holes.append(points)
                default: airspace.append(points)
                }
            }
            return Country(code: entry.code, alpha3: entry.alpha3, name: entry.name, bounds: entry.bounds,
                           rings: outer, holes: holes, airspace: airspace)
        }
    }
}
