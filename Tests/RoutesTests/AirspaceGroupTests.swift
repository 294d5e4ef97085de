import Geo
import Testing
@testable import Routes

/// `--avoid-airspace EU,NATO,schengen,gcc` close every member, as of 2025-01-01.
@Suite("Airspace groups")
struct AirspaceGroupTests {
    @Test("memberships as of 2025-01-01: EU 27, NATO 32, Schengen 29, GCC 6")
    func counts() {
        #expect(AirspaceGroup.eu.members.count == 27)
        #expect(AirspaceGroup.nato.members.count == 32)
        #expect(AirspaceGroup.schengen.members.count == 29)
        #expect(AirspaceGroup.gcc.members.count == 6)
        #expect(AirspaceGroup.asOf == "2025-01-01")
    }

    @Test("the members that changed lately: Finland and Sweden in NATO, Bulgaria, Romania and Croatia in Schengen, no United Kingdom in the EU")
    func recentChanges() {
        #expect(AirspaceGroup.nato.members.contains("FI") && AirspaceGroup.nato.members.contains("SE"))
        for code in ["BG", "RO", "HR", "IS", "LI", "NO", "CH"] { #expect(AirspaceGroup.schengen.members.contains(code), "\(code)") }
        for code in ["CY", "IE"] { #expect(!AirspaceGroup.schengen.members.contains(code), "\(code)") }
        #expect(!AirspaceGroup.eu.members.contains("GB"))
        #expect(Set(AirspaceGroup.gcc.members) == ["AE", "BH", "KW", "OM", "QA", "SA"])
    }

    @Test("every member is a two-letter code the country data knows")
    func membersKnown() throws {
        let countries = try #require(AirFixtures.countries)
        for group in AirspaceGroup.all {
            for code in group.members { #expect(countries.country(code: code) != nil, "\(group.name) \(code)") }
            #expect(Set(group.members).count == group.members.count, "\(group.name) has no duplicates")
        }
    }

    @Test("a group is found by name in any case", arguments: ["eu", "EU", "Nato", "SCHENGEN", "schengen", "gcc"])
    func named(_ name: String) {
        #expect(AirspaceGroup.named(name)?.name.lowercased() == name.lowercased())
    }

    @Test("closing NATO closes its members: a flight from Chkalovsky to Hmeimim keeps out of Turkey, Romania and Bulgaria")
    func natoExpands() throws {
        let countries = try #require(AirFixtures.countries)
        let router = FlightRouter(countries: countries)
        let closed = try router.closedCountries(["nato", "UA", "GE", "AZ", "AM", "MD", "CY"])
        #expect(closed.count == 32 + 6)
        #expect(closed.first { $0.country.code == "TR" }?.group == "NATO")
        #expect(closed.first { $0.country.code == "UA" }?.group == nil)
        let route = try router.route([AirFixtures.chkalovsky, AirFixtures.hmeimim],
                                     options: FlightOptions(avoidAirspace: ["NATO", "UA", "GE", "AZ", "AM", "MD", "CY"]))
        let open = try router.route([AirFixtures.chkalovsky, AirFixtures.hmeimim])
        #expect(route.lengthMeters > open.lengthMeters * 1.2, "the way round is longer")
        for code in ["TR", "RO", "BG"] {
            let country = try #require(countries.country(code: code))
            #expect(!route.legs[0].points.contains { country.contains($0.normalized) }, "stays out of \(code)")
        }
    }

    @Test("a country named itself is not said to be closed by its group")
    func namedWins() throws {
        let countries = try #require(AirFixtures.countries)
        let router = FlightRouter(countries: countries)
        let closed = try router.closedCountries(["EU", "gr"])
        #expect(closed.first { $0.country.code == "GR" }?.group == nil)
        #expect(closed.first { $0.country.code == "FR" }?.group == "EU")
    }

    @Test("a waypoint in a member of a closed group is an error that names the group")
    func endpointNamesGroup() throws {
        let countries = try #require(AirFixtures.countries)
        let router = FlightRouter(countries: countries)
        let athens = FlightWaypoint(name: "Athens", coordinate: Coordinate(latitude: 37.94, longitude: 23.94))
        #expect(throws: FlightRouteError.endpointInAvoidedAirspace(name: "Athens", country: "Greece (GR, a member of EU)")) {
            try router.route([AirFixtures.chkalovsky, athens], options: FlightOptions(avoidAirspace: ["eu"]))
        }
    }

    @Test("a member missing from the country data is an error that names the group")
    func missingMember() throws {
        let countries = try #require(AirFixtures.countries)
        let router = FlightRouter(countries: CountryShapes(countries: countries.all.filter { $0.code != "QA" }))
        #expect(throws: FlightRouteError.unknownGroupMember("QA", group: "GCC")) {
            try router.route([AirFixtures.chkalovsky, AirFixtures.hmeimim], options: FlightOptions(avoidAirspace: ["GCC"]))
        }
        #expect(FlightRouteError.unknownGroupMember("QA", group: "GCC").description.contains("GCC member 'QA'"))
    }

    @Test("an unknown name is an error that suggests the group it resembles")
    func unknownSuggestsGroup() throws {
        let countries = try #require(AirFixtures.countries)
        let router = FlightRouter(countries: countries)
        do {
            _ = try router.route([AirFixtures.chkalovsky, AirFixtures.hmeimim], options: FlightOptions(avoidAirspace: ["NATOO"]))
            Issue.record("NATOO is no country or group")
        } catch let FlightRouteError.unknownCountry(code, suggestions) {
            #expect(code == "NATOO")
            #expect(suggestions.first == "NATO")
        }
        #expect(AirspaceGroup.suggestions(for: "schen") == ["Schengen"])
    }
}
