import Foundation
import Geo
import Routes

/// movemap's reference data, loaded once and shared by every job: the gazetteer now, the
/// basemap levels and the sea network on first use. Copies share what is loaded.
public struct DataStore: Sendable {
    /// The gazetteer: places, their aliases and codes, loaded by the initialiser.
    public let gazetteer: Gazetteer
    /// The resources folder given, or `nil` for the one `ResourceDirectory` (Geo) finds.
    let directory: URL?
    /// Basemaps by level of detail, loaded on first use.
    let basemaps: LockedCache<DetailLevel, Basemap>
    /// The sea router (one, under key 0), loaded on first use.
    let seaRouters: LockedCache<Int, SeaRouter>
    private let countryShapes = LockedCache<Int, CountryShapes>()
    private let nameSites = LockedCache<Int, CountryNameSites>()
    /// The last basemap cut to a region, with its level and region (``basemap(_:region:)``).
    private let lastRegionalBasemap = RecentValues<RegionalKey, Basemap>(capacity: 1)

    /// A level of detail and the region a basemap was cut to.
    private struct RegionalKey: Hashable, Sendable {
        var level: DetailLevel
        var region: BoundingBox
    }

    /// Loads the gazetteer from `directory`, the resources folder (default:
    /// `ResourceDirectory` (Geo)); the other data sits in its `basemap`, `navigation` and
    /// `countries` folders.
    ///
    /// With `prefetchingSeaRouting`, the sea router starts loading on a thread of its own
    /// before the gazetteer does: `route sea` then finds it loaded when it has resolved its
    /// places, instead of waiting for it after the gazetteer.
    public init(directory: URL? = nil, prefetchingSeaRouting: Bool = false) throws {
        self.directory = directory
        let basemaps = LockedCache<DetailLevel, Basemap>(), seaRouters = LockedCache<Int, SeaRouter>()
        self.basemaps = basemaps
        self.seaRouters = seaRouters
        if prefetchingSeaRouting {
            Self.prefetchSeaRouting(routers: seaRouters, basemaps: basemaps, directory: directory)
        }
        gazetteer = try Gazetteer.load(from: directory)
    }

    /// The basemap at a level of detail, loaded on first use: what `MapRenderer` (Render)
    /// takes as its basemap provider.
    public func basemap(_ level: DetailLevel) throws -> Basemap {
        try Self.basemap(level, cache: basemaps, folder: folder("basemap"))
    }

    /// The coastlines and borders of `level` that meet `region`: the whole level when it is
    /// loaded already (the sea router's shoreline, another map's), else only that region's —
    /// a detail inset's finer coastline costs memory in proportion to what it shows. The last
    /// cut is kept, so a batch of maps of one region cuts it once without keeping one per map.
    public func basemap(_ level: DetailLevel, region: BoundingBox) throws -> Basemap {
        if let whole = basemaps.existing(for: level) { return whole }
        return try lastRegionalBasemap.value(for: RegionalKey(level: level, region: region)) {
            try Basemap.load(level, from: try folder("basemap"), region: region)
        }
    }

    private static func basemap(_ level: DetailLevel, cache: LockedCache<DetailLevel, Basemap>, folder: URL) throws -> Basemap {
        try cache.value(for: level) { try Basemap.load(level, from: folder) }
    }

    /// The sea router and its navigation data, loaded on first use. It takes its shoreline
    /// from ``basemap(_:)`` when a map drawn at intermediate detail has loaded it, else the
    /// region around each leg's end, or the whole level (kept there) once it has routed many.
    public func seaRouter() throws -> SeaRouter {
        try Self.seaRouter(cache: seaRouters, basemaps: basemaps, directory: directory)
    }

    /// The sea router held in `cache`, loaded on first use, with its shoreline from `basemaps`
    /// when the intermediate level is loaded there, else regional.
    static func seaRouter(cache: LockedCache<Int, SeaRouter>, basemaps: LockedCache<DetailLevel, Basemap>,
                          directory: URL?) throws -> SeaRouter {
        try cache.value(for: 0) {
            // The closure holds the cache, not the store, so the store is not kept alive by it.
            let basemapFolder = try folder("basemap", directory: directory)
            return try SeaRouter.load(from: folder("navigation", directory: directory), shoreline: { region in
                guard let region else { return try Self.basemap(.intermediate, cache: basemaps, folder: basemapFolder) }
                return try basemaps.existing(for: .intermediate) ?? Basemap.load(.intermediate, from: basemapFolder, region: region)
            })
        }
    }

    /// A folder of the resources: under the given directory, else found by `ResourceDirectory` (Geo).
    public func folder(_ name: String) throws -> URL {
        try Self.folder(name, directory: directory)
    }

    /// The folder `name` under `directory`, else under the resources folder Geo finds.
    static func folder(_ name: String, directory: URL?) throws -> URL {
        try directory?.appendingPathComponent(name) ?? ResourceDirectory.file(name)
    }

    /// Country polygons (outlines in degrees, by ISO code), loaded on first use.
    public func countries() throws -> CountryShapes {
        try countryShapes.value(for: 0) { try CountryShapes.load(from: folder("countries")) }
    }

    /// Where maps print country names (``CountryNameSites``), loaded on first use: naming
    /// countries decodes no outline.
    public func countryNameSites() throws -> CountryNameSites {
        try nameSites.value(for: 0) { try CountryNameSites.load(from: folder("countries")) }
    }
}
