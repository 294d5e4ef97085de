import Foundation
import Geo
import Routes

/// Times along a track: departures, estimated arrivals, implausible speeds, and where an
/// asset is at a given moment.
public enum Timing {
    /// Fills in departure and arrival times: a reported time wins; otherwise a departure is
    /// the previous arrival and an arrival is the departure plus the leg's length at the
    /// asset's cruising speed. Legs whose reported times imply a speed the mode cannot reach,
    /// or that arrive before they leave, produce warnings naming both sightings.
    public static func schedule(_ legs: [Leg], asset: Asset) -> (legs: [Leg], warnings: [TrackWarning]) {
        var output: [Leg] = []
        var warnings: [TrackWarning] = []
        var previousArrival: Date?
        for var leg in legs {
            leg.departure = leg.from.time ?? previousArrival
            let hours = leg.lengthNauticalMiles / asset.cruisingSpeedKnots
            if let reported = leg.to.time {
                leg.arrival = reported
                if let departure = leg.from.time {
                    let elapsed = reported.timeIntervalSince(departure) / 3600
                    let limit = TravelMode.plausibleSpeedKnots[leg.mode]!
                    if elapsed <= 0, leg.lengthMeters > 1000 {
                        warnings.append(TrackWarning(message: "\(asset.name) is reported at \(leg.to.stop.name) no later than at \(leg.from.stop.name) (\(leg.from.location?.description ?? "?")), \(Int(leg.lengthNauticalMiles.rounded())) nm away — check the times", location: leg.to.location))
                    } else if elapsed > 0, leg.lengthNauticalMiles / elapsed > limit {
                        let speed = Int((leg.lengthNauticalMiles / elapsed).rounded())
                        warnings.append(TrackWarning(message: "\(asset.name) would need \(speed) knots from \(leg.from.stop.name) (\(leg.from.location?.description ?? "?")) to \(leg.to.stop.name): \(Int(leg.lengthNauticalMiles.rounded())) nm in \(Int(elapsed.rounded())) h, above the \(Int(limit)) kn plausible for \(leg.mode.rawValue) — check the times or places", location: leg.to.location))
                    }
                }
            } else if let departure = leg.departure {
                leg.arrival = departure.addingTimeInterval(hours * 3600)
                leg.arrivalEstimated = true
            }
            previousArrival = leg.arrival
            output.append(leg)
        }
        return (output, warnings)
    }

    /// Where the asset is at `date`, interpolated by distance along the leg under way;
    /// `nil` before the first departure, after the last arrival, or without times.
    public static func position(at date: Date, legs: [Leg]) -> Coordinate? {
        for leg in legs {
            guard let departure = leg.departure, let arrival = leg.arrival, arrival > departure,
                  date >= departure, date <= arrival else { continue }
            let fraction = date.timeIntervalSince(departure) / arrival.timeIntervalSince(departure)
            return Polyline(leg.points).point(atFraction: fraction)
        }
        return nil
    }
}
