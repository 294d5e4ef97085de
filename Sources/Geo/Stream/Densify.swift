/// Splits straight lon/lat edges longer than a limit, so that a projection bends them.
///
/// Used for polygon edges that run along the seam or a clip boundary, and for long
/// straight segments of coarse data. Edges are split linearly in longitude and latitude.
public enum Densify {
    /// The ring or line with extra points so no edge is longer than `maximumDegrees` in
    /// either axis. `closed` also densifies the edge from the last point back to the first.
    public static func edges(_ points: [Coordinate], maximumDegrees: Double, closed: Bool) -> [Coordinate] {
        guard points.count >= 2, maximumDegrees > 0 else { return points }
        var output: [Coordinate] = []
        output.reserveCapacity(points.count)
        let count = closed ? points.count : points.count - 1
        for index in 0..<count {
            let start = points[index]
            let end = points[(index + 1) % points.count]
            output.append(start)
            let span = max(abs(end.longitude - start.longitude), abs(end.latitude - start.latitude))
            if span > maximumDegrees {
                let steps = Int((span / maximumDegrees).rounded(.up))
                for step in 1..<steps {
                    let fraction = Double(step) / Double(steps)
                    output.append(Coordinate(latitude: start.latitude + (end.latitude - start.latitude) * fraction,
                                             longitude: start.longitude + (end.longitude - start.longitude) * fraction))
                }
            }
        }
        if !closed, let last = points.last { output.append(last) }
        return output
    }
}
