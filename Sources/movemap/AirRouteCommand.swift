import ArgumentParser
import Movemap
import Routes

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
        let timing = try output.timing(mode: .air)
        let data = try DataStore()
        let request = FlightRouteRequest(places: places, avoidAirspace: CommaList.names(avoidAirspace), timing: timing)
        let (waypoints, warnings) = try request.waypoints(gazetteer: data.gazetteer)
        warnings.forEach(printError)
        try output.print(try request.report(waypoints, data: data))
    }
}
