import Geo

/// Where the sea router gets the exact shoreline it refines legs' ends against: the region
/// round each end while a process routes a few voyages (a millisecond or two each), and the
/// whole intermediate level, loaded once, when it routes more (a batch, a map's many voyages,
/// alternatives), where one load costs less than many regions.
///
/// A class under a lock, shared by copies of the router (`Sendable`).
final class Shoreline: Sendable {
    /// Regions served before the whole level is loaded instead: about what one whole load
    /// costs in regional loads.
    static let regionalLimit = 6

    /// The intermediate basemap of a region (or more of it); nil asks for the whole level.
    private let load: @Sendable (BoundingBox?) throws -> Basemap
    private let state = Locked<(regions: Int, whole: Basemap?)>((0, nil))

    init(load: @escaping @Sendable (BoundingBox?) throws -> Basemap) {
        self.load = load
    }

    /// The shoreline of `region`, or more of it.
    func basemap(around region: BoundingBox) throws -> Basemap {
        let (whole, regional) = state.withLock { state -> (Basemap?, Bool) in
            state.regions += 1
            return (state.whole, state.regions <= Self.regionalLimit)
        }
        if let whole { return whole }
        if regional { return try load(region) }
        let loaded = try load(nil)
        state.withLock { $0.whole = loaded }
        return loaded
    }
}
