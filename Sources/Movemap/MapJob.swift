import Foundation
import Geo
import MapVocabulary
import Render
import Routes
import Scenario

/// One map to make: a scenario, the options that override its map settings, and the
/// output format. The unit of work of `render` and of each `batch` item.
public struct MapJob: Sendable {
    /// Options from the command line: map settings of the same type the scenario's `map:`
    /// section has (`nil` fields fall back to the scenario, then defaults), and the time
    /// to show estimated positions at, which only the command line asks.
    public struct Overrides: Sendable, Equatable, CustomStringConvertible {
        /// Map settings from flags; `nil` fields fall back to the scenario, then the defaults.
        public var map = MapSettings()
        /// Show estimated positions at this time.
        public var at: Date?

        /// No overrides: the scenario's settings and the defaults.
        public init() {}

        /// The overrides as text, the same for the same overrides (batch manifests key on it).
        public var description: String {
            ([map.description] + [at.map { "at=\(ValueParsers.format($0))" }].compactMap { $0 })
                .filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    /// The resolved scenario to draw.
    public var scenario: Scenario
    /// What the command line says over the scenario.
    public var overrides: Overrides

    /// A job drawing `scenario` with `overrides`.
    public init(scenario: Scenario, overrides: Overrides = .init()) {
        self.scenario = scenario
        self.overrides = overrides
    }

    /// What rendering produced: the map, plus warnings from routing and timing.
    public struct Result: Sendable {
        /// The drawn map and its placement.
        public var map: RenderedMap
        /// Doubtful places, routing notes and dropped labels, one line each.
        public var warnings: [String]
        /// The routed legs the map draws.
        public var legs: [Leg]
    }

    /// Routes the tracks, builds the map document and renders it.
    public func render(format: OutputFormat, data: DataStore, linker: TrackLinker) throws -> Result {
        try plan(data: data, linker: linker).render(format: format, data: data)
    }

    /// Routes the tracks and builds the map document, once for any number of formats.
    public func plan(data: DataStore, linker: TrackLinker) throws -> PlannedMap {
        let options = try mapOptions(data: data)
        var plan = try MapPlan(scenario: scenario, linker: linker, at: overrides.at)
        if options.countryNames {
            let sites = try data.countryNameSites()
            plan.document.countries = sites.entries.map {
                CountryArea(name: $0.shortName, bounds: $0.bounds, sites: sites.sites(of: $0))
            }
        }
        // Doubtful places are said on every render, never drawn silently.
        return PlannedMap(document: plan.document, options: options, svgText: settings.svgText ?? .outline,
                          warnings: scenario.doubtful.map(\.line) + plan.warnings.map(\.description), legs: plan.legs)
    }

    /// A scenario routed and laid out as a map document with its options: what every output
    /// format is drawn from.
    public struct PlannedMap: Sendable {
        /// What the map shows.
        public var document: MapDocument
        /// How it is drawn.
        public var options: MapOptions
        /// How an SVG carries its text.
        public var svgText: SVGTextMode
        /// Doubtful places and routing notes, one line each.
        public var warnings: [String]
        /// The routed legs the map draws.
        public var legs: [Leg]

        /// The map drawn in `format`, with the plan's warnings and the renderer's; `layers`
        /// shares the background and country names among the maps of a batch.
        public func render(format: OutputFormat, data: DataStore, layers: MapLayerCache? = nil) throws -> Result {
            let renderer = MapRenderer(basemap: { try data.basemap($0) }, regional: { try data.basemap($0, region: $1) },
                                       layers: layers)
            let map = try renderer.render(document, options: options, format: format,
                                          svgText: format == .svg ? svgText : .outline)
            return Result(map: map, warnings: warnings + map.warnings, legs: legs)
        }
    }

    /// The places `--detail PLACE,...` names, each one movemap is sure of. Throws
    /// ``MovemapError/usage(_:)`` naming a place it is not sure of.
    static func detailPlaces(_ names: String, gazetteer: Gazetteer) throws -> [Coordinate] {
        try names.split(separator: ",").map { name in
            let text = name.trimmingCharacters(in: .whitespaces)
            let resolution = gazetteer.resolve(text, context: .none)
            guard resolution.verdict == .sure, let place = resolution.match?.place else {
                throw MovemapError.usage("detail place '\(text)' is not a place movemap can put on the map with confidence"
                    + (resolution.match.map { " (closest: \($0.place.name))" } ?? "") + "; write it as the scenario names it")
            }
            return place.coordinate
        }
    }

    /// The settings in force: each flag, else the scenario's key, else the default.
    public var settings: MapSettings {
        overrides.map.overriding(scenario.map).overriding(.defaults)
    }

    /// Resolves the effective map options from ``settings``; a region name is looked up in
    /// the gazetteer, and a house style file is read over the theme (throwing
    /// `ScenarioError` with `file:line:col` for each problem in it).
    public func mapOptions(data: DataStore) throws -> MapOptions {
        let settings = self.settings
        var options = MapOptions()
        options.width = settings.width ?? options.width
        options.height = settings.height ?? options.height
        options.scale = settings.scale ?? options.scale
        options.projection = settings.projection
        options.theme = Theme.named(settings.theme ?? .light)
        if let style = settings.style, style.lowercased() != "none" {
            options.theme = try HouseStyle.theme(path: style, base: options.theme)
        }
        options.transparent = settings.transparent ?? false
        options.detail = settings.resolution.flatMap(DetailLevel.init(rawValue:))
        options.graticule = settings.graticule ?? false
        options.countryNames = settings.countryNames ?? false
        options.inset = settings.inset ?? false
        options.northArrow = settings.northArrow ?? false
        switch settings.detail ?? "auto" {
        case "auto": options.detailInset = .auto
        case "off": options.detailInset = .off
        case let names: options.detailInset = .places(try Self.detailPlaces(names, gazetteer: data.gazetteer))
        }
        options.banner = settings.banner.flatMap { $0 == "none" ? nil : ClassificationBanner(text: $0) }
        options.paper = settings.paper.flatMap(Paper.init(parsing:))
        if let region = settings.region {
            options.region = try RegionParser.region(region, gazetteer: data.gazetteer)
        }
        return options
    }
}
