import Foundation

/// `Resources/countries/index.bin` read in place: every country's codes, name and bounds, the
/// table of its rings in `countries.bin`, and the sites where a map can print its name
/// (written by `scripts/build_country_index.py`, which documents the layout).
///
/// The file is `countries.json` in binary, so knowing the countries parses no JSON: the
/// header, the country records and the ring table are checked on load, and a country's rings
/// and sites are read when asked for.
struct CountryIndexFile: Sendable {
    /// A country's record.
    struct Entry: Sendable {
        var code: String
        var alpha3: String
        var name: String
        var bounds: BoundingBox
        var rings: Range<Int>
        var sites: Range<Int>
    }

    /// One ring of `countries.bin`: its first vertex, vertex count and kind (0 outer,
    /// 1 hole, 2 airspace).
    struct Ring: Sendable, Equatable {
        var first: Int, count: Int, kind: Int
    }

    let entries: [Entry]
    private let bytes: Data
    private let ringsOffset: Int
    private let sitesOffset: Int

    /// Loads and checks `index.bin` in `folder`.
    static func load(from folder: URL) throws -> CountryIndexFile {
        let url = folder.appendingPathComponent("index.bin")
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw GeoError.resource(path: url.path, message: "the country index is missing — run scripts/build_country_index.py")
        }
        let bytes = try ResourceChecksum.readChecked(url)
        return try CountryIndexFile(bytes: bytes, path: url.path)
    }

    /// Parses the bytes of an `index.bin`; `path` names the file in errors.
    init(bytes: Data, path: String) throws {
        func malformed(_ reason: String) -> GeoError {
            GeoError.resource(path: path, message: "malformed country index: \(reason) — run scripts/build_country_index.py")
        }
        let parsed: (entries: [Entry], rings: Int, sites: Int) = try bytes.withUnsafeBytes { raw in
            func u32(_ offset: Int) -> Int { Self.word(raw, offset) }
            func degrees(_ offset: Int) -> Double { Self.microdegrees(raw, offset) }
            func text(_ range: Range<Int>) -> String {
                String(decoding: UnsafeRawBufferPointer(rebasing: raw[range]), as: UTF8.self)
            }
            guard raw.count >= 20, text(0..<4) == "MMCI" else { throw malformed("it does not begin with MMCI") }
            guard u32(4) == 1 else { throw malformed("version \(u32(4)), this movemap reads version 1") }
            let countryCount = u32(8), ringCount = u32(12), siteCount = u32(16)
            var offset = 20 + countryCount * 40
            guard offset <= raw.count else { throw malformed("the file ends inside its country records") }
            var entries: [Entry] = []
            entries.reserveCapacity(countryCount)
            for index in 0..<countryCount {
                let record = 20 + index * 40
                let code = text(record..<record + 4).trimmingCharacters(in: .whitespaces)
                let rings = u32(record + 24)..<(u32(record + 24) + u32(record + 28))
                let sites = u32(record + 32)..<(u32(record + 32) + u32(record + 36))
                guard rings.upperBound <= ringCount, sites.upperBound <= siteCount else {
                    throw malformed("country \(code) refers past the \(ringCount) rings or \(siteCount) sites")
                }
                guard offset + 2 <= raw.count else { throw malformed("the file ends inside its names") }
                let length = Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
                guard offset + 2 + length <= raw.count else { throw malformed("the file ends inside its names") }
                entries.append(Entry(code: code, alpha3: text(record + 4..<record + 8).trimmingCharacters(in: .whitespaces),
                                     name: text(offset + 2..<offset + 2 + length),
                                     bounds: BoundingBox(west: degrees(record + 8), south: degrees(record + 12),
                                                         east: degrees(record + 16), north: degrees(record + 20)),
                                     rings: rings, sites: sites))
                offset += 2 + length
            }
            guard offset + ringCount * 12 + siteCount * 12 == raw.count else {
                throw malformed("\(raw.count) bytes where its rings and sites end at byte \(offset + ringCount * 12 + siteCount * 12)")
            }
            return (entries, offset, offset + ringCount * 12)
        }
        self.bytes = bytes
        entries = parsed.entries
        ringsOffset = parsed.rings
        sitesOffset = parsed.sites
    }

    /// Ring `index` of the ring table.
    func ring(_ index: Int) -> Ring {
        bytes.withUnsafeBytes { raw in
            let at = ringsOffset + index * 12
            return Ring(first: Self.word(raw, at), count: Self.word(raw, at + 4), kind: Self.word(raw, at + 8))
        }
    }

    /// The sites of `entry`, the roomiest first.
    func sites(of entry: Entry) -> [CountryNameSites.Site] {
        bytes.withUnsafeBytes { raw in
            entry.sites.map { index in
                let offset = sitesOffset + index * 12
                let room = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)))
                return CountryNameSites.Site(coordinate: Coordinate(latitude: Self.microdegrees(raw, offset + 4),
                                                                    longitude: Self.microdegrees(raw, offset)),
                                             roomKilometres: Double(room))
            }
        }
    }

    /// The little-endian `UInt32` at `offset`.
    private static func word(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> Int {
        Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
    }

    /// The little-endian `Int32` of micro-degrees at `offset`, in degrees.
    private static func microdegrees(_ raw: UnsafeRawBufferPointer, _ offset: Int) -> Double {
        Double(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int32.self))) * 1e-6
    }
}
