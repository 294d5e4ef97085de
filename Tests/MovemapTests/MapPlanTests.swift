import Foundation
import Testing
@testable import Movemap
import Geo
import Render
import Routes
import Scenario

@Suite("Map plan from the seed scenario")
struct MapPlanTests {
    static let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds/syria-drawdown-2024.yaml").path

    @Test("date spans read as a briefing writes them")
    func dateSpans() throws {
        let days = ["2024-12-10", "2024-12-17"].compactMap(ValueParsers.time)
        #expect(MapPlan.dateSpan(days) == "10–17 December 2024")
        let across = ["2024-11-28", "2024-12-03"].compactMap(ValueParsers.time)
        #expect(MapPlan.dateSpan(across) == "28 November – 3 December 2024")
        #expect(MapPlan.dateSpan([]) == nil)
    }

    @Test("the seed scenario resolves every place and links every asset into legs with the right statuses")
    func seedPlan() throws {
        let data = try DataStore()
        let scenario = try ScenarioResolver.load(path: Self.seed, gazetteer: data.gazetteer)
        #expect(scenario.assets.count == 8)
        let hmeimim = try #require(scenario.sightings.first { $0.asset == "air-bridge" })
        #expect(hmeimim.stop.id == "airbase:hmeimim")
        // Geodesic legs only: sea routing has its own tests.
        let plan = try MapPlan(scenario: scenario, linker: .geodesic)
        let legs = Dictionary(grouping: plan.legs, by: \.asset.id)
        #expect(legs["air-bridge"]?.map(\.status) == [.reported])
        #expect(legs["ra-76845"]?.map(\.status) == [.reported])  // reported departure, observed arrival
        #expect(legs["landing-ships"]?.map(\.status) == [.inferred, .planned, .planned])
        #expect(legs["landing-ships"]?.first?.from.stop.name.hasPrefix("Severomorsk") == true)
        // Every place the tracks touch gets a marker, every sea an area label.
        #expect(plan.document.markers.contains { $0.label == "Hmeimim air base" && $0.detail != nil })
        #expect(plan.document.areaLabels.map(\.text).contains("Norwegian Sea"))
        #expect(plan.document.dateText == "10–17 December 2024")
        #expect(plan.document.sources.first == "Maxar imagery (10 & 13 Dec)")
    }
}
