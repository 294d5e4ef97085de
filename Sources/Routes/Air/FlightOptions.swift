/// How ``FlightRouter`` plans a flight.
public struct FlightOptions: Sendable, Equatable {
    /// ISO 3166-1 codes (alpha-2 such as `TR`, or alpha-3 such as `TUR`, any case) of
    /// countries whose airspace the flight must stay out of, or names of
    /// ``AirspaceGroup``s (`EU`, `NATO`, `Schengen`, `GCC`, any case) that close every member.
    public var avoidAirspace: Set<String>
    /// Largest distance between consecutive points of a leg's drawn line, in meters.
    public var maximumSpacingMeters: Double

    /// Options closing the airspace of `avoidAirspace` (countries or groups; none by default)
    /// with a point at least every `maximumSpacingMeters` meters (50 km by default).
    public init(avoidAirspace: Set<String> = [], maximumSpacingMeters: Double = 50_000) {
        self.avoidAirspace = avoidAirspace
        self.maximumSpacingMeters = maximumSpacingMeters
    }
}
