import ArgumentParser
import Foundation
import Geo
import MapVocabulary
import Movemap
import Render
import Routes
import Scenario

/// Map options shared by `render` and `batch`. Each is a ``MapSetting`` — the same name,
/// limits, default and help as the scenario's `map:` key it overrides — and parses through
/// it; `--no-X` turns a yes/no setting off whatever the scenario says.
struct MapOptionGroup: ParsableArguments {
    @Option(name: .customLong(MapSetting.size.flag), help: help(.size)) var size: String?
    @Option(name: .customLong(MapSetting.scale.flag), help: help(.scale)) var scale: String?
    @Option(name: .customLong(MapSetting.paper.flag), help: help(.paper)) var paper: String?
    @Option(name: .customLong(MapSetting.region.flag), parsing: .unconditional, help: help(.region)) var region: String?
    @Option(name: .customLong(MapSetting.projection.flag), help: help(.projection)) var projection: String?
    @Option(name: .customLong(MapSetting.theme.flag), help: help(.theme)) var theme: String?
    @Option(name: .customLong(MapSetting.resolution.flag), help: help(.resolution)) var resolution: String?
    @Flag(name: .customLong(MapSetting.transparent.flag), inversion: .prefixedNo, help: help(.transparent)) var transparent: Bool?
    @Flag(name: .customLong(MapSetting.graticule.flag), inversion: .prefixedNo, help: help(.graticule)) var graticule: Bool?
    @Flag(name: .customLong(MapSetting.countryNames.flag), inversion: .prefixedNo, help: help(.countryNames)) var countryNames: Bool?
    @Flag(name: .customLong(MapSetting.inset.flag), inversion: .prefixedNo, help: help(.inset)) var inset: Bool?
    @Option(name: .customLong(MapSetting.detail.flag), help: help(.detail)) var detail: String?
    @Flag(name: .customLong(MapSetting.northArrow.flag), inversion: .prefixedNo, help: help(.northArrow)) var northArrow: Bool?
    @Option(name: .customLong(MapSetting.banner.flag), help: help(.banner)) var banner: String?
    @Option(name: .customLong(MapSetting.svgText.flag), help: help(.svgText)) var svgText: String?
    @Option(name: .customLong(MapSetting.style.flag), help: help(.style), completion: .file(extensions: ["yaml", "yml"])) var style: String?

    @Option(help: ArgumentHelp("Show where each asset is estimated to be at this time (\(ValueParsers.timeForms)).", valueName: "DATE"))
    var at: String?

    /// A setting's help with its default, e.g. "Colours: light, dark or print. (default: light)".
    static func help(_ setting: MapSetting) -> ArgumentHelp {
        ArgumentHelp(setting.help + (setting.isBoolean ? "" : " (default: \(setting.defaultText))"),
                     valueName: setting.isBoolean ? nil : setting.valueName)
    }

    /// The value each setting's flag was given, as text, in ``MapSetting/all``'s order.
    var given: [(setting: MapSetting, text: String?)] {
        let yesNo = { (value: Bool?) in value.map { $0 ? "true" : "false" } }
        return [(.size, size), (.scale, scale), (.paper, paper), (.region, region), (.projection, projection), (.theme, theme),
                (.resolution, resolution), (.transparent, yesNo(transparent)), (.graticule, yesNo(graticule)),
                (.countryNames, yesNo(countryNames)), (.inset, yesNo(inset)), (.detail, detail), (.northArrow, yesNo(northArrow)),
                (.banner, banner), (.svgText, svgText), (.style, style)]
    }

    /// The overrides these flags make, or a usage error quoting the accepted form.
    func overrides() throws -> MapJob.Overrides {
        var overrides = MapJob.Overrides()
        for (setting, text) in given {
            guard let text else { continue }
            do { try setting.assign(text, to: &overrides.map) } catch {
                throw MovemapError.usage("--\(setting.flag) \(error.message) — \(error.fix)")
            }
        }
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
        try Routing.linker(data: data, cache: try cache(data: data))
    }
}
