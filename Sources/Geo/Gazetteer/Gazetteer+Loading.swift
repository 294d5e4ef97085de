import Foundation

extension Gazetteer {
    /// Name of the gazetteer file inside the resource folder.
    public static let fileName = "gazetteer/places.tsv"

    /// Loads `places.tsv` from `directory` (the resource folder holding `gazetteer/`), or
    /// from ``ResourceDirectory/url()`` when `directory` is `nil`.
    ///
    /// Throws ``GeoError/resource(path:message:)`` naming the file and line of any malformed row.
    public static func load(from directory: URL? = nil) throws -> Gazetteer {
        let root = try directory ?? ResourceDirectory.url()
        let url = root.appendingPathComponent(fileName)
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw GeoError.resource(path: url.path, message: "cannot read the gazetteer (\(error.localizedDescription)) — run scripts/build_gazetteer.py")
        }
        let places = try PlaceTable.parse(data, path: url.path)
        return Gazetteer(places: places)
    }
}

/// Reader for the tab-separated place table written by `scripts/build_gazetteer.py`.
///
/// Columns: id, kind, name, short name (empty = name), country, latitude, longitude,
/// aliases (`|`-separated), codes (`|`-separated), area (`lon lat,lon lat,…`). Lines starting
/// with `#` are comments.
enum PlaceTable {
    static func parse(_ data: Data, path: String) throws -> [Place] {
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [Place] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var places: [Place] = []
            places.reserveCapacity(bytes.count / 80)
            var lineStart = 0
            var lineNumber = 0
            var fields: [Range<Int>] = []
            fields.reserveCapacity(10)
            while lineStart < bytes.count {
                lineNumber += 1
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                if lineEnd == lineStart || bytes[lineStart] == UInt8(ascii: "#") { continue }
                fields.removeAll(keepingCapacity: true)
                var fieldStart = lineStart
                for position in lineStart...lineEnd where position == lineEnd || bytes[position] == 0x09 {
                    fields.append(fieldStart..<position)
                    fieldStart = position + 1
                }
                func fail(_ message: String) -> GeoError {
                    GeoError.resource(path: "\(path):\(lineNumber)", message: message)
                }
                guard fields.count == 10 else { throw fail("expected 10 tab-separated fields, found \(fields.count)") }
                func string(_ field: Int) -> String {
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[field]]), as: UTF8.self)
                }
                func list(_ field: Int) -> [String] {
                    let range = fields[field]
                    guard !range.isEmpty else { return [] }
                    return string(field).split(separator: "|").map(String.init)
                }
                guard let kind = PlaceKind(rawValue: string(1)) else { throw fail("unknown kind '\(string(1))'") }
                guard let latitude = Double(string(5)), let longitude = Double(string(6)),
                      Coordinate(latitude: latitude, longitude: longitude).isValid else {
                    throw fail("bad coordinate '\(string(5))', '\(string(6))'")
                }
                let name = string(2)
                let short = fields[3].isEmpty ? name : string(3)
                let country = fields[4].isEmpty ? nil : string(4)
                var area: [Coordinate]?
                if !fields[9].isEmpty {
                    area = try string(9).split(separator: ",").map { pair in
                        let parts = pair.split(separator: " ")
                        guard parts.count == 2, let lon = Double(parts[0]), let lat = Double(parts[1]) else {
                            throw fail("bad area vertex '\(pair)'")
                        }
                        return Coordinate(latitude: lat, longitude: lon)
                    }
                }
                places.append(Place(id: string(0), name: name, shortName: short, kind: kind,
                                    coordinate: Coordinate(latitude: latitude, longitude: longitude),
                                    country: country, aliases: list(7), codes: list(8), area: area))
            }
            return places
        }
    }
}
