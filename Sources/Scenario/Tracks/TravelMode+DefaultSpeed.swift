import Routes

/// The cruising speed of each mode when a report or a command gives none.
extension TravelMode {
    /// Cruising speed of a road convoy when none is given: 15 knots (about 28 km/h).
    public static let roadDefaultSpeedKnots = 15.0

    /// The cruising speed assumed for the mode when none is given, in knots:
    /// ``SeaRoute/defaultSpeedKnots`` at sea, ``FlightRoute/defaultSpeedKnots`` in the air,
    /// ``roadDefaultSpeedKnots`` on the road.
    public var defaultSpeedKnots: Double {
        switch self {
        case .sea: return SeaRoute.defaultSpeedKnots
        case .air: return FlightRoute.defaultSpeedKnots
        case .road: return TravelMode.roadDefaultSpeedKnots
        }
    }

    /// Speeds above which a leg is implausible for the mode, in knots.
    static let plausibleSpeedKnots: [TravelMode: Double] = [.sea: 32, .air: 560, .road: 45]
}
