import Foundation
import Testing
@testable import Movemap
import Geo
@testable import Routes

@Suite("Alternatives and route report text")
struct AlternativesReportTests {
    /// A report whose lengths and passages are set by hand.
    static func report(_ label: String?, nauticalMiles: Double, passages: [String], notes: [String]? = nil,
                       snaps: (Double, Double)? = nil) -> RouteReport {
        let line = [Coordinate(latitude: 36, longitude: 10), Coordinate(latitude: 36, longitude: 11)]
        var report = RouteReport(mode: "sea", legs: [("Piraeus", "Mombasa", line, snaps)], passages: passages,
                                 speedKnots: nil, departure: nil)
        report.lengthNauticalMiles = nauticalMiles
        report.lengthKilometers = (nauticalMiles * 1.852 * 100).rounded() / 100
        report.legs[0].lengthNauticalMiles = nauticalMiles
        report.legs[0].lengthKilometers = report.lengthKilometers
        report.label = label
        report.notes = notes
        return report
    }

    @Test("each alternative says its length, the miles and days it adds at the speed, and its passages")
    func alternativeLine() {
        let shortest = Self.report("shortest", nauticalMiles: 8279.43, passages: ["dover", "suez"], snaps: (307, 0))
        let cape = Self.report("via Cape of Good Hope", nauticalMiles: 11713.5, passages: ["dover"],
                               notes: ["winter ice in the Gulf of Bothnia", "no departure date: seasons not judged"])
        let horn = SeaAlternatives.Unroutable(label: "via Cape Horn", avoided: ["panama"], reason: "no way round")
        let alternatives = AlternativesReport(routes: [shortest, cape], unroutable: [horn], speedKnots: 14)
        #expect(alternatives.text == """
            Piraeus → Mombasa: 8279.43 nm (15333.5 km), start snapped 307 m
            passages: dover, suez
            total: 8279.43 nm (15333.5 km)
            via Cape of Good Hope: 11,714 nm (+3,434 nm, +10.2 days at 14 kn); passages: dover
              note: winter ice in the Gulf of Bothnia
            via Cape Horn: no water route (no way round)

            """)
        #expect(alternatives.unroutableLines == ["via Cape Horn: no water route (no way round)"])
    }

    @Test("days are counted at the speed given, written as given")
    func givenSpeed() {
        let shortest = Self.report("shortest", nauticalMiles: 1000, passages: [])
        let longer = Self.report("via north of Scotland", nauticalMiles: 1300, passages: [])
        let text = AlternativesReport(routes: [shortest, longer], unroutable: [], speedKnots: 12.5).text
        #expect(text.hasSuffix("total: 1000.0 nm (1852.0 km)\nvia north of Scotland: 1,300 nm (+300 nm, +1.0 days at 12.5 kn)\n"))
    }

    @Test("a default speed is marked on the total line; notes come before it")
    func totalLine() {
        var report = Self.report(nil, nauticalMiles: 100, passages: [], notes: ["the Kiel Canal is opened for this voyage"])
        report.speedKnots = 14
        report.speedIsDefault = true
        #expect(report.text.hasSuffix("note: the Kiel Canal is opened for this voyage\ntotal: 100.0 nm (185.2 km) at 14 kn (default)\n"))
    }
}
