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

    @Option(help: ArgumentHelp("Departure time (\(ValueParsers.timeForms)), for ETAs.", valueName: "DATE"))
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
        Ports and bases are snapped to the nearest navigable water (the snap distance is
        reported). Seas and straits between the ends are passed through, in order. Passages
        such as bosporus, dardanelles, suez, panama, kiel, gibraltar, dover, oresund,
        great-belt, bab-el-mandeb, hormuz and malacca can be closed with --avoid; canals off
        by default are opened with --allow.

        Examples:
          movemap route sea Severomorsk "Norwegian Sea" "English Channel" Tartus
          movemap route sea Novorossiysk Tartus --avoid bosporus
          movemap route sea Baltiysk Tartus --speed 12 --depart 2024-12-10 --json
        """)

    @Argument(help: "Places in order: origin, any seas or straits to pass, destination.")
    var places: [String]

    @Option(help: ArgumentHelp("Passages to keep out of, comma-separated.", valueName: "PASSAGE,..."))
    var avoid: String?

    @Option(help: ArgumentHelp("Passages or canals to open that are closed by default, comma-separated.", valueName: "PASSAGE,..."))
    var allow: String?

    @OptionGroup var output: RouteOutputGroup

    @OptionGroup var routing: RoutingOptionGroup

    func run() async throws {
        let departure = try RouteTiming.departure(output.depart, speed: output.speed)
        let data = try DataStore()
        data.prefetchSeaRouting()
        let (stops, warnings) = try Waypoints.resolve(places, gazetteer: data.gazetteer, preferred: PlaceContext.seaKinds)
        warnings.forEach(printError)
        let waypoints = stops.enumerated().map { index, place in
            SeaWaypoint(stop: Stop(place: place), isEnd: index == 0 || index == stops.count - 1)
        }
        let options = SeaRouteOptions(avoid: RouteTiming.list(avoid), allow: RouteTiming.list(allow))
        let route: SeaRoute
        do {
            route = try Engine.seaRoute(waypoints, options: options, data: data, cache: routing.cache(data: data))
        } catch let error as RouteError {
            switch error {
            case .noWaterPath: throw MovemapError.route(asset: places.joined(separator: " → "), message: "\(error)")
            default: throw MovemapError.usage("\(error)")
            }
        }
        let report = RouteReport(mode: "sea", legs: route.legs.map { ($0.from, $0.to, $0.points, ($0.startSnapMeters, $0.endSnapMeters)) },
                                 passages: route.passages, speedKnots: output.speed, departure: departure)
        try RouteTiming.print(report, output: output)
    }
}

struct AirRouteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "air",
        abstract: "A flight route on geodesic arcs through ordered airfields or lon,lat points.",
        discussion: """
        With --avoid-airspace the route goes around the union of those countries' territory
        by the shortest path.

        Examples:
          movemap route air Hmeimim "Al Khadim" Bamako
          movemap route air Chkalovsky Hmeimim --avoid-airspace UA,TR,GE,AZ,AM,GR,BG,RO,MD,CY --json
        """)

    @Argument(help: "Places in order: origin, any waypoints, destination.")
    var places: [String]

    @Option(help: ArgumentHelp("Countries whose airspace is closed, ISO alpha-2, comma-separated.", valueName: "ISO,..."))
    var avoidAirspace: String?

    @OptionGroup var output: RouteOutputGroup

    func run() async throws {
        let departure = try RouteTiming.departure(output.depart, speed: output.speed)
        let data = try DataStore()
        let (stops, warnings) = try Waypoints.resolve(places, gazetteer: data.gazetteer, preferred: PlaceContext.airfieldKinds)
        warnings.forEach(printError)
        let avoid = Set(RouteTiming.list(avoidAirspace).map { $0.uppercased() })
        let router = FlightRouter(countries: avoid.isEmpty ? nil : try data.countries())
        let route: FlightRoute
        do {
            route = try router.route(stops.map { FlightWaypoint(name: $0.shortName, coordinate: $0.coordinate) },
                                     options: FlightOptions(avoidAirspace: avoid))
        } catch let error as FlightRouteError {
            if case .noPath = error { throw MovemapError.route(asset: places.joined(separator: " → "), message: "\(error)") }
            throw MovemapError.usage("\(error)")
        }
        let report = RouteReport(mode: "air", legs: route.legs.map { ($0.from, $0.to, $0.points, nil) },
                                 passages: nil, speedKnots: output.speed, departure: departure)
        try RouteTiming.print(report, output: output)
    }
}

enum RouteTiming {
    static func departure(_ text: String?, speed: Double?) throws -> Date? {
        if let speed, !(speed > 0 && speed < 5000) { throw MovemapError.usage("--speed \(speed) must be a positive number of knots") }
        guard let text else { return nil }
        guard let date = ValueParsers.time(text) else {
            throw MovemapError.usage("--depart '\(text)' is not a time — write \(ValueParsers.timeForms)")
        }
        guard speed != nil else { throw MovemapError.usage("--depart needs --speed to compute ETAs") }
        return date
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
            Swift.print("total: \(report.lengthNauticalMiles) nm (\(report.lengthKilometers) km)")
        }
    }
}
