import Geo

/// A leg's line before densifying: water pieces, each pulled taut on its own, and what joins
/// each piece to the next — the inner points of a channel, or nothing where the search
/// changed layers (entering a via-area), where the two pieces share their end point.
struct LegLine {
    var pieces: [[Coordinate]]
    /// `links[k]` joins `pieces[k]` to `pieces[k + 1]`.
    var links: [[Coordinate]]

    /// The whole line, point after point.
    var coordinates: [Coordinate] {
        var result: [Coordinate] = []
        for (index, piece) in pieces.enumerated() {
            for point in piece where result.last != point { result.append(point) }
            if index < links.count { result += links[index] }
        }
        return result
    }
}
