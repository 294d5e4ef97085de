import ArgumentParser
import Movemap
import Scenario

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

    /// The timing these flags ask for, at the default speed of `mode` with a departure alone.
    func timing(mode: TravelMode) throws -> RouteTiming {
        try RouteTiming(speedKnots: speed, departure: depart, mode: mode)
    }

    /// Prints one route as GeoJSON, JSON or text, as the flags say.
    func print(_ report: RouteReport) throws {
        if geojson {
            Swift.print(try report.geoJSON())
        } else if json {
            Swift.print(try report.json())
        } else {
            Swift.print(report.text, terminator: "")
        }
    }
}
