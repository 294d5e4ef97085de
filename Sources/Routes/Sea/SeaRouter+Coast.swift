import Geo

extension SeaRouter {
    /// Where a voyage meets a country: the point of the country's outline nearest `toward`
    /// that has navigable water within `reach` meters — "sailed for Venezuela" ends on
    /// Venezuela's coast on the side it comes from, not at its centre inland. `nil` when no
    /// point of the outline is by the water (a landlocked country).
    ///
    /// - Complexity: O(v log v) for the outline's v vertices, and a small water search for
    ///   each vertex tried, nearest first.
    public func coastPoint(of rings: [[Coordinate]], toward: Coordinate, reach: Double = 20_000) -> Coordinate? {
        let open = NavigableWater(grid: water, blocked: [])
        let cells = max(1, Int((reach / 1852).rounded(.up)))
        let vertices = rings.joined().sorted {
            Geodesic.wgs84.distance(from: $0, to: toward) < Geodesic.wgs84.distance(from: $1, to: toward)
        }
        for vertex in vertices.prefix(4_000) where open.nearestOpen(to: vertex, radius: cells) != nil {
            return vertex
        }
        return nil
    }
}
