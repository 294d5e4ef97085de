import Foundation
import Geo
import Routes

extension TrackLinker {
    /// The ways round the major passages a sea track's voyage uses, when its asset asks for
    /// them (``Asset/alternatives``) and the linker can find them; else none. Errors are the
    /// router's, as ``legs(of:avoid:)`` throws them.
    public func alternatives(of track: Track, avoid: [String] = []) throws -> [AlternativeLine] {
        guard track.asset.alternatives, track.asset.mode == .sea, !track.asset.fixedPath,
              let seaAlternatives, track.sightings.count >= 2 else { return [] }
        let stops = track.sightings
        let voyage = try voyageStops(stops.map(\.stop))
        let options = SeaRouteOptions(avoid: Set(avoid.map { $0.lowercased() }),
                                      departure: stops.first?.time, speedKnots: track.asset.speedKnots)
        let routes = try seaAlternatives(voyage, options)
        guard let routed = routes.first(where: { $0.avoided.isEmpty }) else { return [] }
        return routes.filter { !$0.avoided.isEmpty }.map { route in
            AlternativeLine(asset: track.asset, label: route.label ?? "", points: route.points,
                            lengthMeters: route.lengthMeters, extraMeters: route.lengthMeters - routed.lengthMeters)
        }
    }
}
