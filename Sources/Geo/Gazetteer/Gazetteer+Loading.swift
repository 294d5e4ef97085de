import Foundation

extension Gazetteer {
    /// Name of the gazetteer file inside the resource folder (binary, see ``GazetteerFile``).
    public static let fileName = "gazetteer/places.bin"

    /// Loads `places.bin` from `directory` (the resource folder holding `gazetteer/`), or
    /// from ``ResourceDirectory/url()`` when `directory` is `nil`.
    ///
    /// - Complexity: a copy of each of the file's arrays (about 6 MB) and one pass checking
    ///   their cross-references; a few milliseconds. No string is created until a place is returned.
    /// - Throws: ``GeoError/resource(path:message:)`` naming the file when it is missing,
    ///   truncated, of another format version or inconsistent.
    public static func load(from directory: URL? = nil) throws -> Gazetteer {
        let root = try directory ?? ResourceDirectory.url()
        let url = root.appendingPathComponent(fileName)
        let data: Data
        do {
            data = try Data(contentsOf: url, options: .mappedIfSafe)
        } catch {
            throw GeoError.resource(path: url.path, message: "cannot read the gazetteer (\(error.localizedDescription)) — run scripts/build_gazetteer.py")
        }
        let (table, index) = try GazetteerFile.read(data, path: url.path)
        return Gazetteer(table: table, index: index)
    }
}
