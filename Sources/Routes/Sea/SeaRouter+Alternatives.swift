import Foundation
import Geo

/// A voyage's shortest route and the best route avoiding each major passage it uses.
public struct SeaAlternatives: Sendable, Equatable {
    /// A major passage the voyage cannot do without: avoiding it leaves no water route.
    public struct Unroutable: Sendable, Equatable {
        /// "avoiding Strait of Hormuz".
        public var label: String
        /// The passage ids that were closed.
        public var avoided: [String]
        /// The router's reason, as its error says it.
        public var reason: String
    }

    /// The shortest route first, then the alternatives, shorter first. Each alternative has
    /// its ``SeaRoute/label`` and ``SeaRoute/avoided`` set.
    public var routes: [SeaRoute]
    /// Major passages of the shortest route no other route avoids, in the order tried.
    public var unroutable: [Unroutable]

    /// Alternatives from their parts, as given; `routes` must hold at least the shortest
    /// route, first.
    public init(routes: [SeaRoute], unroutable: [Unroutable]) {
        self.routes = routes
        self.unroutable = unroutable
    }

    /// The shortest route.
    public var shortest: SeaRoute { routes[0] }
}

extension SeaRouter {
    /// The route through `waypoints` (as ``route(_:options:)``) and, for each major passage
    /// it uses that the waypoints do not name — the Suez Canal, the Panama Canal, the Turkish
    /// Straits, Gibraltar, Bab el-Mandeb, Hormuz, Malacca, Dover, the Danish straits (whose way
    /// round opens the Kiel Canal), the Kiel Canal, the Bering Strait, the seasonal Arctic
    /// passages — the best route with that passage closed; shortest first. Each way round is
    /// labelled beside the route as the options give it: by the cape or strait it passes that
    /// the route does not ("via Cape of Good Hope"), else by the major passage it adds ("via
    /// Panama Canal"), else by a lesser landmark ("via north of Scotland"), else by what it
    /// avoids ("avoiding Strait of Dover"); that route is "shortest", or when a way round is
    /// shorter (the Kiel Canal, closed unless allowed), labelled beside it. Routes that come
    /// out the same as another are dropped. Complexity: one voyage per major passage used,
    /// each as costly as the first.
    public func alternatives(_ waypoints: [SeaWaypoint], options: SeaRouteOptions = .init()) throws -> SeaAlternatives {
        let routed = try locatedRoute(waypoints, options: options)
        let named = Set(waypoints.compactMap(\.passage))
        var routes: [(route: SeaRoute, major: MajorPassage?)] = [(routed, nil)]
        var unroutable: [SeaAlternatives.Unroutable] = []
        for major in MajorPassage.all where major.ids.contains(where: routed.passages.contains)
            && !major.ids.contains(where: named.contains) && !major.ids.allSatisfy(options.avoid.contains) {
            var closing = options
            closing.avoid.formUnion(major.ids)
            let opened = major.opens.filter { id in
                !options.avoid.contains(id) && !options.allow.contains(id) && table.contains { $0.id == id && !$0.openByDefault }
            }
            closing.allow.formUnion(opened)
            guard var route = try alternative(waypoints, options: closing, unroutable: &unroutable, major: major)
            else { continue }
            let same = routes.contains {
                $0.route.passages == route.passages && abs($0.route.lengthMeters - route.lengthMeters) <= 0.001 * route.lengthMeters
            }
            if same { continue }
            for id in opened where route.passages.contains(id) {
                route.notes.append("\(table.first { $0.id == id }!.name) is closed unless allowed; opened for this way round the \(major.name)")
            }
            route.avoided = major.ids
            routes.append((route, major))
        }
        routes.sort { $0.route.lengthMeters < $1.route.lengthMeters }
        let shortest = routes[0].route
        let labelled = routes.enumerated().map { index, entry in
            var route = entry.route
            if let major = entry.major {
                route.label = label(route, against: routed, avoiding: major)
            } else {
                route.label = index == 0 ? "shortest" : label(route, against: shortest, avoiding: nil)
            }
            return route
        }
        return SeaAlternatives(routes: labelled, unroutable: unroutable)
    }

    /// The voyage with `options`; nil, recording why in `unroutable`, when no water route is
    /// left. Other errors are thrown.
    private func alternative(_ waypoints: [SeaWaypoint], options: SeaRouteOptions,
                             unroutable: inout [SeaAlternatives.Unroutable], major: MajorPassage) throws -> SeaRoute? {
        do {
            return try route(waypoints, options: options)
        } catch let error as RouteError {
            guard case .noWaterPath = error else { throw error }
            unroutable.append(.init(label: "avoiding \(major.name)", avoided: major.ids, reason: "\(error)"))
            return nil
        }
    }

    /// How a reader names `route` beside `shortest`; `major` is what it was routed to avoid,
    /// nil for the route as the options give it.
    func label(_ route: SeaRoute, against shortest: SeaRoute, avoiding major: MajorPassage?) -> String {
        let points = route.points, shortestPoints = shortest.points
        let passed = RouteLandmark.all.filter { $0.isPassed(by: points) && !$0.isPassed(by: shortestPoints) }
        if let landmark = passed.first(where: \.strong) {
            return "via \(landmark.name)"
        }
        let added = route.passages.filter { !shortest.passages.contains($0) }
        if let first = MajorPassage.all.first(where: { $0.ids.contains(where: added.contains) }) {
            return "via \(first.name)"
        }
        if let first = added.first, let passage = table.first(where: { $0.id == first }) {
            return "via \(passage.name)"
        }
        if let landmark = passed.first {
            return "via \(landmark.name)"
        }
        return major.map { "avoiding \($0.name)" } ?? "with the passages as given"
    }
}
