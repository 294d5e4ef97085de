import Foundation

extension Gazetteer {
    /// Name of the gazetteer file inside the resource folder (binary, see ``GazetteerFile``).
    static let fileName = "gazetteer/places.bin"
    /// Name of the demonym table inside the resource folder: `ISO2<TAB>demonym|demonym…` lines.
    static let demonymFileName = "gazetteer/demonyms.tsv"

    /// Loads `places.bin` from `directory` (the resource folder holding `gazetteer/`), or
    /// from ``ResourceDirectory/url()`` when `directory` is `nil`.
    ///
    /// - Complexity: the file (some 15 MB) is mapped read-only and read in place, nothing copied;
    ///   loading checks the CRC-32 of each of its sections (about 3 ms) and its cross-references
    ///   (a few ms). No string is created until a place is returned. The SHA-256 sidecar
    ///   `places.bin.sha256` is for `scripts/write_checksums.py --check` and the tests.
    /// - Throws: ``GeoError/resource(path:message:)`` naming the file when it is missing,
    ///   truncated, of another format version, damaged (a checksum differs) or inconsistent.
    public static func load(from directory: URL? = nil) throws -> Gazetteer {
        let root = try directory ?? ResourceDirectory.url()
        let url = root.appendingPathComponent(fileName)
        guard FileManager.default.isReadableFile(atPath: url.path) else {
            throw GeoError.resource(path: url.path, message: "cannot read the gazetteer — run scripts/build_gazetteer.py")
        }
        let (table, index) = try GazetteerFile.read(fileAt: url)
        return Gazetteer(table: table, index: index, demonyms: try demonyms(at: root.appendingPathComponent(demonymFileName)))
    }

    /// Reads the demonym table (a missing file means none), checked against its checksum.
    static func demonyms(at url: URL) throws -> [String: String] {
        guard let data = try? Data(contentsOf: url) else { return [:] }
        try ResourceChecksum.verify(data, of: url)
        var result: [String: String] = [:]
        for (number, line) in String(decoding: data, as: UTF8.self).split(separator: "\n").enumerated() where number > 0 {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, fields[0].count == 2 else {
                throw GeoError.resource(path: url.path, message: "line \(number + 1) is not 'ISO2<TAB>demonym|demonym…'")
            }
            for name in fields[1].split(separator: "|") where !name.isEmpty {
                result[String(name)] = String(fields[0])
            }
        }
        return result
    }
}
