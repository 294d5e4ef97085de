import Geo

/// What a batch of maps of one view draws alike, kept for the next map: the raster
/// background (ocean, land, coastlines, borders, graticule) and the country names' places.
///
/// A view is everything those depend on — projection, region, page size and scale, theme,
/// basemap level and options — written out as a key, so a map takes a kept layer only when
/// drawing it afresh would give the same pixels. Only the last ``capacity`` views are kept:
/// a folder of maps of many regions does not grow it. Copies share what is kept.
public struct MapLayerCache: Sendable {
    /// Views kept at most.
    public static let capacity = 2

    /// Raster backgrounds (Cairo's pixel rows) by view.
    let backgrounds = RecentValues<String, [UInt8]>(capacity: capacity)
    /// Country names' places by view and font.
    let countryLabels = RecentValues<String, [MapPainter.CountryLabel]>(capacity: capacity)

    /// An empty cache.
    public init() {}
}
