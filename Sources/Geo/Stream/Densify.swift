/// Densifies lines and rings straight from the basemap's flat lon/lat arrays, as
/// ``Polyline/densified(maximumDegrees:closed:)`` does a line's points, without making
/// `[Coordinate]` copies: the map's fast path for geometry clear of the seam.
public enum Densify {
    /// Appends a closed ring from flat lon/lat arrays, densified like ``Polyline/densified(maximumDegrees:closed:)``
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
    /// ``Polyline/densified(maximumDegrees:closed:)`` and then wrapped to longitudes relative to
    /// `centralMeridian` and shifted back, as ``Polyline/pieces(cutAt:clearance:)`` followed by a
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
