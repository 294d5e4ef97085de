import Geo
import Routes

/// Resolves the waypoints of `route sea` and `route air`: gazetteer names, aliases, codes,
/// qualified names, or `lon,lat`, all together (each is evidence for the others).
public enum Waypoints {
    /// The places, in order, and one warning per doubtful waypoint.
    ///
    /// - Parameters:
    ///   - texts: the places as written, origin first.
    ///   - gazetteer: where names are looked up.
    ///   - preferred: the kinds the mode makes likely (airfields for a flight, ports and seas
    ///     for a voyage); others are allowed but weighed down.
    /// - Throws: ``MovemapError/usage(_:)`` with one line per refused waypoint, naming the
    ///   closest readings, or when fewer than two or more than 1000 are given.
    public static func resolve(_ texts: [String], gazetteer: Gazetteer, preferred: Set<PlaceKind>) throws
        -> (places: [Place], warnings: [String]) {
        guard texts.count >= 2 else {
            throw MovemapError.usage("give at least two places: the origin first and the destination last")
        }
        guard texts.count <= 1000 else { throw MovemapError.usage("\(texts.count) waypoints is more than the 1000 a route may have") }
        let results = gazetteer.resolve(mentions: texts.map { Gazetteer.Mention(text: $0, preferred: preferred) })
        var places: [Place] = []
        var problems: [String] = []
        var warnings: [String] = []
        for (index, result) in results.enumerated() {
            let readings = result.closestReadings()
            guard let place = result.place else {
                problems.append("place \(index + 1) '\(texts[index])' is not a place movemap can put on the map with confidence"
                    + (result.reasons.first.map { " (\($0))" } ?? "")
                    + (readings.isEmpty ? "" : " — closest: \(readings.joined(separator: "; "))") + "; or give lon,lat")
                continue
            }
            if result.verdict == .doubtful {
                warnings.append("movemap: warning: place \(index + 1) '\(texts[index])' is \(place.name) (\(place.describedKind)), confidence \(String(format: "%.2f", result.confidence)) — doubtful: \(result.reasons.joined(separator: "; "))")
            }
            places.append(place)
        }
        if !problems.isEmpty { throw MovemapError.usage(problems.joined(separator: "\nmovemap: ")) }
        return (places, warnings)
    }

    /// A voyage's waypoints from resolved places, in order: ports snapped to water, seas
    /// and straits passed through (`SeaWaypoint.voyage` in Routes).
    public static func voyage(_ places: [Place]) -> [SeaWaypoint] {
        SeaWaypoint.voyage(places.map { Stop(place: $0) })
    }

    /// A flight's waypoints from resolved places, in order: the first and last are its
    /// ends, the others waypoints or areas to pass.
    public static func flight(_ places: [Place]) -> [FlightWaypoint] {
        places.enumerated().map { index, place in
            FlightWaypoint(stop: Stop(place: place), isEnd: index == 0 || index == places.count - 1)
        }
    }
}
