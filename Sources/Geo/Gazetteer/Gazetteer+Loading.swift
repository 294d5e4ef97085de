import Foundation

extension Gazetteer {
    /// Name of the gazetteer file inside the resource folder (binary, see ``GazetteerFile``).
    public static let fileName = "gazetteer/places.bin"
    /// Name of the demonym table inside the resource folder: `ISO2<TAB>demonym|demonym…` lines.
    public static let demonymFileName = "gazetteer/demonyms.tsv"

    /// Loads `places.bin` from `directory` (the resource folder holding `gazetteer/`), or
    /// from ``ResourceDirectory/url()`` when `directory` is `nil`.
    ///
    /// - Complexity: each of the file's arrays read straight into place (about 48 MB) and their
    ///   cross-references checked in one pass; some 40 ms. No string is created until a place is
    ///   returned. `places.bin` is guarded by that structural check (and by its SHA-256 sidecar,
    ///   checked by the tests and `scripts/write_checksums.py --check`, not on every load, which
    ///   would cost more than the load itself); the small demonym table is checked on load.
    /// - Throws: ``GeoError/resource(path:message:)`` naming the file when it is missing,
    ///   truncated, of another format version or inconsistent.
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
