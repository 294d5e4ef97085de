import Geo
/// The distance still to go for a layered search: from a point that has passed `layer` of
/// the via-areas, on to the next area, through the rest in order, to the goal.
///
/// Each area is bounded by a spherical cap, so each hop is at least the gap between caps:
/// the sum is a lower bound (admissible), and since every term is 1-Lipschitz and entering
/// an area hands over to the next term without a jump, it is consistent, so A* with it
/// still returns the shortest path. It is never less than the straight distance to the goal.
struct ViaEstimate {
    let areas: [AreaPolygon]
    let goal: UnitVector
    /// For each layer below the last: the least angle from the layer's area to the goal
    /// through the areas after it.
    private let tails: [Double]
    /// Angle given away at each hop, for searches whose points stand for a patch of cells.
    private let slack: Double

    init(areas: [AreaPolygon], goal: UnitVector, slack: Double = 0) {
        self.areas = areas
        self.goal = goal
        self.slack = slack
        var tails = [Double](repeating: 0, count: areas.count)
        var running = 0.0
        for k in stride(from: areas.count - 1, through: 0, by: -1) {
            let area = areas[k]
            if k == areas.count - 1 {
                running = max(0, area.angleToCap(goal) - slack)
            } else {
                let next = areas[k + 1]
                running += max(0, area.capCenter.angle(to: next.capCenter) - area.capRadius - next.capRadius - slack)
            }
            tails[k] = running
        }
        self.tails = tails
    }

    /// Meters to go from `point`, `direct` (its angle to the goal, radians) given, at `layer`.
    @inline(__always)
    func meters(from point: UnitVector, direct: Double, layer: Int) -> Double {
        guard layer < areas.count else { return direct * UnitVector.earthRadius }
        return meters(direct: direct, toCap: areas[layer].angleToCap(point), layer: layer)
    }

    /// ``meters(from:direct:layer:)`` with the point's angle to the cap of `layer`'s area
    /// (``AreaPolygon/angleToCap(_:)``) given too; `layer` below the areas' count.
    @inline(__always)
    func meters(direct: Double, toCap: Double, layer: Int) -> Double {
        max(direct, max(0, toCap - slack) + tails[layer]) * UnitVector.earthRadius
    }
}
