import Foundation
import Geo

extension MappedBytes {
    /// A navigation data file mapped in place, its pages read as a search touches them.
    /// - Throws: ``RouteError/navigationData(path:message:)`` when the file cannot be read or is empty.
    static func navigationFile(_ url: URL) throws -> MappedBytes {
        let file: MappedBytes
        do {
            file = try MappedBytes(mapping: url, prefault: false)
        } catch let GeoError.resource(path, message) {
            throw RouteError.navigationData(path: path, message: "unreadable: \(message)")
        }
        guard file.count > 0 else { throw RouteError.navigationData(path: url.path, message: "unreadable or empty") }
        return file
    }
}
