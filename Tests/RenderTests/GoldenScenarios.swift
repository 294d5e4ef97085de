import Geo
@testable import Render

/// Small maps, one per rendering risk, compared against committed golden PNGs.
enum GoldenScenarios {
    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var document: MapDocument
        var options: MapOptions
        var description: String { name }
    }

    static let size = (width: 560.0, height: 400.0)

    static var all: [Case] { [dateline, arctic, seaLines, longHaul, denseLabels, twoShips, StoryFitTests.farEnd, briefing, houseStyle] }

    static func point(_ latitude: Double, _ longitude: Double) -> Coordinate {
        Coordinate(latitude: latitude, longitude: longitude)
    }

    static func arc(_ from: Coordinate, _ to: Coordinate) -> [Coordinate] {
        Geodesic.wgs84.line(from: from, to: to, maximumSpacing: 25_000)
    }

    static func options(region: BoundingBox?, projection: String? = nil) -> MapOptions {
        MapOptions(width: size.width, height: size.height, region: region, projection: projection, detail: .low)
    }

    /// Kamchatka → Alaska flights on a region that crosses the 180° meridian.
    static var dateline: Case {
        let yelizovo = point(53.17, 158.45), anadyr = point(64.73, 177.74), anchorage = point(61.17, -149.99)
        let document = MapDocument(
            title: "Dateline", sources: ["golden"],
            routes: [MapRoute(points: arc(yelizovo, anchorage), mode: .air, certainty: .observed, count: 2),
                     MapRoute(points: arc(anadyr, anchorage), mode: .air, certainty: .reported)],
            markers: [MapMarker(coordinate: yelizovo, kind: .airBase, label: "Yelizovo"),
                      MapMarker(coordinate: anadyr, kind: .airBase, label: "Anadyr"),
                      MapMarker(coordinate: anchorage, kind: .airport, label: "Anchorage")],
            areaLabels: [AreaLabel(coordinate: point(57, -178), text: "Bering Sea")])
        return Case(name: "dateline", document: document,
                    options: options(region: BoundingBox(west: 145, south: 40, east: -135, north: 70)))
    }

    /// Flights over the North Pole on a polar stereographic map.
    static var arctic: Case {
        let severomorsk = point(69.07, 33.42), pituffik = point(76.53, -68.70), anchorage = point(61.17, -149.99)
        let longyearbyen = point(78.25, 15.47)
        let document = MapDocument(
            title: "Arctic", sources: ["golden"],
            routes: [MapRoute(points: arc(severomorsk, anchorage), mode: .air, certainty: .observed),
                     MapRoute(points: arc(longyearbyen, pituffik), mode: .air, certainty: .planned)],
            markers: [MapMarker(coordinate: severomorsk, kind: .navalBase, label: "Severomorsk"),
                      MapMarker(coordinate: pituffik, kind: .airBase, label: "Pituffik"),
                      MapMarker(coordinate: anchorage, kind: .airport, label: "Anchorage"),
                      MapMarker(coordinate: longyearbyen, kind: .airport, label: "Longyearbyen")])
        return Case(name: "arctic", document: document,
                    options: options(region: BoundingBox(west: -180, south: 55, east: 180, north: 90), projection: "stereographic"))
    }

    /// The Arctic flights with a SECRET banner and a north arrow: the bands take page
    /// space, the panels sit inside them, and north is turned where the arrow stands.
    static var briefing: Case {
        var base = arctic
        base.document.title = "Briefing"
        base.options.banner = ClassificationBanner(text: "SECRET//REL TO USA, GBR")
        base.options.northArrow = true
        return Case(name: "briefing", document: base.document, options: base.options)
    }

    /// Ships from the Kola and the Baltic round Norway and through the Channel to Tartus;
    /// three share the water from Gibraltar on and must be drawn in lanes.
    static var seaLines: Case {
        let severomorsk = point(69.07, 33.42), baltiysk = point(54.65, 19.90), tartus = point(34.90, 35.87)
        let channelToTartus = [point(50.0, -1.5), point(48.6, -5.5), point(43.5, -9.8), point(36.9, -9.3),
                               point(35.95, -5.6), point(36.5, 0.0), point(37.6, 10.0), point(37.3, 11.5),
                               point(35.9, 14.6), point(34.6, 24.0), point(34.3, 32.0), tartus]
        let fromKola = [severomorsk, point(70.5, 30.0), point(71.6, 25.0), point(70.2, 15.0), point(67.5, 9.0), point(63.5, 4.0),
                        point(60.0, 3.0), point(55.0, 3.0), point(51.5, 2.0), point(50.9, 1.3)] + channelToTartus
        let fromBaltic = [baltiysk, point(55.3, 14.5), point(55.6, 12.9), point(57.8, 10.9), point(57.6, 7.5),
                          point(54.5, 4.5), point(51.5, 2.0), point(50.9, 1.3)] + channelToTartus
        let document = MapDocument(
            title: "Sea lines", sources: ["golden"],
            routes: [MapRoute(points: fromKola, mode: .sea, certainty: .observed),
                     MapRoute(points: fromBaltic, mode: .sea, certainty: .reported),
                     MapRoute(points: fromBaltic, mode: .sea, certainty: .observed)],
            markers: [MapMarker(coordinate: severomorsk, kind: .navalBase, label: "Severomorsk"),
                      MapMarker(coordinate: baltiysk, kind: .navalBase, label: "Baltiysk"),
                      MapMarker(coordinate: tartus, kind: .navalBase, label: "Tartus")],
            areaLabels: [AreaLabel(coordinate: point(67, 2), text: "Norwegian Sea")])
        return Case(name: "sea-lines", document: document,
                    options: options(region: BoundingBox(west: -20, south: 12, east: 56, north: 74)))
    }

    /// Two named ships on one map, each labelled along its line, dated stops, and a short
    /// convoy whose name has no room on its line and gets a key in the legend.
    static var twoShips: Case {
        let novorossiysk = point(44.72, 37.78), tartus = point(34.90, 35.87), alexandria = point(31.20, 29.90)
        let latakia = point(35.52, 35.78), homs = point(34.73, 36.71)
        let frigate = [novorossiysk, point(43.6, 34.5), point(42.2, 29.6), point(41.2, 29.1), point(40.0, 26.2),
                       point(38.6, 25.7), point(36.3, 27.2), point(35.3, 31.0), tartus]
        let tanker = [alexandria, point(32.0, 31.5), point(33.6, 33.8), tartus]
        let document = MapDocument(
            title: "Two ships", sources: ["golden"],
            routes: [MapRoute(points: frigate, mode: .sea, certainty: .observed, label: "Admiral Grigorovich"),
                     MapRoute(points: tanker, mode: .sea, certainty: .reported, label: "Tanker Akademik ×2"),
                     MapRoute(points: [homs, latakia], mode: .road, certainty: .reported,
                              label: "Air-defence convoy from Homs with support vehicles")],
            markers: [MapMarker(coordinate: novorossiysk, kind: .navalBase, label: "Novorossiysk", date: "10 Dec"),
                      MapMarker(coordinate: tartus, kind: .navalBase, label: "Tartus", date: "14–16 Dec"),
                      MapMarker(coordinate: alexandria, kind: .port, label: "Alexandria", date: "~12 Dec"),
                      MapMarker(coordinate: homs, kind: .city, label: "Homs", date: "mid-Dec"),
                      MapMarker(coordinate: latakia, kind: .port, label: "Latakia")],
            areaLabels: [AreaLabel(coordinate: point(43.3, 34.5), text: "Black Sea")])
        var options = options(region: BoundingBox(west: 17, south: 28.2, east: 43, north: 46.5))
        (options.width, options.height) = (900, 640)
        return Case(name: "two-ships", document: document, options: options)
    }

    /// A long-haul great-circle arc, Moscow to Caracas.
    static var longHaul: Case {
        let chkalovsky = point(55.88, 38.06), caracas = point(10.60, -66.99)
        let document = MapDocument(
            title: "Long haul", sources: ["golden"],
            routes: [MapRoute(points: arc(chkalovsky, caracas), mode: .air, certainty: .observed)],
            markers: [MapMarker(coordinate: chkalovsky, kind: .airBase, label: "Chkalovsky"),
                      MapMarker(coordinate: caracas, kind: .airport, label: "Caracas")])
        return Case(name: "long-haul", document: document,
                    options: options(region: BoundingBox(west: -100, south: -10, east: 50, north: 66)))
    }

    /// Fourteen places on the Syrian coast and around it: labels must not collide.
    static var denseLabels: Case {
        let places: [(String, Double, Double, MarkerKind)] = [
            ("Hmeimim", 35.40, 35.95, .airBase), ("Tartus", 34.90, 35.87, .navalBase), ("Latakia", 35.52, 35.79, .port),
            ("Jableh", 35.36, 35.92, .city), ("Baniyas", 35.18, 35.94, .city), ("Hama", 35.13, 36.75, .city),
            ("Homs", 34.73, 36.72, .city), ("Tripoli", 34.44, 35.85, .city), ("Idlib", 35.93, 36.63, .city),
            ("Aleppo", 36.20, 37.16, .city), ("Beirut", 33.89, 35.50, .city), ("Damascus", 33.51, 36.29, .city),
            ("Shayrat", 34.49, 36.91, .airBase), ("Palmyra", 34.56, 38.27, .city),
        ]
        let markers = places.map { MapMarker(coordinate: point($0.1, $0.2), kind: $0.3, label: $0.0,
                                             importance: $0.3 == .city ? 1 : 5) }
        let document = MapDocument(
            title: "Dense labels", sources: ["golden"],
            routes: [MapRoute(points: arc(point(35.40, 35.95), point(34.90, 35.87)), mode: .road, certainty: .reported)],
            markers: markers)
        return Case(name: "dense-labels", document: document,
                    options: options(region: BoundingBox(west: 34.2, south: 32.4, east: 39.4, north: 36.6)))
    }

    /// A house style over the light theme, as docs/examples/briefing-style.yaml writes it:
    /// sand land, pale slate sea, heavier coast, dash-dot borders, wider routes with a
    /// narrower casing, dotted fainter inferred lines, hollow ports and diamond positions,
    /// and a font list whose first family is not installed (Noto Sans, pinned, is drawn).
    static var houseStyleTheme: Theme {
        var theme = Theme.light
        theme.ocean = Color(hex: 0xd6e2e9)
        theme.land = Color(hex: 0xefe8d8)
        theme.lake = Color(hex: 0xd6e2e9)
        theme.coast = Pen(width: 0.9, color: Color(hex: 0x5b7486))
        theme.border = Pen(width: 0.8, color: Color(hex: 0x9a8f7d), dash: .dashdot)
        theme.graticule.color = Color(hex: 0xffffff, alpha: Double(0x99) / 255)
        theme.countryText = Color(hex: 0x8a7d66)
        theme.seaText = Color(hex: 0x3f6178)
        theme.panel = Color(hex: 0xfbf8f2, alpha: Double(0xee) / 255)
        (theme.air, theme.sea, theme.road) = (Color(hex: 0xb3261e), Color(hex: 0x0b4f8a), Color(hex: 0x6b4a1f))
        (theme.routeWidth, theme.casingWidth) = (3, 2.5)
        theme.certaintyLines[.inferred] = CertaintyLine(dash: .dotted, opacity: 0.6)
        theme.markerShapes = [.navalBase: MarkerShape(.diamond), .port: MarkerShape(.square, hollow: true),
                              .position: MarkerShape(.diamond, hollow: true)]
        theme.setFonts(["Movemap Missing Sans", "Noto Sans"])
        return theme
    }

    /// The Syrian coast in a house style: every kind of route certainty, every marker kind
    /// the style reshapes, country names on the restyled land.
    static var houseStyle: Case {
        let hmeimim = point(35.40, 35.95), tartus = point(34.90, 35.87), latakia = point(35.52, 35.79)
        let limassol = point(34.35, 33.2), alexandria = point(31.20, 29.92), cairoWest = point(30.12, 30.92)
        let document = MapDocument(
            title: "House style", subtitle: "Briefing colours, symbols and fonts", dateText: "10–17 December 2024", sources: ["golden"],
            routes: [MapRoute(points: arc(hmeimim, cairoWest), mode: .air, certainty: .observed, count: 3),
                     MapRoute(points: [tartus, point(34.3, 33.8), point(33.2, 31.0), alexandria], mode: .sea, certainty: .reported),
                     MapRoute(points: [latakia, point(35.2, 34.9), limassol], mode: .sea, certainty: .inferred),
                     MapRoute(points: arc(hmeimim, tartus), mode: .road, certainty: .planned)],
            markers: [MapMarker(coordinate: hmeimim, kind: .airBase, label: "Hmeimim"),
                      MapMarker(coordinate: tartus, kind: .navalBase, label: "Tartus"),
                      MapMarker(coordinate: latakia, kind: .port, label: "Latakia"),
                      MapMarker(coordinate: alexandria, kind: .port, label: "Alexandria"),
                      MapMarker(coordinate: cairoWest, kind: .airport, label: "Cairo West"),
                      MapMarker(coordinate: limassol, kind: .position, label: "Off Limassol")],
            areaLabels: [AreaLabel(coordinate: point(33.4, 28.6), text: "Mediterranean Sea")])
        var options = options(region: BoundingBox(west: 24, south: 29, east: 39, north: 37.8))
        (options.width, options.height, options.countryNames) = (760, 540, false)
        options.theme = houseStyleTheme
        return Case(name: "house-style", document: document, options: options)
    }
}
