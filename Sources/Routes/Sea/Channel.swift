import Geo

/// A fixed channel the search may take as one step: a canal through land or a water-only
/// line through a strait narrower than the grid. Its ends lie in open cells.
struct Channel: Sendable {
    /// Index of the passage in the router's table.
    let passage: Int
    /// The channel, degrees, from `startCell`'s centre to `endCell`'s centre.
    let points: [Coordinate]
    let startCell: Int
    let endCell: Int
    /// Geodesic length of `points`, meters.
    let lengthMeters: Double

    /// The points in travel order when entered from `cell`.
    func points(from cell: Int) -> [Coordinate] {
        cell == startCell ? points : points.reversed()
    }
}
