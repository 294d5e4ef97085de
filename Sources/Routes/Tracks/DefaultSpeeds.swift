/// The cruising speeds assumed when a report or a command gives none, in knots, written
/// once: `route sea|air --depart` without `--speed`, and a scenario asset without `speed`.

extension SeaRoute {
    /// Cruising speed of a ship when none is given: 14 knots, a landing ship's or a cargo
    /// ship's economical passage speed.
    public static let defaultSpeedKnots = 14.0
}

extension FlightRoute {
    /// Cruising speed of an aircraft when none is given: 420 knots, a heavy military
    /// transport's (Il-76, An-124) cruise.
    public static let defaultSpeedKnots = 420.0
}

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
