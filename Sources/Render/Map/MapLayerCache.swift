import Geo

/// What a batch of maps of one view draws alike, kept for the next map: the raster
/// background (ocean, land, coastlines, borders, graticule), the country names' places and a
/// detail inset's coast and borders.
///
/// A view is everything those depend on — projection, region, page size and scale, theme,
/// basemap level and options — written out as a key, so a map takes a kept layer only when
/// drawing it afresh would give the same pixels. Only the last ``capacity`` views are kept:
/// a folder of maps of many regions does not grow it. Copies share what is kept.
///
/// With a ``LayerStore`` the backgrounds are also kept beyond the process, so a map drawn
/// again (its scenario edited, a report added) finds its background drawn.
public struct MapLayerCache: Sendable {
    /// Views kept at most.
    public static let capacity = 2

    /// Raster backgrounds (Cairo's pixel rows) by view.
    let backgrounds = RecentValues<String, [UInt8]>(capacity: capacity)
    /// Country names' places by view and font.
    let countryLabels = RecentValues<String, [MapPainter.CountryLabel]>(capacity: capacity)
    /// A detail inset's coast and borders on the page, by inset view and level.
    let insetShapes = RecentValues<String, InsetShapes>(capacity: capacity)
    /// Where backgrounds are kept between runs, if anywhere.
    let store: (any LayerStore)?

    /// A detail inset's basemap as page paths: land and water by kind, and the borders.
    struct InsetShapes: Sendable {
        var surfaces: [SurfaceKind: Path]
        var borders: Path
    }

    /// An empty cache; `store` keeps backgrounds between runs.
    public init(store: (any LayerStore)? = nil) {
        self.store = store
    }

    /// The background of the view `key` (`count` bytes of pixels), kept here or in the store.
    func background(for key: String, count: Int) -> [UInt8]? {
        if let pixels = backgrounds.value(for: key) { return pixels }
        guard let pixels = store?.pixels(for: key, count: count) else { return nil }
        backgrounds.keep(pixels, for: key)
        return pixels
    }

    /// Keeps a freshly drawn background of the view `key`, here and in the store.
    func keep(background pixels: [UInt8], for key: String) {
        backgrounds.keep(pixels, for: key)
        store?.keep(pixels, for: key)
    }
}

/// Raster layers kept between runs by view key (``MapLayerCache``); movemap's is a folder in
/// its cache (`LayerFiles`). A store may forget anything at any time.
public protocol LayerStore: Sendable {
    /// The `count` bytes of pixels kept for `key`, or nil.
    func pixels(for key: String, count: Int) -> [UInt8]?
    /// Keeps the pixels of `key`; failures are ignored.
    func keep(_ pixels: [UInt8], for key: String)
}
