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

/// A passage or group of passages a navigator weighs as one choice ("Suez or the Cape").
struct MajorPassage: Sendable {
    /// How a reader names the choice: "Turkish Straits".
    var name: String
    /// The passage ids closed to avoid it.
    var ids: [String]
    /// Passages closed by default that the way round it takes (the Kiel Canal round the
    /// Danish straits).
    var opens: [String] = []

    /// The choices ``SeaRouter/alternatives(_:options:)`` weighs, in the order tried.
    static let all: [MajorPassage] = [
        MajorPassage(name: "Suez Canal", ids: ["suez"]),
        MajorPassage(name: "Panama Canal", ids: ["panama"]),
        MajorPassage(name: "Turkish Straits", ids: ["bosporus", "dardanelles"]),
        MajorPassage(name: "Strait of Gibraltar", ids: ["gibraltar"]),
        MajorPassage(name: "Bab el-Mandeb", ids: ["bab-el-mandeb"]),
        MajorPassage(name: "Strait of Hormuz", ids: ["hormuz"]),
        MajorPassage(name: "Strait of Malacca", ids: ["malacca", "singapore"]),
        MajorPassage(name: "Strait of Dover", ids: ["dover"]),
        MajorPassage(name: "Danish straits", ids: ["oresund", "great-belt", "little-belt"], opens: ["kiel"]),
        MajorPassage(name: "Kiel Canal", ids: ["kiel"]),
        MajorPassage(name: "Bering Strait", ids: ["bering"]),
        MajorPassage(name: "Northern Sea Route", ids: ["northern-sea-route"]),
        MajorPassage(name: "Northwest Passage", ids: ["northwest-passage"]),
    ]
}

/// A place a way round is known by: "via Cape of Good Hope".
struct RouteLandmark: Sendable {
    var name: String
    var coordinate: Coordinate
    /// A route passes it when one of its points is this near, meters.
    var radius: Double
    /// A cape or strait that names a whole way round ("via Cape of Good Hope") comes before
    /// the passages a route adds; a weak one ("north of Scotland") only after them.
    var strong = true
    /// For a cape: +1 when rounding it means crossing its meridian north of it, −1 south of
    /// it (however far out); 0 for a strait, passed only within ``radius``.
    var rounding = 0

    /// Landmarks in the order they name a route: the narrower first, where two are near.
    /// The capes and straits the ways round the continents pass.
    static let all: [RouteLandmark] = [
        RouteLandmark(name: "Strait of Magellan", coordinate: Coordinate(latitude: -53.6, longitude: -70.9), radius: 80_000),
        RouteLandmark(name: "Cape Horn", coordinate: Coordinate(latitude: -55.98, longitude: -67.27), radius: 300_000,
                      rounding: -1),
        RouteLandmark(name: "Cape of Good Hope", coordinate: Coordinate(latitude: -34.36, longitude: 18.47), radius: 300_000,
                      rounding: -1),
        RouteLandmark(name: "Sunda Strait", coordinate: Coordinate(latitude: -6.0, longitude: 105.85), radius: 100_000),
        RouteLandmark(name: "Lombok Strait", coordinate: Coordinate(latitude: -8.77, longitude: 115.73), radius: 100_000),
        RouteLandmark(name: "north of Scotland", coordinate: Coordinate(latitude: 58.7, longitude: -3.0), radius: 200_000,
                      strong: false, rounding: 1),
        RouteLandmark(name: "Skagen", coordinate: Coordinate(latitude: 57.74, longitude: 10.65), radius: 60_000, strong: false),
    ]

    /// Whether a point of `points` lies within ``radius``, or for a cape, whether the line
    /// crosses its meridian on the far side of it.
    func isPassed(by points: [Coordinate]) -> Bool {
        let geodesic = Geodesic.wgs84
        if points.contains(where: { geodesic.distance(from: $0, to: coordinate) <= radius }) { return true }
        guard rounding != 0 else { return false }
        for (a, b) in zip(points, points.dropFirst()) {
            // The meridian's longitude in the unrolled range of this segment, if it is crossed.
            let shift = Coordinate.turns(from: coordinate.longitude, to: a.longitude)
            let meridian = coordinate.longitude + shift
            guard (min(a.longitude, b.longitude)...max(a.longitude, b.longitude)).contains(meridian),
                  a.longitude != b.longitude else { continue }
            let t = (meridian - a.longitude) / (b.longitude - a.longitude)
            let latitude = a.latitude + (b.latitude - a.latitude) * t
            if Double(rounding) * (latitude - coordinate.latitude) > 0 { return true }
        }
        return false
    }
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
