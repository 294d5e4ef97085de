// Times movemap's parts in-process, with their data loaded, as a long-running program or a
// batch sees them. Each mode prints one JSON object; bench/run and bench/sea_routes.py read it.
//
// Usage: movemap-bench [--runs N] [--allow PASSAGE,...] PLACE PLACE...
//            the sea router: the navigation data's load, then the same voyage routed again and
//            again (places as `movemap route sea` takes them)
//        movemap-bench --basemap [--runs N]
//            the intermediate basemap's load and the cost of one land test
//        movemap-bench --gazetteer [--runs N]
//            the gazetteer's load, and a lookup and a resolution of names as reports write them
//        movemap-bench --air [--runs N]
//            the flight router round ten closed countries (Moscow to Syria)
import Foundation
import Geo
import Movemap
import Routes
import Scenario

func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// The value after `flag`, removed with the flag from `arguments`.
func option(_ flag: String, in arguments: inout [String]) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}

/// The intermediate level's load (best of `runs`), the load of the region the sea router
/// refines a port's end in (Tartus, best of `runs`), and one `isLand` call's cost over
/// 200,000 points of the eastern Mediterranean and the Aegean, the busiest cells.
func basemapBench(runs: Int) throws {
    var loads: [Double] = [], regional: [Double] = []
    var basemap: Basemap?
    let port = BoundingBox(west: 35.43, south: 34.56, east: 36.29, north: 35.29)
    for _ in 0..<runs {
        var start = DispatchTime.now()
        basemap = try Basemap.load(.intermediate)
        loads.append(milliseconds(since: start))
        start = DispatchTime.now()
        _ = try Basemap.load(.intermediate, region: port)
        regional.append(milliseconds(since: start))
    }
    guard let basemap else { return }
    _ = basemap.isLand(Coordinate(latitude: 35, longitude: 30))
    var state: UInt64 = 11
    func uniform(_ low: Double, _ high: Double) -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return low + (high - low) * Double(state >> 11) / Double(1 << 53)
    }
    let points = (0..<200_000).map { _ in Coordinate(latitude: uniform(34, 41), longitude: uniform(22, 36)) }
    let start = DispatchTime.now()
    let land = points.reduce(0) { $0 + (basemap.isLand($1) ? 1 : 0) }
    let nanoseconds = milliseconds(since: start) * 1e6 / Double(points.count)
    print(String(format: #"{"load_ms": %.2f, "regional_load_ms": %.2f, "is_land_ns": %.1f, "land_share": %.3f}"#,
                 loads.min() ?? 0, regional.min() ?? 0, nanoseconds, Double(land) / Double(points.count)))
}

/// The router's load, the first route and the median and best of `runs` more.
func seaBench(places: [String], allow: Set<String>, runs: Int) throws {
    let data = try DataStore()
    let request = SeaRouteRequest(places: places, options: SeaRouteOptions(allow: allow))
    let (waypoints, _) = try request.waypoints(gazetteer: data.gazetteer)
    let options = request.options
    var start = DispatchTime.now()
    let router = try data.seaRouter()
    let load = milliseconds(since: start)
    start = DispatchTime.now()
    let first = try router.route(waypoints, options: options)
    let firstTime = milliseconds(since: start)
    var times: [Double] = []
    for _ in 0..<runs {
        start = DispatchTime.now()
        let route = try router.route(waypoints, options: options)
        times.append(milliseconds(since: start))
        guard route == first else { throw RouteError.tooFewWaypoints }
    }
    // Port to port, as the independent check measures: the snaps plus the water path.
    let portMeters = first.lengthMeters + (first.legs.first?.startSnapMeters ?? 0) + (first.legs.last?.endSnapMeters ?? 0)
    print(String(format: #"{"load_ms": %.2f, "first_ms": %.2f, "median_ms": %.2f, "min_ms": %.2f, "runs": %d, "length_nm": %.2f, "port_km": %.1f}"#,
                 load, firstTime, median(times), times.min() ?? firstTime, runs, first.lengthNauticalMiles, portMeters / 1000))
}

/// Names as reports write them: codes, variants, typos and one that is nothing.
let reportNames = [
    "Hmeimim", "Khmeimim", "OSLK", "Tartoud", "Tartus naval base", "Bamako–Sénou", "St. Petersburg",
    "Novorossisk", "Sevastapol", "Straits of Hormuz", "Bab al-Mandab", "Nord-Ostsee-Kanal", "Murmnask",
    "Severomorks", "Dardanells", "Gibralter", "Xqzvwplk", "Petropavlovsk-Kamchatskiy", "Rotterdm", "Incirlick",
]

/// The gazetteer's load (best of `runs`), and a lookup and a resolution per name, averaged.
func gazetteerBench(runs: Int) throws {
    var loads: [Double] = []
    var data: DataStore?
    for _ in 0..<runs {
        let start = DispatchTime.now()
        data = try DataStore()
        loads.append(milliseconds(since: start))
    }
    guard let gazetteer = data?.gazetteer else { return }
    var start = DispatchTime.now()
    for _ in 0..<runs { for name in reportNames { _ = gazetteer.lookup(name) } }
    let lookup = milliseconds(since: start) * 1000 / Double(runs * reportNames.count)
    start = DispatchTime.now()
    for _ in 0..<runs { for name in reportNames { _ = gazetteer.resolve(name, context: .none) } }
    let resolve = milliseconds(since: start) * 1000 / Double(runs * reportNames.count)
    print(String(format: #"{"load_ms": %.2f, "lookup_us": %.1f, "resolve_us": %.1f, "places": %d}"#,
                 loads.min() ?? 0, lookup, resolve, gazetteer.count))
}

/// The country shapes' load, and the flight from Chkalovsky to Hmeimim round the airspace of
/// the ten countries that closed it to Russian flights in 2022–2024 (median of `runs`).
func airBench(runs: Int) throws {
    let data = try DataStore()
    var start = DispatchTime.now()
    let countries = try data.countries()
    let load = milliseconds(since: start)
    let request = FlightRouteRequest(places: ["Chkalovsky", "Hmeimim"],
                                     avoidAirspace: ["UA", "TR", "GE", "AZ", "AM", "GR", "BG", "RO", "MD", "CY"])
    let (waypoints, _) = try request.waypoints(gazetteer: data.gazetteer)
    let router = FlightRouter(countries: countries)
    var times: [Double] = []
    var length = 0.0
    for _ in 0..<runs {
        start = DispatchTime.now()
        length = try router.route(waypoints, options: request.options).lengthMeters
        times.append(milliseconds(since: start))
    }
    print(String(format: #"{"countries_load_ms": %.2f, "median_ms": %.2f, "min_ms": %.2f, "runs": %d, "length_km": %.1f}"#,
                 load, median(times), times.min() ?? 0, runs, length / 1000))
}

var arguments = Array(CommandLine.arguments.dropFirst())
let runs = max(1, option("--runs", in: &arguments).flatMap { Int($0) } ?? 20)
let allow = Set((option("--allow", in: &arguments) ?? "").split(separator: ",").map(String.init))
do {
    if arguments == ["--basemap"] {
        try basemapBench(runs: runs)
    } else if arguments == ["--gazetteer"] {
        try gazetteerBench(runs: runs)
    } else if arguments == ["--air"] {
        try airBench(runs: runs)
    } else if arguments.count >= 2 {
        try seaBench(places: arguments, allow: allow, runs: runs)
    } else {
        FileHandle.standardError.write(Data("usage: movemap-bench [--runs N] [--allow PASSAGE,...] PLACE PLACE... | --basemap | --gazetteer | --air\n".utf8))
        exit(2)
    }
} catch {
    FileHandle.standardError.write(Data("movemap-bench: \(error)\n".utf8))
    exit(1)
}
