import Foundation

/// Which passages a sea route may use, and when the ship sails.
///
/// Passage ids are those of ``SeaRouter/passages``, e.g. `"bosporus"`, `"suez"`, `"kiel"`.
public struct SeaRouteOptions: Sendable, Equatable {
    /// Passages to close, even those open by default.
    public var avoid: Set<String>
    /// Passages to open that are closed by default (e.g. `"kiel"`, `"northern-sea-route"`).
    /// `avoid` wins over `allow`.
    public var allow: Set<String>
    /// When the ship leaves the first waypoint. Seasonal passages are judged at the day the
    /// ship would reach them; with no departure they stay closed unless allowed.
    public var departure: Date?
    /// Speed for those days, knots; `nil` for ``SeaRoute/defaultSpeedKnots``.
    public var speedKnots: Double?

    /// Options with nothing avoided or allowed beyond the defaults, no departure date and
    /// the default speed, unless given; `speedKnots` is in knots.
    public init(avoid: Set<String> = [], allow: Set<String> = [], departure: Date? = nil, speedKnots: Double? = nil) {
        self.avoid = avoid
        self.allow = allow
        self.departure = departure
        self.speedKnots = speedKnots
    }

    /// Meters the ship covers in a second.
    var metersPerSecond: Double { (speedKnots ?? SeaRoute.defaultSpeedKnots) * 1852 / 3600 }
}
