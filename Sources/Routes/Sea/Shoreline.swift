import Foundation
import Geo

/// The intermediate GSHHG shoreline the router refines coasts against, read on the first
/// query that needs it (about 15 ms) and shared by every later one.
///
/// `@unchecked Sendable`: the only mutable state, `loaded`, is read and written under `lock`;
/// once set it is never changed, and `Basemap` is an immutable value.
final class Shoreline: @unchecked Sendable {
    /// The folder holding `land-i.mmb`.
    let folder: URL
    private let lock = NSLock()
    private var loaded: Result<Basemap, RouteError>?

    init(folder: URL) {
        self.folder = folder
    }

    /// The basemap, loaded by the first caller while later callers wait.
    func basemap() throws(RouteError) -> Basemap {
        lock.lock()
        defer { lock.unlock() }
        if loaded == nil {
            do {
                loaded = .success(try Basemap.load(.intermediate, from: folder))
            } catch {
                let path = folder.appendingPathComponent("land-i.mmb").path
                loaded = .failure(RouteError.navigationData(path: path, message: "\(error)"))
            }
        }
        return try loaded!.get()
    }
}
