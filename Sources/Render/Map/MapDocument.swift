import Geo

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
