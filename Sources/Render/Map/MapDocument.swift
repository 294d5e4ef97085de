import Geo

/// How a route moved: by air, by sea or by road.
public enum RouteMode: String, Sendable, Codable, CaseIterable {
    case air, sea, road
}

/// How sure a line or position is. Ordered from most to least certain.
public enum Certainty: String, Sendable, Codable, CaseIterable, Comparable {
    case observed, reported, planned, inferred

    public static func < (lhs: Certainty, rhs: Certainty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A line to draw: a leg of a track, in lon/lat degrees (longitudes may be unrolled).
public struct MapRoute: Sendable, Equatable {
    public var points: [Coordinate]
    public var mode: RouteMode
    public var certainty: Certainty
    /// How many movements the line stands for (flights, ships); drawn as line width.
    public var count: Int
    /// Whether to draw an arrowhead at the end.
    public var arrow: Bool
    /// A short label placed along the line, e.g. "Ivan Gren, Aleksandr Otrakovsky".
    public var label: String?

    public init(points: [Coordinate], mode: RouteMode, certainty: Certainty, count: Int = 1,
                arrow: Bool = true, label: String? = nil) {
        self.points = points
        self.mode = mode
        self.certainty = certainty
        self.count = count
        self.arrow = arrow
        self.label = label
    }
}

/// Another way a voyage could have gone (round a major passage it uses): a thin grey line
/// labelled with what it is and how much longer, "via Cape of Good Hope +5,433 nm".
public struct MapAlternative: Sendable, Equatable {
    public var points: [Coordinate]
    public var label: String

    public init(points: [Coordinate], label: String) {
        self.points = points
        self.label = label
    }
}

/// What a marker stands for; each kind has its own symbol.
public enum MarkerKind: String, Sendable, Codable, CaseIterable {
    case airBase = "air_base", navalBase = "naval_base", airport, port, city, position
}

/// A point to mark and label.
public struct MapMarker: Sendable, Equatable {
    public var coordinate: Coordinate
    public var kind: MarkerKind
    public var label: String
    /// A second, smaller line under the label, e.g. what was seen there and when.
    public var detail: String?
    /// Higher is placed first and dropped last when labels collide.
    public var importance: Int

    public init(coordinate: Coordinate, kind: MarkerKind, label: String, detail: String? = nil, importance: Int = 1) {
        self.coordinate = coordinate
        self.kind = kind
        self.label = label
        self.detail = detail
        self.importance = importance
    }
}

/// A label for a sea or other area, set in spaced italics at a representative point.
public struct AreaLabel: Sendable, Equatable {
    public var coordinate: Coordinate
    public var text: String

    public init(coordinate: Coordinate, text: String) {
        self.coordinate = coordinate
        self.text = text
    }
}

/// A country to name: its name as the map shows it and its outline.
public struct CountryArea: Sendable, Equatable {
    public var name: String
    public var bounds: BoundingBox
    public var rings: [[Coordinate]]

    public init(name: String, bounds: BoundingBox, rings: [[Coordinate]]) {
        self.name = name
        self.bounds = bounds
        self.rings = rings
    }
}

/// Everything the renderer needs for one map, in geographic terms.
public struct MapDocument: Sendable {
    public var title: String
    public var subtitle: String?
    /// The date or time span the map shows, as it should read ("10–17 December 2024").
    public var dateText: String?
    /// The sources of the data, shown in the credit line before the basemap attribution.
    public var sources: [String]
    public var routes: [MapRoute]
    /// Ways round drawn beside the routes, under them.
    public var alternatives: [MapAlternative] = []
    public var markers: [MapMarker]
    public var areaLabels: [AreaLabel]
    /// Countries to name when ``MapOptions/countryNames`` is on.
    public var countries: [CountryArea] = []

    public init(title: String, subtitle: String? = nil, dateText: String? = nil, sources: [String] = [],
                routes: [MapRoute] = [], markers: [MapMarker] = [], areaLabels: [AreaLabel] = []) {
        self.title = title
        self.subtitle = subtitle
        self.dateText = dateText
        self.sources = sources
        self.routes = routes
        self.markers = markers
        self.areaLabels = areaLabels
    }

    /// Every coordinate the map must show: route and alternative points and markers.
    public var coordinates: [Coordinate] {
        routes.flatMap(\.points) + alternatives.flatMap(\.points) + markers.map(\.coordinate)
    }
}
