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
