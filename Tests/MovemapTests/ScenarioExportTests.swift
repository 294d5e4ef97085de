import Geo
import Testing
@testable import Movemap

@Suite struct ScenarioExportTests {
    func cutAtAntimeridian(_ points: [Coordinate]) -> [[Coordinate]] {
        Polyline(points).pieces().map(\.points)
    }

    @Test func lineCrossingTheAntimeridianIsCutIntoTwoPartsAtPlusMinus180() {
        let parts = cutAtAntimeridian([Coordinate(latitude: 50, longitude: 170), Coordinate(latitude: 52, longitude: 190)])
        #expect(parts.count == 2)
        #expect(parts[0].last?.longitude == 180)
        #expect(parts[1].first?.longitude == -180)
        #expect(abs((parts[0].last?.latitude ?? 0) - 51) < 1e-9)
        #expect(parts[1].last?.longitude == -170)
        // Wrapped input, westwards, is cut the same way.
        let west = cutAtAntimeridian([Coordinate(latitude: 52, longitude: -170), Coordinate(latitude: 50, longitude: 170)])
        #expect(west.count == 2 && west[0].last?.longitude == -180 && west[1].first?.longitude == 180)
        #expect(cutAtAntimeridian([Coordinate(latitude: 1, longitude: 10), Coordinate(latitude: 2, longitude: 20)]).count == 1)
    }

    @Test func textIsEscapedForJSONXMLAndCSV() {
        #expect(ScenarioExport.quote("a\"b\\c\n") == "\"a\\\"b\\\\c\\n\"")
        #expect(ScenarioExport.xml("<A & B>") == "&lt;A &amp; B&gt;")
        #expect(ScenarioExport.csvCell("Tartus, Syria") == "\"Tartus, Syria\"")
        #expect(ScenarioExport.csvCell("Homs") == "Homs")
    }
}
