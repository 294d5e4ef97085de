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

    /// Appends a closed ring from flat lon/lat arrays, densified like ``edges(_:maximumDegrees:closed:)``
    /// in longitudes relative to `offset` (degrees), then shifted back by `offset`: the points
    /// ``AntimeridianCut`` and a projection of relative longitudes would see, without
    /// making `[Coordinate]` copies. Rings under three points append nothing.
    public static func appendRelative(_ longitudes: [Double], _ latitudes: [Double], range: Range<Int>, offset: Double,
                                      maximumDegrees: Double, closed: Bool,
                                      toLongitudes outLongitudes: inout [Double], latitudes outLatitudes: inout [Double]) {
        guard range.count >= 3 else { return }
        let last = closed ? range.upperBound : range.upperBound - 1
        for index in range.lowerBound..<last {
            let next = index + 1 < range.upperBound ? index + 1 : range.lowerBound
            let startLongitude = longitudes[index] - offset, startLatitude = latitudes[index]
            let endLongitude = longitudes[next] - offset, endLatitude = latitudes[next]
            outLongitudes.append(startLongitude + offset)
            outLatitudes.append(startLatitude)
            let span = max(abs(endLongitude - startLongitude), abs(endLatitude - startLatitude))
            if span > maximumDegrees {
                let steps = Int((span / maximumDegrees).rounded(.up))
                for step in 1..<steps {
                    let fraction = Double(step) / Double(steps)
                    outLongitudes.append(startLongitude + (endLongitude - startLongitude) * fraction + offset)
                    outLatitudes.append(startLatitude + (endLatitude - startLatitude) * fraction)
                }
            }
        }
        if !closed {
            outLongitudes.append(longitudes[range.upperBound - 1] - offset + offset)
            outLatitudes.append(latitudes[range.upperBound - 1])
        }
    }

    /// Appends an open line from flat lon/lat arrays, densified like
    /// ``edges(_:maximumDegrees:closed:)`` and then wrapped to longitudes relative to
    /// `centralMeridian` and shifted back, as ``AntimeridianCut/cut(line:)`` followed by a
    /// projection of relative longitudes would see it. Returns `false`, leaving partial
    /// output for the caller to drop, when the line crosses the seam and needs the cut.
    public static func appendSeamFree(_ longitudes: [Double], _ latitudes: [Double], range: Range<Int>,
                                      centralMeridian: Double, maximumDegrees: Double,
                                      toLongitudes outLongitudes: inout [Double], latitudes outLatitudes: inout [Double]) -> Bool {
        guard range.count >= 2 else { return true }
        var previous = Coordinate.wrap(longitudes[range.lowerBound] - centralMeridian)
        var first = true
        func add(_ longitude: Double, _ latitude: Double) -> Bool {
            let relative = Coordinate.wrap(longitude - centralMeridian)
            if !first {
                var delta = relative - previous
                if delta > 180 { delta -= 360 } else if delta < -180 { delta += 360 }
                let target = previous + delta
                if target > 180 || target < -180 { return false }
            }
            first = false
            previous = relative
            outLongitudes.append(relative + centralMeridian)
            outLatitudes.append(latitude)
            return true
        }
        for index in range.lowerBound..<(range.upperBound - 1) {
            let startLongitude = longitudes[index], startLatitude = latitudes[index]
            let endLongitude = longitudes[index + 1], endLatitude = latitudes[index + 1]
            guard add(startLongitude, startLatitude) else { return false }
            let span = max(abs(endLongitude - startLongitude), abs(endLatitude - startLatitude))
            if span > maximumDegrees {
                let steps = Int((span / maximumDegrees).rounded(.up))
                for step in 1..<steps {
                    let fraction = Double(step) / Double(steps)
                    guard add(startLongitude + (endLongitude - startLongitude) * fraction,
                              startLatitude + (endLatitude - startLatitude) * fraction) else { return false }
                }
            }
        }
        return add(longitudes[range.upperBound - 1], latitudes[range.upperBound - 1])
    }
}
