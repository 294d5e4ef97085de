import Foundation
import Testing
@testable import Movemap
import Geo

@Suite("Place lookups (movemap place)")
struct PlaceLookupTests {
    static let data = Result { try DataStore() }

    @Test("limits, kinds and countries are checked with the messages the flags print")
    func validation() {
        #expect(throws: MovemapError.usage("--limit 0 is outside 1…1000")) { try PlaceLookup(query: "Tartus", limit: 0) }
        #expect(throws: MovemapError.usage("--country 'Syria' is not an ISO alpha-2 code — write e.g. --country SY")) {
            try PlaceLookup(query: "Tartus", country: "Syria")
        }
        #expect(throws: MovemapError.usage("--kind 'harbour' is not one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", "))")) {
            try PlaceLookup(query: "Tartus", kind: "harbour")
        }
    }

    @Test("the first line is the reading used, with its verdict and confidence; others follow")
    func text() throws {
        let readings = try PlaceLookup(query: "Khmeimim", limit: 2).readings(gazetteer: try Self.data.get().gazetteer)
        let lines = readings.text.split(separator: "\n").map(String.init)
        #expect(lines.count == 2 && readings.text.hasSuffix("\n"))
        #expect(lines[0] == "Hmeimim Air Base [air_base, SY] 35.4011°N 35.9487°E — matched 'Khmeimim', score 0.95 (airbase:hmeimim) — sure, confidence 0.97")
        #expect(!lines[1].contains("confidence"))
        #expect(readings.refusal == nil)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(readings.json().utf8)) as? [[String: Any]])
        #expect(json[0]["id"] as? String == "airbase:hmeimim" && json[0]["verdict"] as? String == "sure")
        #expect(json[1]["verdict"] == nil)
    }

    @Test("a query movemap refuses is a usage error saying why")
    func refusal() throws {
        let readings = try PlaceLookup(query: "Xyzzyqq").readings(gazetteer: try Self.data.get().gazetteer)
        #expect(readings.refusal == .usage("'Xyzzyqq' is not a place movemap can put on the map with confidence (only a loose spelling of 'Xizi', a region with nothing of the scenario near it)"))
    }
}
