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

    /// Raster backgrounds (Cairo's pixel rows) by view, when kept in memory.
    let backgrounds: RecentValues<String, [UInt8]>?
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

    /// An empty cache; `store` keeps backgrounds between runs. With `keepingBackgrounds`
    /// false, backgrounds are kept only in the store: a command that draws one map holds no
    /// copy of its pixels beside the canvas.
    public init(store: (any LayerStore)? = nil, keepingBackgrounds: Bool = true) {
        self.store = store
        backgrounds = keepingBackgrounds ? RecentValues(capacity: Self.capacity) : nil
    }

    /// Writes the background of the view `key`, kept here or in the store, into `pixels`
    /// (a canvas's rows) and returns true; false, writing nothing, when none of that size is kept.
    func fillBackground(for key: String, into pixels: UnsafeMutableRawBufferPointer) -> Bool {
        if let kept = backgrounds?.value(for: key), kept.count == pixels.count {
            kept.withUnsafeBytes { pixels.copyMemory(from: $0) }
            return true
        }
        guard let store, store.read(key, into: pixels) else { return false }
        backgrounds?.keep([UInt8](pixels), for: key)
        return true
    }

    /// Keeps a freshly drawn background of the view `key`, here and in the store.
    func keep(background pixels: UnsafeRawBufferPointer, for key: String) {
        backgrounds?.keep([UInt8](pixels), for: key)
        store?.keep(pixels, for: key)
    }
}

/// Raster layers kept between runs by view key (``MapLayerCache``); movemap's is a folder in
/// its cache (`LayerFiles`). A store may forget anything at any time.
public protocol LayerStore: Sendable {
    /// Writes the pixels kept for `key` into `pixels` (all of its bytes) and returns true;
    /// false, writing nothing, when none of that size is kept.
    func read(_ key: String, into pixels: UnsafeMutableRawBufferPointer) -> Bool
    /// Keeps the pixels of `key`; failures are ignored.
    func keep(_ pixels: UnsafeRawBufferPointer, for key: String)
}
