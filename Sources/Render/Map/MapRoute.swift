import Geo

/// A line to draw: a leg of a track, in lon/lat degrees (longitudes may be unrolled).
public struct MapRoute: Sendable, Equatable {
    /// The line's vertices in order, in degrees; consecutive longitudes may run past ±180
    /// so a line crossing the antimeridian stays continuous.
    public var points: [Coordinate]
    /// How the movement went, which sets the colour.
    public var mode: RouteMode
    /// How sure the line is, which sets the dash.
    public var certainty: Certainty
    /// How many movements the line stands for (flights, ships); drawn as line width.
    public var count: Int
    /// Whether to draw an arrowhead at the end.
    public var arrow: Bool
    /// A short label placed along the line, e.g. "Ivan Gren, Aleksandr Otrakovsky".
    public var label: String?
    /// The name of the place the line starts at, for pointing to a start beyond the map's
    /// edge ("from Severomorsk, 4,100 km").
    public var from: String?
    /// The name of the place the line ends at, for pointing to an end beyond the map's edge
    /// ("to Vladivostok, 9,900 km").
    public var to: String?

    /// A line through `points` (degrees) standing for `count` movements, with an arrowhead
    /// and no label unless told otherwise.
    public init(points: [Coordinate], mode: RouteMode, certainty: Certainty, count: Int = 1,
                arrow: Bool = true, label: String? = nil, from: String? = nil, to: String? = nil) {
        self.points = points
        self.mode = mode
        self.certainty = certainty
        self.count = count
        self.arrow = arrow
        self.label = label
        self.from = from
        self.to = to
    }
}
