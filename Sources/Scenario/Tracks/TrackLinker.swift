import Foundation
import Geo
import Routes

/// Links sightings into tracks and tracks into legs.
///
/// Sightings are grouped by asset and put in time order (sightings without a time keep
/// their place after the timed sighting that precedes them in the input). Consecutive stops
/// become legs routed by the asset's mode: sea legs through the injected water router,
/// which sees a whole voyage at once so it can pass the named areas in order; air legs by
/// the flight router; road legs as geodesics, said so in the leg's `geometryNote`.
public struct TrackLinker: Sendable {
    /// Finds a water path through all the stops of a voyage, in order; returns the polyline.
    /// The sea router's options carry the passages to avoid and, for seasonal passages, the
    /// voyage's departure (its first stop's time) and the asset's speed. A ``RouteFailure``
    /// it throws names the stop by its index in `stops`.
    public typealias SeaRouting = @Sendable (_ stops: [Stop], _ options: SeaRouteOptions) throws -> SeaPath
    /// Finds a flight path between two stops; returns the polyline. A ``RouteFailure`` it
    /// throws names the stop by its index, 0 for `from` and 1 for `to`.
    public typealias AirRouting = @Sendable (_ from: Stop, _ to: Stop, _ avoid: [String]) throws -> [Coordinate]

    /// Where a voyage meets each stop, before it is routed and cut into legs (a country's
    /// shore rather than its centre); by default the stops as they are.
    public typealias VoyageStops = @Sendable (_ stops: [Stop]) throws -> [Stop]

    /// Finds a voyage's ways round the major passages it uses: every route of
    /// ``SeaRouter/alternatives(_:options:)``, the route as routed among them (the one that
    /// avoids nothing).
    public typealias SeaAlternativeRouting = @Sendable (_ stops: [Stop], _ options: SeaRouteOptions) throws -> [SeaRoute]

    /// Routes a sea asset's whole voyage through its stops.
    public var sea: SeaRouting
    /// For assets that ask for ``Asset/alternatives``; nil draws none.
    public var seaAlternatives: SeaAlternativeRouting?
    /// Routes one flight leg between two stops, closing the airspace of the given countries
    /// or groups.
    public var air: AirRouting
    /// Moves a voyage's stops to where the voyage meets them before routing.
    public var voyageStops: VoyageStops
    /// What a sea leg's line is, for the leg's `geometryNote`.
    public var seaNote: String

    /// A linker from its routers; by default stops are used as they are, sea lines are noted
    /// as a "water route" and no alternatives are drawn.
    public init(sea: @escaping SeaRouting, air: @escaping AirRouting, voyageStops: @escaping VoyageStops = { $0 },
                seaNote: String = "water route", seaAlternatives: SeaAlternativeRouting? = nil) {
        self.sea = sea
        self.seaAlternatives = seaAlternatives
        self.air = air
        self.voyageStops = voyageStops
        self.seaNote = seaNote
    }

    /// A linker that draws every leg as a geodesic: useful without routing data.
    public static let geodesic = TrackLinker(
        sea: { stops, _ in SeaPath(points: TrackLinker.geodesicPath(stops.map(\.coordinate))) },
        air: { from, to, _ in TrackLinker.geodesicPath([from.coordinate, to.coordinate]) },
        seaNote: "straight line (no sea routing)")

    /// Groups sightings into tracks, one per asset, in the order assets are given.
    public func tracks(assets: [Asset], sightings: [Sighting]) -> [Track] {
        assets.compactMap { asset in
            let own = sightings.enumerated().filter { $0.element.asset == asset.id }
            guard !own.isEmpty else { return nil }
            var lastTime = Date.distantPast
            let keyed = own.map { entry -> (Date, Int, Sighting) in
                if let time = entry.element.time { lastTime = time }
                return (entry.element.time ?? lastTime, entry.offset, entry.element)
            }
            let ordered = keyed.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
            return Track(asset: asset, sightings: ordered)
        }
    }

    /// The legs of a track with geometry, lengths and times, and any warnings.
    ///
    /// A routing error about one stop (a ``RouteFailure`` from the routers) is thrown as a
    /// ``TrackFailure`` naming that stop's sighting; other errors pass through as they are.
    public func legs(of track: Track, avoid: [String] = []) throws -> (legs: [Leg], warnings: [TrackWarning]) {
        let stops = track.sightings
        guard stops.count >= 2 else { return ([], []) }
        var paths: [[Coordinate]] = []
        var note: String
        // What the sea router chose and why: seasonal passages, winter ice, diversions.
        var routeNotes: [TrackWarning] = []
        switch track.asset.mode {
        case _ where track.asset.fixedPath:
            paths = zip(stops, stops.dropFirst()).map { [$0.stop.coordinate, $1.stop.coordinate] }
            note = "as given"
        case .sea:
            let voyage = try voyageStops(stops.map(\.stop))
            let options = SeaRouteOptions(avoid: Set(avoid.map { $0.lowercased() }),
                                          departure: stops.first?.time, speedKnots: track.asset.speedKnots)
            let path: SeaPath
            do {
                path = try sea(voyage, options)
            } catch let failure as RouteFailure where stops.indices.contains(failure.index) {
                throw TrackFailure(asset: track.asset, sighting: stops[failure.index], error: failure.error)
            }
            paths = TrackLinker.split(path.points, at: voyage)
            routeNotes = path.notes.map { TrackWarning(message: "\(track.asset.name): \($0)", location: stops[0].location) }
            note = seaNote
        case .air:
            let passed = TrackLinker.passedAreas(stops.map(\.stop))
            paths = try zip(passed, passed.dropFirst()).enumerated().map { index, pair in
                do {
                    return try air(pair.0, pair.1, avoid)
                } catch let failure as RouteFailure where (0...1).contains(failure.index) {
                    throw TrackFailure(asset: track.asset, sighting: stops[index + failure.index], error: failure.error)
                }
            }
            note = "geodesic"
        case .road:
            paths = zip(stops, stops.dropFirst()).map { TrackLinker.geodesicPath([$0.stop.coordinate, $1.stop.coordinate]) }
            note = "straight line (no road network)"
        }
        var legs: [Leg] = []
        for (index, points) in paths.enumerated() {
            let from = stops[index], to = stops[index + 1]
            legs.append(Leg(asset: track.asset, from: from, to: to, mode: track.asset.mode,
                            status: max(from.status, to.status), points: points,
                            lengthMeters: Polyline(points).lengthMeters, departure: nil, arrival: nil,
                            arrivalEstimated: false, geometryNote: note))
        }
        let scheduled = Timing.schedule(legs, asset: track.asset)
        return (scheduled.legs, routeNotes + scheduled.warnings + TrackLinker.snapWarnings(legs, asset: track.asset))
    }

    /// A flight "over the Norwegian Sea" passes through it: an area between two stops of a
    /// flight becomes the point of the area on the shortest path between its neighbours
    /// (``AreaPassage``) — where the arc crosses it, or else on its edge nearest the way —
    /// never a spike to the area's centre. Straits and canals are flown over at their narrows.
    static func passedAreas(_ stops: [Stop]) -> [Stop] {
        let points = AreaPassage.points(stops.map { ($0.coordinate, $0.isNarrows ? nil : $0.area) })
        return zip(stops, points).map { stop, point in
            var stop = stop
            stop.coordinate = point
            return stop
        }
    }

    /// Point stops drawn more than 5 km from where the scenario puts them (a port snapped to
    /// the nearest navigable water) are said: the map shows the line, the text the place.
    static func snapWarnings(_ legs: [Leg], asset: Asset) -> [TrackWarning] {
        guard asset.mode == .sea, !asset.fixedPath else { return [] }
        var warnings: [TrackWarning] = []
        for (index, leg) in legs.enumerated() {
            var ends: [(Sighting, Coordinate)] = []
            if index == 0, let first = leg.points.first { ends.append((leg.from, first)) }
            if let last = leg.points.last { ends.append((leg.to, last)) }
            for (sighting, drawn) in ends where !sighting.stop.isArea && !sighting.stop.id.hasPrefix("country:") {
                let distance = Geodesic.wgs84.distance(from: sighting.stop.coordinate, to: drawn)
                if distance > 5_000 {
                    warnings.append(TrackWarning(message: "\(asset.name)'s line starts or ends \(Int((distance / 1000).rounded())) km from \(sighting.stop.name): the nearest water the route can reach — check the place, or give 'lon,lat' on the water", location: sighting.location))
                }
            }
        }
        return warnings
    }

    /// Geodesic polyline through the points, densified every 20 km.
    public static func geodesicPath(_ points: [Coordinate]) -> [Coordinate] {
        Polyline.joined(zip(points, points.dropFirst()).map { start, end in
            Polyline(Geodesic.wgs84.line(from: start, to: end, maximumSpacing: 20_000))
        }).points
    }

    /// Splits a voyage's polyline at its intermediate stops: an area stop splits where the
    /// line first enters the area, a point stop at the line's nearest vertex.
    static func split(_ line: [Coordinate], at stops: [Stop]) -> [[Coordinate]] {
        guard stops.count > 2, line.count >= 2 else { return [line] }
        var pieces: [[Coordinate]] = []
        var start = 0
        for stop in stops.dropFirst().dropLast() {
            var index: Int?
            if let area = stop.transitArea {
                index = (start..<line.count).first { RingContainment.contains(area, line[$0]) }
            }
            if index == nil {
                let distances = (start..<line.count).map { ($0, Geodesic.wgs84.distance(from: line[$0], to: stop.coordinate)) }
                index = distances.min { $0.1 < $1.1 }?.0
            }
            let cut = min(max(index ?? start, start), line.count - 1)
            pieces.append(Array(line[start...cut]))
            start = cut
        }
        pieces.append(Array(line[start...]))
        return pieces.map { $0.count >= 2 ? $0 : $0 + $0 }
    }
}
