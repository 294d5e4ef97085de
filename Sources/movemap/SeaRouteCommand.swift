import ArgumentParser
import Movemap
import Routes

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
        let timing = try output.timing(mode: .sea)
        let data = try DataStore(prefetchingSeaRouting: true)
        let request = SeaRouteRequest(places: places, avoid: CommaList.names(avoid), allow: CommaList.names(allow), timing: timing)
        let (waypoints, warnings) = try request.waypoints(gazetteer: data.gazetteer)
        warnings.forEach(printError)
        guard alternatives else {
            return try output.print(try request.report(waypoints, data: data, cache: routing.cache(data: data)))
        }
        let report = try request.alternatives(waypoints, data: data)
        guard output.geojson || output.json else { return print(report.text, terminator: "") }
        // JSON and GeoJSON print every route, shortest first; a passage no route avoids is said on stderr.
        print(output.geojson ? try report.geoJSON() : try report.json())
        report.unroutableLines.forEach { printError("note: \($0)") }
    }
}
