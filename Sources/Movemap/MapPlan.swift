import Foundation
import Geo
import Render
import Routes
import Scenario

/// Turns a scenario into what the renderer draws: tracks linked into legs, a marker for
/// every base, port and place the tracks touch, sea names for the areas they pass, the
/// sources for the credit line, and the date span.
public struct MapPlan: Sendable {
    /// What the renderer draws, in degrees: routes, alternatives, markers, area labels,
    /// sources and the date line.
    public var document: MapDocument
    /// Every routed leg of every track, in track order, with its line in degrees and its
    /// length in meters.
    public var legs: [Leg]
    /// What linking and routing had to say, each where the file causes it: times out of
    /// order, speeds no asset could make, line ends far from their place, the router's notes.
    public var warnings: [TrackWarning]

    /// Links and routes the scenario's tracks (on all cores) with `linker`, and builds the
    /// document. With `date`, each asset is also shown where it is estimated to be then.
    /// Throws ``MovemapError/route(asset:message:)`` for a track that cannot be routed, or
    /// `ScenarioError` for a routing failure that is the scenario's fault (an unknown
    /// passage in `avoid`, a port no water reaches), at the line that causes it.
    public init(scenario: Scenario, linker: TrackLinker, at date: Date? = nil) throws {
        var legs: [Leg] = []
        var warnings: [TrackWarning] = []
        let tracks = linker.tracks(assets: scenario.assets, sightings: scenario.sightings)
        // Tracks are routed independently, so on all cores; the first failure in track order
        // is the one reported.
        let avoid = scenario.avoid
        let outcomes = Parallel.map(tracks) { track in
            Result { () throws -> (legs: [Leg], warnings: [TrackWarning], alternatives: [AlternativeLine]) in
                let (legs, warnings) = try linker.legs(of: track, avoid: avoid[track.asset.id] ?? [])
                return (legs, warnings, try linker.alternatives(of: track, avoid: avoid[track.asset.id] ?? []))
            }
        }
        var alternatives: [AlternativeLine] = []
        for (track, outcome) in zip(tracks, outcomes) {
            switch outcome {
            case .success(let result):
                legs += result.legs
                warnings += result.warnings
                alternatives += result.alternatives
            case .failure(let error):
                if let problem = MapPlan.avoidProblem(error, asset: track.asset.id, scenario: scenario)
                    ?? MapPlan.stopProblem(error) {
                    throw ScenarioError.invalid([problem])
                }
                let message = (error as? TrackFailure).map { "at \($0.sighting.stop.name): \($0.error)" } ?? "\(error)"
                throw MovemapError.route(asset: track.asset.name, message: message)
            }
        }
        self.legs = legs
        self.warnings = warnings
        document = MapDocument(title: scenario.title, subtitle: scenario.subtitle,
                               dateText: scenario.dateText ?? MapPlan.dateSpan(scenario.sightings.flatMap { sighting -> [Date] in
                                   guard let span = sighting.span, span.precision != .instant else { return sighting.time.map { [$0] } ?? [] }
                                   return [span.start, span.end.addingTimeInterval(-1)]
                               }),
                               sources: MapPlan.sources(scenario))
        document.routes = MapPlan.routes(legs)
        document.alternatives = alternatives.map { MapAlternative(points: $0.points, label: MapPlan.label($0)) }
        (document.markers, document.areaLabels) = MapPlan.markers(scenario)
        document.areaLabels = MapPlan.namedWhereReached(document.areaLabels, scenario: scenario, legs: legs)
        document.trackDates = MapPlan.trackDates(legs, dated: Set(document.markers.filter { $0.date != nil }.map(\.coordinate)))
        if let date {
            for track in tracks {
                let own = legs.filter { $0.asset.id == track.asset.id }
                guard let position = Timing.position(at: date, legs: own) else { continue }
                document.markers.append(MapMarker(coordinate: position, kind: .estimate, label: track.asset.name,
                                                  detail: "est. " + TimeSpan.shortText(date), importance: 50))
            }
        }
    }

    /// A routing error that is the scenario's fault — an unknown passage or country in an
    /// asset's `avoid` — as a problem at that entry; nil for any other error.
    static func avoidProblem(_ error: any Error, asset: String, scenario: Scenario) -> ScenarioProblem? {
        let (entry, suggestions, what, fix): (String, [String], String, String)
        switch error {
        case let RouteError.unknownPassage(id, close, known):
            (entry, suggestions, what) = (id, close, "passage")
            fix = "passages: " + (known.isEmpty ? ["bosporus", "suez", "gibraltar"] : known).joined(separator: ", ")
        case let FlightRouteError.unknownCountry(code, close):
            (entry, suggestions, what) = (code, close, "country")
            fix = "give ISO 3166-1 codes such as TR,GR,BG or a group: EU, NATO, Schengen, GCC"
        default: return nil
        }
        guard let location = scenario.avoidLocations[asset]?[entry.lowercased()] else { return nil }
        return ScenarioProblem(location: location, message: "unknown \(what) '\(entry)' in 'avoid'",
                               fix: suggestions.isEmpty ? fix : "did you mean \(suggestions.joined(separator: ", "))? (\(fix))")
    }

    /// A routing error at one stop of a track — a port no water reaches, a sea no path
    /// passes, a field closed airspace cuts off — as a problem where the scenario writes that
    /// stop; nil for any other error, or a stop read from no file.
    static func stopProblem(_ error: any Error) -> ScenarioProblem? {
        guard let failure = error as? TrackFailure, let location = failure.sighting.location else { return nil }
        return ScenarioProblem(location: location, message: failure.description)
    }

    /// "via Cape of Good Hope +5,433 nm", "via Kiel Canal −189 nm".
    static func label(_ alternative: AlternativeLine) -> String {
        let miles = Int((alternative.extraMeters / .metersPerNauticalMile).rounded())
        return "\(alternative.label) \(miles < 0 ? "−" : "+")\(DistanceText.grouped(abs(miles))) nm"
    }

    static func routes(_ legs: [Leg]) -> [MapRoute] {
        legs.enumerated().map { index, leg in
            let next = index + 1 < legs.count ? legs[index + 1] : nil
            // An arrowhead where the track ends or stops at a place, not at every sea area.
            let arrow = next?.asset.id != leg.asset.id || !leg.to.stop.isArea
            let mode: RouteMode = leg.mode == .air ? .air : leg.mode == .sea ? .sea : .road
            return MapRoute(points: leg.points, mode: mode, certainty: Certainty(rawValue: leg.status.rawValue)!,
                            count: leg.asset.count, arrow: arrow, label: leg.asset.trackLabel,
                            from: leg.from.stop.name, to: leg.to.stop.name)
        }
    }

    static func markers(_ scenario: Scenario) -> ([MapMarker], [AreaLabel]) {
        var markers: [String: MapMarker] = [:]
        var order: [String] = []
        var areas: [String: AreaLabel] = [:]
        var areaOrder: [String] = []
        func add(_ place: Place, label: String, note: String?, importance: Int, explicit: Bool = false) {
            if let kind = place.isWrittenPosition ? .position : markerKind(place.kind) {
                if var existing = markers[place.id] {
                    existing.importance = max(existing.importance, importance)
                    if explicit { existing.label = label }
                    if let note { existing.detail = note }
                    markers[place.id] = existing
                } else {
                    markers[place.id] = MapMarker(coordinate: place.coordinate, kind: kind, label: label,
                                                  detail: note, importance: importance)
                    order.append(place.id)
                }
            } else if areas[place.id] == nil {
                let water: Set<PlaceKind> = [.sea, .strait, .canal]
                areas[place.id] = AreaLabel(coordinate: place.coordinate, text: label, onLand: !water.contains(place.kind))
                areaOrder.append(place.id)
            }
        }
        var uses: [String: Int] = [:]
        for sighting in scenario.sightings { uses[sighting.stop.id, default: 0] += 1 }
        // A line drawn as given marks only its ends, not every vertex.
        let fixed = Set(scenario.assets.filter(\.fixedPath).map(\.id))
        var ends: Set<Int> = []
        for id in fixed {
            let indices = scenario.sightings.indices.filter { scenario.sightings[$0].asset == id }
            if let first = indices.first, let last = indices.last { ends.formUnion([first, last]) }
        }
        for (index, sighting) in scenario.sightings.enumerated() {
            if fixed.contains(sighting.asset), !ends.contains(index) { continue }
            guard let place = scenario.places[sighting.stop.id] else { continue }
            // A position written as coordinates is a reported position with no label.
            add(place, label: place.isWrittenPosition ? "" : place.shortName, note: nil, importance: min(uses[place.id] ?? 1, 9))
        }
        for marker in scenario.markers {
            add(marker.place, label: marker.label, note: marker.note, importance: 10 + marker.importance, explicit: true)
        }
        // Each marked place carries when the sightings there were reported.
        var spans: [String: [TimeSpan]] = [:]
        for sighting in scenario.sightings {
            guard let span = sighting.span ?? sighting.time.map({ TimeSpan(start: $0, end: $0.addingTimeInterval(1), precision: .instant) })
            else { continue }
            spans[sighting.stop.id, default: []].append(span)
        }
        for (id, found) in spans where markers[id].map({ !$0.label.isEmpty }) == true { markers[id]?.date = TimeSpan.shortText(found) }
        return (order.compactMap { markers[$0] }, areaOrder.compactMap { areas[$0] })
    }

    /// The dates of stops no marker shows (none at the stop's coordinate in `dated`) — a sea
    /// or strait a track passes, a position given as coordinates — at the point of the line there: the end of the leg at that
    /// stop, where the track passes it. Each sighting is dated once.
    static func trackDates(_ legs: [Leg], dated: Set<Coordinate>) -> [TrackDate] {
        var dates: [TrackDate] = []
        var seen: Set<Sighting> = []
        for leg in legs {
            for (stop, point) in [(leg.from, leg.points.first), (leg.to, leg.points.last)] {
                guard let point, seen.insert(stop).inserted,
                      let span = stop.span ?? stop.time.map({ TimeSpan(start: $0, end: $0.addingTimeInterval(1), precision: .instant) }),
                      let text = TimeSpan.shortText([span]) else { continue }
                guard !dated.contains(stop.stop.coordinate) else { continue }
                dates.append(TrackDate(coordinate: point, text: text))
            }
        }
        return dates
    }

    /// A country a track ends in (or starts from) is named where the line reaches it — a
    /// little inside its edge, by the open end — not at its centre, which may lie far off the map.
    static func namedWhereReached(_ labels: [AreaLabel], scenario: Scenario, legs: [Leg]) -> [AreaLabel] {
        var labels = labels
        for (id, place) in scenario.places where place.kind == .country {
            guard let index = labels.firstIndex(where: { $0.coordinate == place.coordinate && $0.text == place.shortName }) else { continue }
            let reached = legs.compactMap { leg -> Coordinate? in
                leg.to.stop.id == id ? leg.points.last : leg.from.stop.id == id ? leg.points.first : nil
            }
            guard let edge = reached.first else { continue }
            let inward = Geodesic.wgs84.distance(from: edge, to: place.coordinate)
            guard inward > 1 else { continue }
            labels[index].coordinate = Geodesic.wgs84.intermediate(from: edge, to: place.coordinate,
                                                                   fraction: min(1, 120_000 / inward))
        }
        return labels
    }

    static func markerKind(_ kind: PlaceKind) -> MarkerKind? {
        switch kind {
        case .airBase: return .airBase
        case .navalBase: return .navalBase
        case .airport: return .airport
        case .port: return .port
        case .city: return .city
        case .region, .cape: return .place
        case .country, .sea, .strait, .canal, .island, .peninsula, .road: return nil
        }
    }

    /// Source names for the credit line: the declared sources in file order, then any
    /// source a sighting or marker names without declaring it.
    static func sources(_ scenario: Scenario) -> [String] {
        var names: [String] = []
        let keys = scenario.sources.map(\.id) + scenario.sightings.compactMap(\.source) + scenario.markers.compactMap(\.source)
        for key in keys {
            let name = scenario.sourceName(key)
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    /// "10–17 December 2024", "28 November – 3 December 2024", or one day.
    static func dateSpan(_ dates: [Date]) -> String? {
        guard let first = dates.min(), let last = dates.max() else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                      "October", "November", "December"]
        let a = calendar.dateComponents([.year, .month, .day], from: first)
        let b = calendar.dateComponents([.year, .month, .day], from: last)
        let monthA = months[a.month! - 1], monthB = months[b.month! - 1]
        if a == b { return "\(a.day!) \(monthA) \(a.year!)" }
        if a.year != b.year { return "\(a.day!) \(monthA) \(a.year!) – \(b.day!) \(monthB) \(b.year!)" }
        if a.month != b.month { return "\(a.day!) \(monthA) – \(b.day!) \(monthB) \(b.year!)" }
        return "\(a.day!)–\(b.day!) \(monthA) \(a.year!)"
    }
}
