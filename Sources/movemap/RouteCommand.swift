import ArgumentParser
import Foundation
import Geo
import Movemap
import Routes
import Scenario

struct RouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "route",
        abstract: "Find a sea or flight route through ordered places.",
        subcommands: [SeaRouteCommand.self, AirRouteCommand.self])
}

/// Route timing and output options shared by `route sea` and `route air`.
struct RouteOutputGroup: ParsableArguments {
    @Option(help: "Speed in knots, for hours and ETAs.")
    var speed: Double?

    @Option(help: ArgumentHelp("Departure time (\(ValueParsers.timeForms)), for ETAs; without --speed at the default speed (\(RouteTiming.defaults)).", valueName: "DATE"))
    var depart: String?

    @Flag(help: "Print one JSON object: length_nm, length_km, legs, geometry (lon/lat).")
    var json = false

    @Flag(help: "Print a GeoJSON Feature.")
    var geojson = false
}

struct SeaRouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sea",
        abstract: "A water-only route through ordered ports, seas, straits or lon,lat points.",
        discussion: """
        Ports and bases are snapped to the nearest navigable water (the snap distance is \
        reported). Seas and straits between the ends are passed through, in order; a strait \
        or canal named between them (Suez Canal, Kiel Canal, Bosporus) is passed through, and \
        one closed by default is opened for that voyage, with a note.

        Passages: gibraltar, dover, oresund, great-belt, little-belt, bosporus, dardanelles, \
        messina, rion-antirrion, kerch, bab-el-mandeb, hormuz, malacca, singapore, bering, \
        suez and panama are open; close any with --avoid. The kiel and corinth canals are \
        closed unless opened with --allow.

        Seasonal passages: northern-sea-route (open 1 Jul–15 Nov) and northwest-passage \
        (open 1 Aug–10 Oct) are judged at the day the ship would reach them, from --depart \
        and --speed (\(Int(SeaRoute.defaultSpeedKnots)) kn when not given). With no \
        --depart they stay closed, and a note says how much shorter they would be; \
        --allow northern-sea-route opens one whatever the day. The central Arctic Ocean is \
        never a route. Winter ice (the Gulfs of Bothnia and Finland, the White Sea, the \
        Arctic coastal seas, Hudson and Baffin Bays, the Sea of Okhotsk) is noted, not closed.

        A voyage whose leg-by-leg way would cover the same water twice goes the other way \
        when its waypoints allow, and says so. --alternatives also gives the best way round \
        each major passage the route uses (Suez or the Cape, Panama or Magellan), with its \
        length and the days it adds.

        A position is lon,lat in degrees; a negative one is written as it is \
        (-5.35,36.0). --depart without --speed times the voyage at \(Int(SeaRoute.defaultSpeedKnots)) kn \
        and says so.

        Examples:
          movemap route sea Severomorsk "Norwegian Sea" "English Channel" Tartus
          movemap route sea Novorossiysk Tartus --avoid bosporus
          movemap route sea Baltiysk Tartus --speed 12 --depart 2024-12-10 --json
          movemap route sea Rotterdam Busan --depart 2025-08-01
          movemap route sea Piraeus Mombasa --alternatives
          movemap route sea -5.35,36.0 Tartus
        """)

    @Argument(parsing: .allUnrecognized,
              help: ArgumentHelp("Places in order: origin, any seas or straits to pass, destination.", valueName: "places"))
    var places: [String]

    @Option(help: ArgumentHelp("Passages to keep out of, comma-separated.", valueName: "PASSAGE,..."))
    var avoid: String?

    @Option(help: ArgumentHelp("Passages or canals to open that are closed by default, comma-separated.", valueName: "PASSAGE,..."))
    var allow: String?

    @OptionGroup var output: RouteOutputGroup

    @Flag(help: "Also give the best route avoiding each major passage the shortest uses (Suez or the Cape, Panama or Magellan, the Turkish Straits or none), each with its passages, length and days.")
    var alternatives = false

    @OptionGroup var routing: RoutingOptionGroup

    mutating func validate() throws {
        places = try DashedValues.validated(places)
    }

    func run() async throws {
        let timing = try RouteTiming(output, mode: .sea)
        let data = try DataStore(prefetchingSeaRouting: true)
        let (stops, warnings) = try Waypoints.resolve(places, gazetteer: data.gazetteer, preferred: PlaceContext.seaKinds)
        warnings.forEach(printError)
        let waypoints = SeaWaypoint.voyage(stops.map { Stop(place: $0) })
        let options = SeaRouteOptions(avoid: RouteTiming.list(avoid), allow: RouteTiming.list(allow),
                                      departure: timing.departure, speedKnots: output.speed)
        let found: SeaAlternatives
        do {
            if alternatives {
                found = try data.seaRouter().alternatives(waypoints, options: options)
            } else {
                found = SeaAlternatives(routes: [try Routing.seaRoute(waypoints, options: options, data: data,
                                                                     cache: routing.cache(data: data))], unroutable: [])
            }
        } catch let failure as RouteFailure {
            throw RouteTiming.failure(failure, places: places)
        } catch let error as RouteError {
            throw MovemapError.usage("\(error)")
        }
        let reports = found.routes.map { route in
            var report = RouteReport(mode: "sea", legs: route.legs.map { ($0.from, $0.to, $0.points, ($0.startSnapMeters, $0.endSnapMeters)) },
                                     passages: route.passages, speedKnots: timing.speed, speedIsDefault: timing.isDefault,
                                     departure: timing.departure)
            report.notes = route.notes.isEmpty ? nil : route.notes
            if alternatives {
                report.label = route.label
                report.avoided = route.avoided.isEmpty ? nil : route.avoided
            }
            return report
        }
        guard alternatives else { return try RouteTiming.print(reports[0], output: output) }
        try printAlternatives(reports, unroutable: found.unroutable, speed: timing.speed ?? SeaRoute.defaultSpeedKnots)
    }

    /// The shortest route as without --alternatives, then one line per alternative:
    /// "via Cape of Good Hope: 11,740 nm (+3,520 nm, +10.5 days at 14 kn); passages: gibraltar".
    /// JSON and GeoJSON print every route, shortest first; a passage no route avoids is said
    /// on stderr there.
    func printAlternatives(_ reports: [RouteReport], unroutable: [SeaAlternatives.Unroutable], speed: Double) throws {
        let missing = unroutable.map { "\($0.label): no water route (\($0.reason))" }
        if output.geojson || output.json {
            Swift.print(output.geojson ? try RouteReport.geoJSON(reports) : try RouteReport.json(reports))
            missing.forEach { printError("note: \($0)") }
            return
        }
        try RouteTiming.print(reports[0], output: output)
        let shortest = reports[0].lengthNauticalMiles
        let knots = String(format: "%g", speed)
        for report in reports.dropFirst() {
            let extra = report.lengthNauticalMiles - shortest
            let days = String(format: "%.1f", extra / speed / 24)
            var line = "\(report.label ?? ""): \(DistanceText.nauticalMiles(report.lengthNauticalMiles)) "
                + "(+\(DistanceText.nauticalMiles(extra)), +\(days) days at \(knots) kn)"
            if let passages = report.passages, !passages.isEmpty { line += "; passages: \(passages.joined(separator: ", "))" }
            Swift.print(line)
            // The first route's notes already say whether seasons could be judged.
            for note in report.notes ?? [] where !(reports[0].notes ?? []).contains(note) && !note.contains("no departure date") {
                Swift.print("  note: \(note)")
            }
        }
        missing.forEach { Swift.print($0) }
    }

}

struct AirRouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "air",
        abstract: "A flight route on geodesic arcs through ordered airfields or lon,lat points.",
        discussion: """
        A sea or region between two places is flown through where the way is \
        shortest: the arc is kept where it crosses the area, else the flight touches \
        the area's nearest edge. A position is lon,lat in degrees; a negative one is \
        written as it is (-0.45,51.47).

        With --avoid-airspace the route goes around the union of those countries' \
        territory by the shortest path. A group closes all its members, as of \
        \(AirspaceGroup.asOf):
          \(AirspaceGroup.summary.replacingOccurrences(of: "\n", with: "\n  "))

        --depart without --speed times the flight at \(Int(FlightRoute.defaultSpeedKnots)) kn and says so.

        Examples:
          movemap route air Hmeimim "Al Khadim" Bamako
          movemap route air Chkalovsky Hmeimim --avoid-airspace UA,TR,GE --json
          movemap route air Chkalovsky Hmeimim --avoid-airspace NATO,UA,GE,AZ,AM,MD,CY
          movemap route air Hmeimim "Black Sea" Chkalovsky
        """)

    @Argument(parsing: .allUnrecognized,
              help: ArgumentHelp("Places in order: origin, any waypoints or areas to pass, destination.", valueName: "places"))
    var places: [String]

    @Option(help: ArgumentHelp("Countries whose airspace is closed, comma-separated: ISO codes (alpha-2 or alpha-3) or groups \(AirspaceGroup.all.map(\.name).joined(separator: ", ")).", valueName: "ISO|GROUP,..."))
    var avoidAirspace: String?

    @OptionGroup var output: RouteOutputGroup

    mutating func validate() throws {
        places = try DashedValues.validated(places)
    }

    func run() async throws {
        let timing = try RouteTiming(output, mode: .air)
        let data = try DataStore()
        let (stops, warnings) = try Waypoints.resolve(places, gazetteer: data.gazetteer, preferred: PlaceContext.airfieldKinds)
        warnings.forEach(printError)
        let avoid = Set(RouteTiming.list(avoidAirspace).map { $0.uppercased() })
        let router = FlightRouter(countries: avoid.isEmpty ? nil : try data.countries())
        let waypoints = stops.enumerated().map { index, place in
            FlightWaypoint(stop: Stop(place: place), isEnd: index == 0 || index == stops.count - 1)
        }
        let route: FlightRoute
        do {
            route = try router.locatedRoute(waypoints, options: FlightOptions(avoidAirspace: avoid))
        } catch let failure as RouteFailure {
            throw RouteTiming.failure(failure, places: places)
        } catch let error as FlightRouteError {
            throw MovemapError.usage("\(error)")
        }
        let report = RouteReport(mode: "air", legs: route.legs.map { ($0.from, $0.to, $0.points, nil) },
                                 passages: nil, speedKnots: timing.speed, speedIsDefault: timing.isDefault,
                                 departure: timing.departure)
        try RouteTiming.print(report, output: output)
    }
}

/// The speed and departure a route is timed with, from `--speed` and `--depart`.
struct RouteTiming {
    /// Knots for hours and ETAs: `--speed`, or with `--depart` alone the mode's default.
    var speed: Double?
    /// `true` when ``speed`` is the mode's default (``TravelMode/defaultSpeedKnots``).
    var isDefault: Bool
    var departure: Date?

    /// The default speeds as help says them: `14 kn at sea, 420 kn in the air`.
    static let defaults = "\(Int(SeaRoute.defaultSpeedKnots)) kn at sea, \(Int(FlightRoute.defaultSpeedKnots)) kn in the air"

    init(_ output: RouteOutputGroup, mode: TravelMode) throws {
        if let speed = output.speed, !(speed > 0 && speed < 5000) {
            throw MovemapError.usage("--speed \(speed) must be a positive number of knots")
        }
        if let text = output.depart {
            guard let date = ValueParsers.time(text) else {
                throw MovemapError.usage("--depart '\(text)' is not a time — write \(ValueParsers.timeForms)")
            }
            departure = date
        }
        speed = output.speed ?? (departure == nil ? nil : mode.defaultSpeedKnots)
        isDefault = output.speed == nil && speed != nil
    }

    /// A routing error at one waypoint: no path is the work failing (exit 1), naming the
    /// place where the route breaks; anything else is a bad request (exit 2).
    static func failure(_ failure: RouteFailure, places: [String]) -> MovemapError {
        let place = places.indices.contains(failure.index) ? " — it breaks at place \(failure.index + 1) '\(places[failure.index])'" : ""
        switch failure.error {
        case RouteError.noWaterPath, FlightRouteError.noPath:
            return MovemapError.route(asset: places.joined(separator: " → "), message: "\(failure.error)\(place)")
        default:
            return MovemapError.usage("\(failure.error)")
        }
    }

    static func list(_ text: String?) -> Set<String> {
        Set((text ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty })
    }

    static func print(_ report: RouteReport, output: RouteOutputGroup) throws {
        if output.geojson {
            Swift.print(try report.geoJSON())
        } else if output.json {
            Swift.print(try report.json())
        } else {
            for leg in report.legs {
                var line = "\(leg.from) → \(leg.to): \(leg.lengthNauticalMiles) nm (\(leg.lengthKilometers) km)"
                if let hours = leg.hours { line += ", \(hours) h" }
                if let eta = leg.eta { line += ", ETA \(eta)" }
                if let snap = leg.startSnapMeters, snap > 0 { line += ", start snapped \(Int(snap)) m" }
                if let snap = leg.endSnapMeters, snap > 0 { line += ", end snapped \(Int(snap)) m" }
                Swift.print(line)
            }
            if let passages = report.passages, !passages.isEmpty { Swift.print("passages: \(passages.joined(separator: ", "))") }
            for note in report.notes ?? [] { Swift.print("note: \(note)") }
            var total = "total: \(report.lengthNauticalMiles) nm (\(report.lengthKilometers) km)"
            if let speed = report.speedKnots {
                total += " at \(String(format: "%g", speed)) kn" + (report.speedIsDefault == true ? " (default)" : "")
            }
            Swift.print(total)
        }
    }
}
