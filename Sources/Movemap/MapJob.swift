import Foundation
import Geo
import Render
import Routes
import Scenario

/// One map to make: a scenario, the options that override its map settings, and the
/// output format. The unit of work of `render` and of each `batch` item.
public struct MapJob: Sendable {
    /// Options from the command line: map settings of the same type the scenario's `map:`
    /// section has (`nil` fields fall back to the scenario, then defaults), and what only
    /// the command line sets.
    public struct Overrides: Sendable, Equatable {
        public var map = MapSettings()
        /// Show estimated positions at this time.
        public var at: Date?
        /// Draw a locator inset.
        public var inset: Bool?
        /// How SVG output writes text: glyph outlines (exact) or editable text elements.
        public var svgText: SVGTextMode = .outline

        public init() {}
    }

    public var scenario: Scenario
    public var overrides: Overrides

    public init(scenario: Scenario, overrides: Overrides = .init()) {
        self.scenario = scenario
        self.overrides = overrides
    }

    /// What rendering produced: the map, plus warnings from routing and timing.
    public struct Result: Sendable {
        public var map: RenderedMap
        public var warnings: [String]
        public var legs: [Leg]
    }

    /// Routes the tracks, builds the map document and renders it.
    public func render(format: OutputFormat, data: DataStore, linker: TrackLinker) throws -> Result {
        let options = try mapOptions(data: data)
        var plan = try MapPlan(scenario: scenario, linker: linker, at: overrides.at)
        if options.countryNames {
            plan.document.countries = try data.countries().all.map {
                CountryArea(name: $0.shortName, bounds: $0.bounds, rings: $0.rings)
            }
        }
        let renderer = MapRenderer(basemap: { try data.basemap($0) })
        let map = try renderer.render(plan.document, options: options, format: format,
                                      svgText: format == .svg ? overrides.svgText : .outline)
        // Doubtful places are said on every render, never drawn silently.
        return Result(map: map, warnings: scenario.doubtful.map(\.line) + plan.warnings.map(\.description) + map.warnings,
                      legs: plan.legs)
    }

    /// Resolves the effective map options: flag, then scenario, then default.
    public func mapOptions(data: DataStore) throws -> MapOptions {
        let settings = scenario.map
        var options = MapOptions()
        options.width = overrides.map.width ?? settings.width ?? 1600
        options.height = overrides.map.height ?? settings.height ?? 1000
        options.scale = overrides.map.scale ?? settings.scale ?? 1
        options.projection = overrides.map.projection ?? settings.projection
        options.theme = Theme.named(overrides.map.theme ?? settings.theme ?? .light)
        options.transparent = overrides.map.transparent ?? settings.transparent ?? false
        options.detail = overrides.map.resolution ?? settings.resolution
        options.graticule = overrides.map.graticule ?? settings.graticule ?? false
        options.countryNames = overrides.map.countryNames ?? settings.countryNames ?? false
        options.inset = overrides.inset ?? false
        if let region = overrides.map.region ?? settings.region {
            options.region = try RegionParser.region(region, gazetteer: data.gazetteer)
        }
        return options
    }
}

/// Parses `--region auto|W,S,E,N|NAME`: a place name shows its area, or a box around it.
public enum RegionParser {
    public static func region(_ text: String, gazetteer: Gazetteer) throws -> BoundingBox? {
        if text.lowercased() == "auto" { return nil }
        if text.contains(","), let box = BoundingBox(parsing: text) { return box }
        if text.contains(",") {
            throw MovemapError.usage("region '\(text)' is not W,S,E,N — write e.g. '--region 25,30,40,40' (west, south, east, north in degrees; W > E crosses the dateline)")
        }
        let resolution = gazetteer.resolve(text, context: .none)
        guard resolution.verdict == .sure, let match = resolution.match else {
            let why = resolution.reasons.joined(separator: "; ")
            let readings = ([resolution.match].compactMap { $0 } + resolution.candidates).prefix(3)
                .map { "\($0.place.name) (\($0.place.describedKind))" }
            throw MovemapError.usage("region '\(text)' is not a place movemap can frame with confidence"
                + (why.isEmpty ? "" : " (\(why))")
                + (readings.isEmpty ? "" : " — closest: \(readings.joined(separator: "; "))")
                + "; write the place as it is named, or a box 'W,S,E,N' (e.g. --region=25,30,40,40)")
        }
        if let area = match.place.area, let box = BoundingBox.enclosing(area) { return box.padded(by: 0.15) }
        let center = match.place.coordinate
        let span = match.place.kind == .country ? 8.0 : 3.0
        return BoundingBox(west: Coordinate.wrap(center.longitude - span), south: max(center.latitude - span * 0.7, -90),
                           east: Coordinate.wrap(center.longitude + span), north: min(center.latitude + span * 0.7, 90))
    }
}
