import Foundation
import Geo

/// An asset's sightings in order of time.
public struct Track: Sendable, Hashable {
    public var asset: Asset
    public var sightings: [Sighting]

    public init(asset: Asset, sightings: [Sighting]) {
        self.asset = asset
        self.sightings = sightings
    }
}

/// A movement between two consecutive stops of a track.
public struct Leg: Sendable, Hashable {
    public var asset: Asset
    public var from: Sighting
    public var to: Sighting
    public var mode: TravelMode
    /// The less certain of the two ends' statuses.
    public var status: Status
    /// The drawn line, lon/lat degrees with unrolled longitudes.
    public var points: [Coordinate]
    public var lengthMeters: Double
    /// Departure and arrival: reported, or estimated from the asset's speed.
    public var departure: Date?
    public var arrival: Date?
    /// `true` when `arrival` was computed rather than reported.
    public var arrivalEstimated: Bool
    /// How the line was made, e.g. "geodesic", "water route", "straight line (no road network)".
    public var geometryNote: String

    /// Length in nautical miles.
    public var lengthNauticalMiles: Double { lengthMeters / .metersPerNauticalMile }
}

/// Something a user should check: an implausible speed, a leg drawn without a route.
public struct TrackWarning: Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var location: SourceLocation?

    public init(message: String, location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    public var description: String {
        if let location { return "\(location): warning: \(message)" }
        return "warning: \(message)"
    }
}
