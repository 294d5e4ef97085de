import Geo

/// One stop or via-area of a sea voyage.
///
/// A point waypoint (no `area`) is a leg end: a port or position, snapped to the nearest
/// navigable water. A via-area is a polygon the route must pass through (anywhere inside,
/// not necessarily its centre) between the point waypoints around it.
public struct SeaWaypoint: Sendable, Equatable {
    /// The name reported in legs and errors, e.g. "Tartus" or "Norwegian Sea".
    public var name: String
    /// A representative point, degrees.
    public var coordinate: Coordinate
    /// When set, the route passes through this polygon (vertices in degrees, any winding)
    /// instead of the point.
    public var area: [Coordinate]?
    /// The id of the router's passage this waypoint names (`"suez"` for the Suez Canal), when
    /// it names one: between the ends, the route then goes through that passage itself — a
    /// canal's or narrow strait's channel end to end, a strait's gate — and a passage closed
    /// by default is opened for the voyage. As a voyage's end, a canal or channelled strait is
    /// taken at its end toward the rest of the voyage, with a note saying how far that is.
    public var passage: String?

    /// A waypoint at `coordinate` (degrees), or through `area` when given (vertices in
    /// degrees), optionally naming a router passage by id.
    public init(name: String, coordinate: Coordinate, area: [Coordinate]? = nil, passage: String? = nil) {
        self.name = name
        self.coordinate = coordinate
        self.area = area
        self.passage = passage
    }
}
