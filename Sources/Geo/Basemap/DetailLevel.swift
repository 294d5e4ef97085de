/// How finely the basemap resolves coastlines, lakes and borders (GSHHG's resolutions).
///
/// Ordered from coarse to fine: `crude` (about 25 km) < `low` (about 5 km) <
/// `intermediate` (about 1 km) < `high` (about 200 m). The `high` level is optional: it
/// exists only where the user generated it with `scripts/build_basemap.py --levels h`.
public enum DetailLevel: String, CaseIterable, Sendable, Codable, Comparable {
    /// About 25 km between vertices: world maps.
    case crude
    /// About 5 km between vertices: a continent or a sea.
    case low
    /// About 1 km between vertices: a region, a strait; the sea router's shoreline.
    case intermediate
    /// About 200 m between vertices: a harbour. Present only when generated.
    case high

    /// The letter GSHHG and the file names use: c, l, i, h.
    public var letter: String { String(rawValue.prefix(1)) }

    /// Typical distance between coastline vertices at this level, in degrees of arc.
    public var resolutionDegrees: Double {
        switch self {
        case .crude: return 0.2
        case .low: return 0.05
        case .intermediate: return 0.01
        case .high: return 0.002
        }
    }

    /// Picks the level for a map showing `span` degrees (the larger of lon/lat extent,
    /// latitude-corrected) at `pixels` width: detail roughly matching the pixel grid.
    ///
    /// The choice is the coarsest level whose vertex spacing is no wider than about one
    /// and a half pixels, so that outlines look smooth without drawing sub-pixel detail.
    /// A world map 1600 px wide gets `crude`, Europe to Syria at 1600 px gets `low`, a
    /// strait or a harbour gets `intermediate` or `high`.
    public static func automatic(spanDegrees: Double, pixels: Int) -> DetailLevel {
        guard spanDegrees.isFinite, spanDegrees > 0, pixels > 0 else { return .low }
        let degreesPerPixel = spanDegrees / Double(pixels)
        for level in allCases where level.resolutionDegrees <= 1.5 * degreesPerPixel {
            return level
        }
        return .high
    }

    /// Coarser levels order first: `crude < low < intermediate < high`.
    public static func < (lhs: DetailLevel, rhs: DetailLevel) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int { DetailLevel.allCases.firstIndex(of: self) ?? 0 }
}
