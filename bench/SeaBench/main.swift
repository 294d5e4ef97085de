// Times the sea router in-process: the navigation data's load, then the same voyage routed
// again and again with the router (and its shoreline) loaded, as a long-running program or a
// batch sees it. Prints one JSON object; bench/run reads it.
//
// Usage: movemap-sea-bench [--runs N] PLACE PLACE...   (places as `movemap route sea` takes them)
import Foundation
import Geo
import Movemap
import Routes
import Scenario

func milliseconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6
}

var arguments = Array(CommandLine.arguments.dropFirst())
var runs = 20
if let flag = arguments.firstIndex(of: "--runs"), flag + 1 < arguments.count, let count = Int(arguments[flag + 1]) {
    runs = max(1, count)
    arguments.removeSubrange(flag...(flag + 1))
}
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: movemap-sea-bench [--runs N] PLACE PLACE...\n".utf8))
    exit(2)
}
do {
    let data = try DataStore()
    let (places, _) = try Waypoints.resolve(arguments, gazetteer: data.gazetteer, preferred: PlaceContext.seaKinds)
    let waypoints = SeaWaypoint.voyage(places.map { Stop(place: $0) })
    var start = DispatchTime.now()
    let router = try data.seaRouter()
    let load = milliseconds(since: start)
    start = DispatchTime.now()
    let first = try router.route(waypoints)
    let firstTime = milliseconds(since: start)
    var times: [Double] = []
    for _ in 0..<runs {
        start = DispatchTime.now()
        let route = try router.route(waypoints)
        times.append(milliseconds(since: start))
        guard route == first else { throw RouteError.tooFewWaypoints }
    }
    times.sort()
    let median = times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
    print(String(format: #"{"load_ms": %.2f, "first_ms": %.2f, "median_ms": %.2f, "min_ms": %.2f, "runs": %d, "length_nm": %.2f}"#,
                 load, firstTime, median, times[0], runs, first.lengthNauticalMiles))
} catch {
    FileHandle.standardError.write(Data("movemap-sea-bench: \(error)\n".utf8))
    exit(1)
}
