import Geo

/// How a route moved: by air, by sea or by road.
public enum RouteMode: String, Sendable, Codable, CaseIterable {
    /// Flights: drawn in the theme's ``Theme/air`` colour.
    case air
    /// Voyages: drawn in the theme's ``Theme/sea`` colour.
    case sea
    /// Convoys and other movements by land: drawn in the theme's ``Theme/road`` colour.
    case road
}

/// How sure a line or position is. Ordered from most to least certain.
public enum Certainty: String, Sendable, Codable, CaseIterable, Comparable {
    /// Seen, not only reported: a solid line.
    case observed
    /// Reported by a source, not seen: a dashed line.
    case reported
    /// Announced or expected, not yet done: a dotted line.
    case planned
    /// Inferred from other evidence, neither seen nor reported: a fainter dash-dot line.
    case inferred

    /// Whether `lhs` is more certain than `rhs` (observed < reported < planned < inferred).
    public static func < (lhs: Certainty, rhs: Certainty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

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

/// Another way a voyage could have gone (round a major passage it uses): a thin grey line
/// labelled with what it is and how much longer, "via Cape of Good Hope +5,433 nm".
public struct MapAlternative: Sendable, Equatable {
    /// The line's vertices in order, in degrees (longitudes may be unrolled as for ``MapRoute``).
    public var points: [Coordinate]
    /// What the line is and what it costs, placed along it.
    public var label: String

    /// An alternative through `points` (degrees) labelled `label`.
    public init(points: [Coordinate], label: String) {
        self.points = points
        self.label = label
    }
}

/// What a marker stands for; each kind has its own symbol.
public enum MarkerKind: String, Sendable, Codable, CaseIterable {
    /// A military air base (`air_base`): a filled triangle.
    case airBase = "air_base"
    /// A naval base (`naval_base`): a filled diamond.
    case navalBase = "naval_base"
    /// A civil airport: a hollow triangle.
    case airport
    /// A civil port: a filled square.
    case port
    /// A town or city: a filled circle.
    case city
    /// A reported position given as coordinates, not a named place: a hollow circle.
    case position
    /// A named place that is neither a facility nor a town — a region, a cape: a hollow square.
    case place
    /// Where an asset is estimated to be at a time (`--at`): a hollow diamond.
    case estimate
}

/// A point to mark and label.
public struct MapMarker: Sendable, Equatable {
    /// Where the marker goes, in degrees.
    public var coordinate: Coordinate
    /// What it stands for, which sets the symbol.
    public var kind: MarkerKind
    /// The label set beside the symbol.
    public var label: String
    /// A second, smaller line under the label, e.g. what was seen there and when.
    public var detail: String?
    /// Higher is placed first and dropped last when labels collide.
    public var importance: Int
    /// When the place was reported, short ("12–14 Dec", "~16 Dec"), set between the label
    /// and the detail; the first thing left out when labels run out of room.
    public var date: String?

    /// A marker at `coordinate` (degrees); importance 1 unless given.
    public init(coordinate: Coordinate, kind: MarkerKind, label: String, detail: String? = nil, importance: Int = 1,
                date: String? = nil) {
        self.coordinate = coordinate
        self.kind = kind
        self.label = label
        self.detail = detail
        self.importance = importance
        self.date = date
    }
}

/// A label for a sea or other area, set in spaced italics at a representative point.
public struct AreaLabel: Sendable, Equatable {
    /// The point the label is centred on, in degrees; it may move a little to make room.
    public var coordinate: Coordinate
    /// The name to set.
    public var text: String
    /// Whether the area is land (a country, a region, an island), named in the country
    /// names' style, rather than water (a sea, a strait), named in blue italics.
    public var onLand: Bool

    /// A label `text` centred on `coordinate` (degrees), water unless `onLand`.
    public init(coordinate: Coordinate, text: String, onLand: Bool = false) {
        self.coordinate = coordinate
        self.text = text
        self.onLand = onLand
    }
}

/// A country to name: its name as the map shows it and its outline.
public struct CountryArea: Sendable, Equatable {
    /// The name as the map shows it.
    public var name: String
    /// The box enclosing the outline, in degrees.
    public var bounds: BoundingBox
    /// The outline's closed rings, in degrees; the name goes at the outline's pole of
    /// inaccessibility on the page (Agafonkin's polylabel, 2016) when it fits there.
    public var rings: [[Coordinate]]

    /// A country `name` with its outline `rings` (degrees) and their `bounds`.
    public init(name: String, bounds: BoundingBox, rings: [[Coordinate]]) {
        self.name = name
        self.bounds = bounds
        self.rings = rings
    }
}

/// Everything the renderer needs for one map, in geographic terms.
public struct MapDocument: Sendable {
    /// The title, set in the title panel.
    public var title: String
    /// A smaller line under the title; `nil` for none.
    public var subtitle: String?
    /// The date or time span the map shows, as it should read ("10–17 December 2024").
    public var dateText: String?
    /// The sources of the data, shown in the credit line before the basemap attribution.
    public var sources: [String]
    /// The lines to draw, in drawing order (later lines on top).
    public var routes: [MapRoute]
    /// Ways round drawn beside the routes, under them.
    public var alternatives: [MapAlternative] = []
    /// The points to mark and label.
    public var markers: [MapMarker]
    /// Names of seas and other areas the map shows.
    public var areaLabels: [AreaLabel]
    /// Countries to name when ``MapOptions/countryNames`` is on.
    public var countries: [CountryArea] = []
    /// Dates set along the tracks, where no marker carries them; left out before any
    /// marker's date when room runs short.
    public var trackDates: [TrackDate] = []

    /// A document with a title and whatever else is given; alternatives and countries are
    /// set afterwards.
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
