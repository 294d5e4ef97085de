import Foundation

extension CountryShapes {
    /// Loads `countries.json` (index) and `countries.bin` (vertices) from a folder.
    ///
    /// `directory` defaults to `ResourceDirectory`'s `countries/`. The binary file holds
    /// little-endian Int32 pairs (longitude, latitude) in micro-degrees, ring after ring;
    /// the index gives each ring's offset, vertex count and kind (0 outer, 1 hole,
    /// 2 airspace). Throws ``GeoError/resource(path:message:)`` for missing, damaged
    /// (``ResourceChecksum``) or malformed files.
    public static func load(from directory: URL? = nil) throws -> CountryShapes {
        let folder = try directory ?? ResourceDirectory.file("countries")
        let indexURL = folder.appendingPathComponent("countries.json")
        let verticesURL = folder.appendingPathComponent("countries.bin")
        let indexData: Data, vertexData: Data
        do {
            indexData = try Data(contentsOf: indexURL)
            // Mapped, not copied: every vertex is read once, into the rings.
            vertexData = try Data(contentsOf: verticesURL, options: .mappedIfSafe)
        } catch {
            throw GeoError.resource(path: folder.path, message: "cannot read the country polygons (\(error.localizedDescription)) — run scripts/build_countries.py")
        }
        try ResourceChecksum.verify(indexData, of: indexURL)
        try ResourceChecksum.verify(vertexData, of: verticesURL)
        return try decode(index: indexData, vertices: vertexData, indexPath: indexURL.path)
    }

    /// Decodes the index and checks its rings against the vertex file's bytes; `indexPath`
    /// names the index in errors. Each country's rings are read from `vertexData` when the
    /// country is first asked for.
    static func decode(index indexData: Data, vertices vertexData: Data, indexPath: String) throws -> CountryShapes {
        let index: CountryIndex
        do {
            index = try CountryIndex(json: indexData)
        } catch {
            throw GeoError.resource(path: indexPath, message: "malformed country index: \(error)")
        }
        let vertexCount = vertexData.count / 8
        for entry in index.countries {
            for ring in entry.rings {
                guard ring.count == 3, ring[0] >= 0, ring[1] >= 3, ring[0] + ring[1] <= vertexCount, (0...2).contains(ring[2]) else {
                    throw GeoError.resource(path: indexPath, message: "country \(entry.code): ring \(ring) lies outside countries.bin (\(vertexCount) vertices)")
                }
            }
        }
        let entries = index.countries.map { entry in
            Entry(code: entry.code, alpha3: entry.alpha3, name: entry.name,
                  bounds: entry.bounds.count == 4
                      ? BoundingBox(west: entry.bounds[0], south: entry.bounds[1], east: entry.bounds[2], north: entry.bounds[3])
                      : nil)
        }
        return CountryShapes(file: CountryRings(entries: entries, rings: index.countries.map(\.rings), vertices: vertexData))
    }
}

/// The countries' rings as `countries.bin` holds them (mapped), with the index's ring table
/// (`[offset, count, kind]` per ring, checked on load); a country's rings are read on demand.
struct CountryRings: Sendable {
    let entries: [CountryShapes.Entry]
    let rings: [[[Int]]]
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
                let first = ring[0]
                let points = [Coordinate](unsafeUninitializedCapacity: ring[1]) { buffer, initialized in
                    for k in 0..<ring[1] {
                        buffer[k] = Coordinate(latitude: value(2 * (first + k) + 1), longitude: value(2 * (first + k)))
                    }
                    initialized = ring[1]
                }
                switch ring[2] {
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

/// The JSON index beside `countries.bin`.
///
/// Read with ``JSONValue``: `JSONDecoder` spends most of a map's start-up on this file's
/// thousands of small ring triples, and every map with country names or closed airspace
/// loads it.
struct CountryIndex {
    struct Entry {
        var code: String
        var alpha3: String
        var name: String
        var bounds: [Double]
        var rings: [[Int]]
    }
    var countries: [Entry]

    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    init(json: Data) throws {
        guard let list = try JSONValue.parse(json)["countries"]?.array else {
            throw Malformed(description: "no 'countries' list")
        }
        countries = try list.enumerated().map { offset, item in
            guard let code = item["code"]?.string, let name = item["name"]?.string,
                  let bounds = item["bounds"]?.array?.compactMap(\.number),
                  let rings = item["rings"]?.array?.map({ $0.array?.compactMap(\.int) ?? [] }) else {
                throw Malformed(description: "entry \(offset) lacks code, name, bounds or rings")
            }
            return Entry(code: code, alpha3: item["alpha3"]?.string ?? "", name: name, bounds: bounds, rings: rings)
        }
    }
}
