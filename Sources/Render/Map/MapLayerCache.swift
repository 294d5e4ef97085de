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

    private struct State: Sendable {
        var backgrounds: [(key: String, pixels: [UInt8])] = []
        var countryLabels: [(key: String, labels: [MapPainter.CountryLabel])] = []
    }

    private let state = Locked(State())

    /// An empty cache.
    public init() {}

    func background(for key: String) -> [UInt8]? {
        state.withLock { state in state.backgrounds.first { $0.key == key }?.pixels }
    }

    func keep(background pixels: [UInt8], for key: String) {
        state.withLock { state in
            state.backgrounds.removeAll { $0.key == key }
            state.backgrounds.append((key, pixels))
            if state.backgrounds.count > Self.capacity { state.backgrounds.removeFirst() }
        }
    }

    func countryLabels(for key: String) -> [MapPainter.CountryLabel]? {
        state.withLock { state in state.countryLabels.first { $0.key == key }?.labels }
    }

    func keep(countryLabels labels: [MapPainter.CountryLabel], for key: String) {
        state.withLock { state in
            state.countryLabels.removeAll { $0.key == key }
            state.countryLabels.append((key, labels))
            if state.countryLabels.count > Self.capacity { state.countryLabels.removeFirst() }
        }
    }
}
