import Foundation
import Routes
import Scenario

/// The speed and departure a route is timed with: a speed given in knots, a departure
/// time, or a departure alone timed at the mode's default speed (said as such).
public struct RouteTiming: Sendable, Equatable {
    /// Knots for hours and ETAs: the speed given, or with a departure alone the mode's
    /// default; `nil` when the route is not timed.
    public var speed: Double?
    /// `true` when ``speed`` is the mode's default (`TravelMode.defaultSpeedKnots`), not a
    /// speed given.
    public var isDefault: Bool
    /// When the route starts; `nil` without ETAs.
    public var departure: Date?

    /// The default speeds as help says them: `14 kn at sea, 420 kn in the air`.
    public static let defaults = "\(Int(SeaRoute.defaultSpeedKnots)) kn at sea, \(Int(FlightRoute.defaultSpeedKnots)) kn in the air"

    /// An untimed route: no speed, no departure.
    public init() {
        isDefault = false
    }

    /// The timing from a speed in knots and a departure time as written (`2024-12-14`,
    /// `2024-12-14T10:30Z`, … — ``ValueParsers/timeForms``), either optional.
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for a speed that is not above 0 and below
    ///   5000 knots (`--speed 0.0 must be a positive number of knots`), or a departure that
    ///   is not a time, quoting the accepted forms.
    public init(speedKnots: Double?, departure text: String?, mode: TravelMode) throws {
        if let speedKnots, !(speedKnots > 0 && speedKnots < 5000) {
            throw MovemapError.usage("--speed \(speedKnots) must be a positive number of knots")
        }
        if let text {
            guard let date = ValueParsers.time(text) else {
                throw MovemapError.usage("--depart '\(text)' is not a time — write \(ValueParsers.timeForms)")
            }
            departure = date
        }
        speed = speedKnots ?? (departure == nil ? nil : mode.defaultSpeedKnots)
        isDefault = speedKnots == nil && speed != nil
    }

    /// The speed that was given, in knots: ``speed`` unless it is the mode's default.
    public var givenSpeed: Double? { isDefault ? nil : speed }
}
