import Geo
import Testing
@testable import Draft

/// One sentence per frame, each with the sightings an analyst would write from it: the
/// place (within a few kilometres of where it is), the order, the status and the time.
@Suite struct DraftFrameTests {
    static let gazetteer = try! Gazetteer.load()

    struct Stop: CustomStringConvertible {
        var asset: String
        var latitude: Double
        var longitude: Double
        var status: String
        var time: String?
        var description: String { "\(asset) \(latitude),\(longitude) \(status) \(time ?? "-")" }
    }

    /// The draft's sightings, each with the coordinate of the place it names.
    static func stops(_ text: String, date: String = "2024-12-14") -> [Stop] {
        let draft = Drafter(gazetteer: gazetteer).draft([DraftReport(text: text, sourceName: "t.txt", date: CivilDay(iso: date))])
        return draft.sightings.map { sighting in
            let place = gazetteer.place(id: sighting.placeID)!
            return Stop(asset: sighting.asset, latitude: place.coordinate.latitude, longitude: place.coordinate.longitude,
                        status: sighting.status, time: sighting.time?.scenarioText)
        }
    }

    static func near(_ stop: Stop, _ latitude: Double, _ longitude: Double, within kilometres: Double = 40) -> Bool {
        Geodesic.wgs84.distance(from: Coordinate(latitude: stop.latitude, longitude: stop.longitude),
                                to: Coordinate(latitude: latitude, longitude: longitude)) <= kilometres * 1000
    }

    // Places as (latitude, longitude).
    static let severomorsk = (69.07, 33.42), tartus = (34.89, 35.89), baltiysk = (54.65, 19.91)
    static let portSudan = (19.6, 37.22), hmeimim = (35.41, 35.95), chkalovsky = (55.88, 38.06)
    static let sevastopol = (44.6, 33.53), novorossiysk = (44.72, 37.77)

    @Test("left X for Y: from X, to Y as an intention")
    func leftFor() {
        let stops = Self.stops("The landing ship Ivan Gren left Baltiysk for Tartus on Monday.")
        #expect(stops.count == 2, "\(stops)")
        guard stops.count == 2 else { return }
        #expect(stops.allSatisfy { $0.asset == "ivan-gren" })
        #expect(Self.near(stops[0], Self.baltiysk.0, Self.baltiysk.1))
        #expect(Self.near(stops[1], Self.tartus.0, Self.tartus.1))
        #expect(stops[0].time == "2024-12-09")
        #expect(stops[1].status == "planned")
    }

    @Test("departed X bound for Y")
    func departedBoundFor() {
        let stops = Self.stops("The tanker Sparta IV departed Novorossiysk bound for Tartus.")
        #expect(stops.count == 2, "\(stops)")
        guard stops.count == 2 else { return }
        #expect(Self.near(stops[0], Self.novorossiysk.0, Self.novorossiysk.1))
        #expect(Self.near(stops[1], Self.tartus.0, Self.tartus.1))
        #expect(stops[0].status == "reported" && stops[1].status == "planned")
    }

    @Test("arrived in Y from X: X first")
    func arrivedFrom() {
        let stops = Self.stops("The frigate Admiral Golovko arrived in Tartus from Sevastopol on 12 December.")
        #expect(stops.count == 2, "\(stops)")
        guard stops.count == 2 else { return }
        #expect(Self.near(stops[0], Self.sevastopol.0, Self.sevastopol.1))
        #expect(Self.near(stops[1], Self.tartus.0, Self.tartus.1))
        #expect(stops[1].time == "2024-12-12" && stops[1].status == "reported")
    }

    @Test("landed at Y, seen on flight-tracking data: observed")
    func landedAt() {
        let stops = Self.stops("Flight-tracking data showed an Il-76 landed at Hmeimim air base on Thursday.")
        #expect(stops.count == 1, "\(stops)")
        guard let stop = stops.first else { return }
        #expect(Self.near(stop, Self.hmeimim.0, Self.hmeimim.1, within: 10))
        #expect(stop.status == "observed")
        #expect(stop.time == "2024-12-12")
        #expect(stop.asset == "il-76")
    }

    @Test("flew from X to Y on Friday: the day is the arrival's")
    func flewFromTo() {
        let stops = Self.stops("An Il-76 flew from Chkalovsky to Hmeimim on Friday, flight-tracking data showed.")
        #expect(stops.count == 2, "\(stops)")
        guard stops.count == 2 else { return }
        #expect(Self.near(stops[0], Self.chkalovsky.0, Self.chkalovsky.1, within: 10) && stops[0].time == nil)
        #expect(Self.near(stops[1], Self.hmeimim.0, Self.hmeimim.1, within: 10) && stops[1].time == "2024-12-13")
        #expect(stops.allSatisfy { $0.status == "observed" })
    }

    @Test("heading to Y, en route to Y: destinations not reached")
    func headingAndEnRoute() {
        let heading = Self.stops("The frigate Admiral Grigorovich was heading to Port Sudan, officials said.")
        #expect(heading.count == 1 && Self.near(heading[0], Self.portSudan.0, Self.portSudan.1) && heading[0].status == "planned", "\(heading)")
        let enRoute = Self.stops("An An-124 registered RA-82014 was en route to Chkalovsky.")
        #expect(enRoute.count == 1 && Self.near(enRoute[0], Self.chkalovsky.0, Self.chkalovsky.1, within: 10) && enRoute[0].status == "planned", "\(enRoute)")
    }

    @Test("through the strait, via a port: passages in order")
    func throughAndVia() {
        let stops = Self.stops("The corvette Stoikiy sailed from Baltiysk through the Strait of Gibraltar to Tartus.")
        #expect(stops.count == 3, "\(stops)")
        guard stops.count == 3 else { return }
        #expect(Self.near(stops[0], Self.baltiysk.0, Self.baltiysk.1))
        #expect(Self.near(stops[1], 35.95, -5.6, within: 60))
        #expect(Self.near(stops[2], Self.tartus.0, Self.tartus.1))
    }

    @Test("will cross X in a few days: planned, an approximate time")
    func willCross() {
        let stops = Self.stops("The submarine Novorossiysk will cross the Bosporus in the coming days.")
        #expect(stops.count == 1, "\(stops)")
        guard let stop = stops.first else { return }
        #expect(Self.near(stop, 41.1, 29.05, within: 40))
        #expect(stop.status == "planned")
        #expect(stop.asset == "novorossiysk")
        #expect(stop.time?.hasPrefix("2024-12-1") == true || stop.time?.hasPrefix("~") == true, "\(stop)")
    }

    @Test("returned to Y")
    func returnedTo() {
        let stops = Self.stops("The destroyer Admiral Levchenko returned to Severomorsk last week.")
        #expect(stops.count == 1, "\(stops)")
        guard let stop = stops.first else { return }
        #expect(Self.near(stop, Self.severomorsk.0, Self.severomorsk.1))
        #expect(stop.status == "reported")
        #expect(stop.time == "2024-12-02/2024-12-08")
    }

    @Test("was seen off X: a position, observed")
    func seenOff() {
        let stops = Self.stops("Satellite images show the tanker Zircon was seen off Tartus on 10 December.")
        #expect(stops.count == 1, "\(stops)")
        guard let stop = stops.first else { return }
        #expect(Self.near(stop, Self.tartus.0, Self.tartus.1))
        #expect(stop.status == "observed" && stop.time == "2024-12-10")
    }

    @Test("transited X")
    func transited() {
        let stops = Self.stops("The cargo ship Sparta II transited the Bosporus on Dec. 11, according to ship spotters.")
        #expect(stops.count == 1, "\(stops)")
        guard let stop = stops.first else { return }
        #expect(Self.near(stop, 41.1, 29.05, within: 40))
        #expect(stop.time == "2024-12-11")
    }

    @Test("a movement with no named destination is one sighting, not a leg")
    func noDestination() {
        let stops = Self.stops("The frigate Admiral Essen left Sevastopol on Saturday.")
        #expect(stops.count == 1 && Self.near(stops[0], Self.sevastopol.0, Self.sevastopol.1), "\(stops)")
        #expect(stops.first?.time == "2024-12-14")
    }

    @Test("one asset across sentences: 'the ship', 'it'")
    func coreference() {
        let stops = Self.stops("""
            The landing ship Alexander Shabalin left Baltiysk on 2 December. The ship passed through the Strait of Gibraltar \
            on 9 December. It arrived in Tartus on 13 December.
            """)
        #expect(stops.map(\.asset) == ["alexander-shabalin", "alexander-shabalin", "alexander-shabalin"], "\(stops)")
        #expect(stops.map { $0.time ?? "" } == ["2024-12-02", "2024-12-09", "2024-12-13"])
    }

    @Test("status cues: observed, reported, planned")
    func statusCues() {
        #expect(Self.stops("Photos show the frigate Admiral Makarov arrived in Tartus.").first?.status == "observed")
        #expect(Self.stops("The frigate Admiral Makarov was spotted in Tartus.").first?.status == "observed")
        #expect(Self.stops("The frigate Admiral Makarov arrived in Tartus, the ministry said.").first?.status == "reported")
        #expect(Self.stops("According to Reuters, the frigate Admiral Makarov arrived in Tartus.").first?.status == "reported")
        #expect(Self.stops("The frigate Admiral Makarov is scheduled to arrive in Tartus.").first?.status == "planned")
        #expect(Self.stops("The frigate Admiral Makarov is expected to reach Tartus.").first?.status == "planned")
        #expect(Self.stops("The frigate Admiral Makarov will sail to Tartus.").first?.status == "planned")
    }
}

/// Names that are not places in the sentence they are in: nothing may be drawn for them.
@Suite struct DraftDistractorTests {
    static func draft(_ text: String, date: String? = "2024-12-14") -> DraftScenario {
        Drafter(gazetteer: DraftFrameTests.gazetteer).draft([DraftReport(text: text, sourceName: "t.txt", date: date.flatMap(CivilDay.init(iso:)))])
    }

    static func placeIDs(_ text: String) -> [String] {
        let draft = draft(text)
        return draft.sightings.map(\.placeID) + draft.markers.map(\.placeID)
    }

    /// Is one of the places within `kilometres` of the point?
    static func contains(_ ids: [String], _ latitude: Double, _ longitude: Double, within kilometres: Double) -> Bool {
        ids.compactMap { DraftFrameTests.gazetteer.place(id: $0) }.contains {
            Geodesic.wgs84.distance(from: $0.coordinate, to: Coordinate(latitude: latitude, longitude: longitude)) < kilometres * 1000
        }
    }

    @Test("demonyms and attributes are not places")
    func demonyms() {
        #expect(Self.placeIDs("Russian ships and a Syrian official were mentioned in the statement.").isEmpty)
        #expect(Self.placeIDs("The Gabon-flagged tanker and a Hawaii-based squadron took part.").isEmpty)
    }

    @Test("organisations and units are not places")
    func organisations() {
        #expect(Self.placeIDs("The Black Sea Fleet said the Northern Fleet would take part, Channel 4 reported.").isEmpty)
        #expect(Self.placeIDs("According to Fontanka, the convoy was large.").isEmpty)
    }

    @Test("a ship named after a city is an asset, not its city")
    func shipNames() {
        let ids = Self.placeIDs("The submarine Novorossiysk sailed from Tartus.")
        #expect(ids.count == 1)
        #expect(!ids.contains { $0.contains("novorossiysk") }, "\(ids)")
        let sister = Self.placeIDs("Japanese ships, among them the Izumo and its sister ship, the Kaga, watched the carrier.")
        #expect(sister.isEmpty, "\(sister)")
    }

    @Test("air-defence systems move by road; dashes and odd tokens are no aircraft")
    func groundSystems() {
        let draft = Self.draft("Satellite images show S-400 launchers left Hmeimim - and a Pantsir-S1 - on Friday, heading to Tartus.")
        #expect(draft.assets.first { $0.id == "s-400" }?.kind == .convoy, "\(draft.assets)")
        #expect(draft.assets.first { $0.id == "pantsir-s1" }?.kind == .convoy, "\(draft.assets)")
        #expect(draft.sightings.contains { $0.asset == "s-400" && $0.placeID == "airbase:hmeimim" }, "\(draft.sightings)")
    }

    @Test("a misspelling or a bare code is not put down")
    func looseReadings() {
        #expect(Self.placeIDs("The exercise called Mosi took place, said the CIT.").isEmpty)
    }

    @Test("a home base written as an attribute is a marker of the report, not a stop")
    func homeBase() {
        let draft = Self.draft("The Plymouth-based frigate HMS Kent shadowed the destroyer Vice-Admiral Kulakov in the Channel.")
        #expect(Self.contains(draft.markers.map(\.placeID), 50.38, -4.18, within: 10), "\(draft.markers)")
        #expect(!draft.sightings.contains { $0.placeID == "navalbase:devonport" })
    }

    @Test("a place written as a place is a marker; a country is not")
    func markers() {
        let draft = Self.draft("Officials in Ankara said the talks in Syria went well.", date: nil)
        #expect(draft.sightings.isEmpty)
        #expect(draft.markers.map(\.placeID) == ["city:ankara-tr"])
        #expect(draft.notices.contains { $0.contains("no movement found") })
    }

    @Test("a capital that speaks is where the statement was made; a person who speaks is no place")
    func voiceOfCapital() {
        let draft = Self.draft("Two Il-76 aircraft landed in Caracas on Sunday, a move which Washington criticized. Peskov said nothing.",
                               date: "2019-03-24")
        #expect(Self.contains(draft.markers.map(\.placeID), 38.9, -77.04, within: 25), "\(draft.markers)")
        #expect(draft.markers.count == 1, "\(draft.markers)")
    }

    @Test("a world port named far from the story is the world port, not a small namesake near it")
    func worldPortFarAway() {
        let ids = Self.placeIDs("Freight rates between Asia and the American east coast rose. A voyage from Shanghai to Rotterdam now takes 33 days.")
        #expect(Self.contains(ids, 51.92, 4.48, within: 40), "\(ids)")
        #expect(!ids.compactMap { DraftFrameTests.gazetteer.place(id: $0) }.contains { $0.country == "US" }, "\(ids)")
    }
}
