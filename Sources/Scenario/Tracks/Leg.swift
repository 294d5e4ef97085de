import Foundation
import Geo
import Routes

/// A movement between two consecutive stops of a track.
public struct Leg: Sendable, Hashable {
    /// The asset that moves.
    public var asset: Asset
    /// The sighting the leg leaves.
    public var from: Sighting
    /// The sighting the leg reaches.
    public var to: Sighting
    /// How the leg was routed: the asset's mode.
    public var mode: TravelMode
    /// The less certain of the two ends' statuses.
    public var status: Status
    /// The drawn line, lon/lat degrees with unrolled longitudes.
    public var points: [Coordinate]
    /// Geodesic length of ``points`` in meters (WGS84).
    public var lengthMeters: Double
    /// When the asset leaves ``from``: the reported time, if any.
    public var departure: Date?
    /// When the asset reaches ``to``: reported, or estimated from the departure and the
    /// asset's speed (see ``arrivalEstimated``).
    public var arrival: Date?
    /// `true` when `arrival` was computed rather than reported.
    public var arrivalEstimated: Bool
    /// How the line was made, e.g. "geodesic", "water route", "straight line (no road network)".
    public var geometryNote: String

    /// Length in international nautical miles (1852 m).
    public var lengthNauticalMiles: Double { lengthMeters / .metersPerNauticalMile }
}
