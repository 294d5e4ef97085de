import ArgumentParser
import Foundation
import Geo
import Movemap
import Render
import Routes
import Scenario

/// Map options shared by `render` and `batch`; each overrides the scenario's `map:` key of
/// the same name.
struct MapOptionGroup: ParsableArguments {
    @Option(help: ArgumentHelp("Page size in pixels, WIDTHxHEIGHT.", valueName: "WxH"))
    var size: String?

    @Option(help: "Pixels per point for PNG output (2 for HiDPI).")
    var scale: Double?

    @Option(parsing: .unconditional,
            help: ArgumentHelp("Area to show: auto, W,S,E,N in degrees (W > E crosses the dateline; negative values as they are: -6,48,5,54), or a place name.", valueName: "auto|W,S,E,N|NAME"))
    var region: String?

    @Option(help: ArgumentHelp("Projection: auto, a name (mercator, lcc, stereographic, equal-earth, robinson, orthographic, laea), a PROJ string or EPSG:N.", valueName: "auto|NAME|PROJ|EPSG:N"))
    var projection: String?

    @Option(help: "Colours: light, dark or print (greyscale-safe).")
    var theme: String?

    @Option(help: "Basemap detail: auto, crude, low, intermediate or high.")
    var resolution: String?

    @Flag(help: "Leave the background transparent.")
    var transparent = false

    @Flag(help: "Draw parallels and meridians.")
    var graticule = false

    @Flag(help: "Name the countries, where there is room.")
    var countryNames = false

    @Flag(help: "Add a locator inset showing where the map lies.")
    var inset = false

    @Option(help: ArgumentHelp("SVG text: outline (exact glyph shapes) or real (editable text in named layers, for Inkscape or Illustrator).", valueName: "outline|real"))
    var svgText = "outline"

    @Option(help: ArgumentHelp("Show where each asset is estimated to be at this time (\(ValueParsers.timeForms)).", valueName: "DATE"))
    var at: String?

    /// The overrides these flags make, or a usage error quoting the accepted form.
    func overrides() throws -> MapJob.Overrides {
        var overrides = MapJob.Overrides()
        if let size {
            guard let parsed = MapOptions.parseSize(size) else {
                throw MovemapError.usage("--size '\(size)' is not WIDTHxHEIGHT — write e.g. --size 1600x1000")
            }
            guard parsed.width <= 20_000, parsed.height <= 20_000 else {
                throw MovemapError.usage("--size \(size) is larger than 20000 pixels per side — use SVG or PDF for large prints")
            }
            overrides.map.width = parsed.width
            overrides.map.height = parsed.height
        }
        if let scale {
            guard MapOptions.scaleRange.contains(scale) else {
                throw MovemapError.usage("--scale \(scale) is outside 0.5…8 — use 2 for HiDPI")
            }
            overrides.map.scale = scale
        }
        overrides.map.region = region
        overrides.map.projection = projection
        if let theme {
            guard let name = Theme.Name(rawValue: theme.lowercased()) else {
                throw MovemapError.usage("--theme '\(theme)' is not light, dark or print")
            }
            overrides.map.theme = name
        }
        if let resolution, resolution.lowercased() != "auto" {
            guard let level = DetailLevel(rawValue: resolution.lowercased()) else {
                throw MovemapError.usage("--resolution '\(resolution)' is not auto, crude, low, intermediate or high")
            }
            overrides.map.resolution = level
        }
        if transparent { overrides.map.transparent = true }
        if graticule { overrides.map.graticule = true }
        if countryNames { overrides.map.countryNames = true }
        if inset { overrides.inset = true }
        guard let textMode = SVGTextMode(rawValue: svgText.lowercased()) else {
            throw MovemapError.usage("--svg-text '\(svgText)' is not outline or real")
        }
        overrides.svgText = textMode
        if let at {
            guard let date = ValueParsers.time(at) else {
                throw MovemapError.usage("--at '\(at)' is not a time — write \(ValueParsers.timeForms)")
            }
            overrides.at = date
        }
        return overrides
    }
}

/// Logging options shared by every command.
struct LoggingOptionGroup: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say more: what was matched and how long steps took.")
    var verbose = false

    @Flag(name: .shortAndLong, help: "Say nothing but errors.")
    var quiet = false

    func note(_ message: String) {
        if !quiet { printError(message) }
    }

    func detail(_ message: String) {
        if verbose && !quiet { printError(message) }
    }
}

/// Whether routed voyages are kept between runs.
struct RoutingOptionGroup: ParsableArguments {
    @Flag(help: ArgumentHelp("Route every voyage afresh instead of reusing voyages routed by earlier runs (kept in $MOVEMAP_CACHE, else $XDG_CACHE_HOME/movemap or ~/.cache/movemap; MOVEMAP_CACHE=off turns it off)."))
    var noRouteCache = false

    /// The route cache for maps drawn from `data`, unless it is turned off.
    func cache(data: DataStore) throws -> RouteCache? {
        guard !noRouteCache, let directory = RouteCache.standardDirectory() else { return nil }
        return RouteCache(directory: directory, version: MovemapVersion.current, navigation: try data.folder("navigation"))
    }

    /// The linker for `data`, with the route cache unless it is turned off.
    func linker(data: DataStore) throws -> TrackLinker {
        try Engine.linker(data: data, cache: try cache(data: data))
    }
}
