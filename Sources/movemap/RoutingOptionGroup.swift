import ArgumentParser
import Movemap
import Scenario

/// Whether routed voyages are kept between runs.
struct RoutingOptionGroup: ParsableArguments {
    @Flag(help: ArgumentHelp("Route every voyage, and every flight round closed airspace, afresh instead of reusing those routed by earlier runs (kept in $MOVEMAP_CACHE, else $XDG_CACHE_HOME/movemap or ~/.cache/movemap; MOVEMAP_CACHE=off turns it off)."))
    var noRouteCache = false

    /// The route cache for maps drawn from `data`, unless it is turned off.
    func cache(data: DataStore) throws -> RouteCache? {
        noRouteCache ? nil : try RouteCache.standard(data: data, version: MovemapVersion.current)
    }

    /// The linker for `data`, with the route cache unless it is turned off.
    func linker(data: DataStore) throws -> TrackLinker {
        try Routing.linker(data: data, cache: try cache(data: data))
    }
}
