import Foundation

/// Where a map can print each country's name: its name, its bounds, and points inside its
/// territory with the room there, from `Resources/countries/labels.bin`.
///
/// `scripts/build_country_labels.py` finds the points once: the pole of inaccessibility of
/// each part of the territory, and the points of a lattice across it, each with its
/// great-circle distance to the nearest edge of the territory (outer rings and holes). A map
/// projects only these points instead of every outline, so naming countries costs a few
/// thousand projected points, and no country's rings are decoded to name it.
///
/// The file is read in place: the header and the per-country records are checked on load,
/// the points are read when a country's ``sites(of:)`` are asked for.
public struct CountryNameSites: Sendable {
    /// A point inside a country and its distance to the nearest edge of the territory.
    public struct Site: Sendable, Equatable {
        /// The point, longitude in −180…180.
        public var coordinate: Coordinate
        /// Great-circle distance to the nearest edge, in kilometres.
        public var roomKilometres: Double

        public init(coordinate: Coordinate, roomKilometres: Double) {
            self.coordinate = coordinate
            self.roomKilometres = roomKilometres
        }
    }

    /// A country as the file lists it.
    public struct Entry: Sendable {
        /// ISO 3166-1 alpha-2 code.
        public var code: String
        /// The name as `countries.json` gives it (``Country/shortName`` rules apply).
        public var name: String
        /// The box enclosing the territory.
        public var bounds: BoundingBox
        let sites: Range<Int>

        /// The name as a map prints it ("Russia", not "Russian Federation").
        public var shortName: String { Country.shortName(of: name) }
    }

    /// Every country, in the file's order (that of `countries.json`).
    public let entries: [Entry]
    private let bytes: Data
    private let sitesOffset: Int

    /// Loads `labels.bin` from a folder (default: the resources' `countries/`), checked
    /// against its checksum. Throws ``GeoError/resource(path:message:)`` for a missing,
    /// damaged or malformed file.
    public static func load(from directory: URL? = nil) throws -> CountryNameSites {
        let folder = try directory ?? ResourceDirectory.file("countries")
        let url = folder.appendingPathComponent("labels.bin")
        let bytes: Data
        do {
            bytes = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw GeoError.resource(path: url.path, message: "cannot read the country name sites (\(error.localizedDescription)) — run scripts/build_country_labels.py")
        }
        try ResourceChecksum.verify(bytes, of: url)
        return try CountryNameSites(bytes: bytes, path: url.path)
    }

    /// Parses the bytes of a `labels.bin`; `path` names the file in errors.
    init(bytes: Data, path: String) throws {
        func malformed(_ reason: String) -> GeoError {
            GeoError.resource(path: path, message: "malformed country name sites: \(reason) — run scripts/build_country_labels.py")
        }
        let parsed: (entries: [Entry], sitesOffset: Int)? = try bytes.withUnsafeBytes { raw in
            func u32(_ offset: Int) -> Int { Int(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
            func i32(_ offset: Int) -> Double { Double(Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int32.self))) * 1e-6 }
            guard raw.count >= 16, raw[0] == 0x4D, raw[1] == 0x4D, raw[2] == 0x43, raw[3] == 0x4C else { return nil }
            guard u32(4) == 1 else { throw malformed("version \(u32(4)), this movemap reads version 1") }
            let countryCount = u32(8), siteCount = u32(12)
            var offset = 16 + countryCount * 28
            guard offset <= raw.count else { throw malformed("the file ends inside its country records") }
            var entries: [Entry] = []
            entries.reserveCapacity(countryCount)
            for index in 0..<countryCount {
                let record = 16 + index * 28
                let code = String(decoding: UnsafeRawBufferPointer(rebasing: raw[record..<record + 4]), as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces)
                let first = u32(record + 20), count = u32(record + 24)
                guard first + count <= siteCount else { throw malformed("country \(code) refers past the \(siteCount) sites") }
                guard offset + 2 <= raw.count else { throw malformed("the file ends inside its names") }
                let length = Int(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
                guard offset + 2 + length <= raw.count else { throw malformed("the file ends inside its names") }
                let name = String(decoding: UnsafeRawBufferPointer(rebasing: raw[offset + 2..<offset + 2 + length]), as: UTF8.self)
                offset += 2 + length
                entries.append(Entry(code: code, name: name,
                                     bounds: BoundingBox(west: i32(record + 4), south: i32(record + 8),
                                                         east: i32(record + 12), north: i32(record + 16)),
                                     sites: first..<first + count))
            }
            guard offset + siteCount * 12 == raw.count else {
                throw malformed("\(raw.count) bytes where its \(siteCount) sites end at byte \(offset + siteCount * 12)")
            }
            return (entries, offset)
        }
        guard let parsed else { throw malformed("it does not begin with MMCL") }
        self.bytes = bytes
        entries = parsed.entries
        sitesOffset = parsed.sitesOffset
    }

    /// The sites of a country, the roomiest first.
    public func sites(of entry: Entry) -> [Site] {
        bytes.withUnsafeBytes { raw in
            entry.sites.map { index in
                let offset = sitesOffset + index * 12
                let longitude = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: Int32.self))
                let latitude = Int32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 4, as: Int32.self))
                let room = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt32.self)))
                return Site(coordinate: Coordinate(latitude: Double(latitude) * 1e-6, longitude: Double(longitude) * 1e-6),
                            roomKilometres: Double(room))
            }
        }
    }
}
