import Foundation
import Geo
import Testing
@testable import Routes

/// The components of mixed blocks are kept by the router once a query has found them.
@Suite("Block labels kept between queries")
struct BlockLabelsTests {
    @Test("the blocks a voyage labels are kept, each as a fresh labelling finds it, and the same voyage routes the same")
    func keptLabelsMatchFreshOnes() throws {
        let router = try SeaRouter.load(from: SeaFixtures.navigation)
        let voyage = [SeaFixtures.baltiysk, SeaFixtures.tartus]
        let first = try router.route(voyage)
        let kept = router.water.blockLabels.keptBlocks
        #expect(kept.count > 50)
        // A second router has labelled nothing: its labels are found from the grid.
        let fresh = try SeaRouter.load(from: SeaFixtures.navigation)
        #expect(fresh.water.blockLabels.keptBlocks.isEmpty)
        var graph = BlockGraph(water: fresh.navigableWater(closed: []), channels: [], areas: [])
        for block in kept {
            let stored = try #require(router.water.blockLabels.labelled(block))
            let labels = graph.labelled(block)
            #expect(stored.labels == labels, "block \(block)")
            let centroids = (0..<stored.centroids.count).map { graph.centroid(block << 10 | $0) }
            #expect(stored.centroids.map { [$0.x, $0.y, $0.z] } == centroids.map { [$0.x, $0.y, $0.z] }, "block \(block)")
        }
        // With the labels kept, the voyage is the same to the point.
        let again = try router.route(voyage)
        #expect(again.legs.map(\.points) == first.legs.map(\.points))
    }

    @Test("a block a closed gate cuts is labelled per query, not kept")
    func cutBlocksAreNotKept() throws {
        let router = try SeaRouter.load(from: SeaFixtures.navigation)
        // A gate across open water off Sicily closes part of its blocks.
        let water = SeaFixtures.closedOffSicily(router)
        var graph = BlockGraph(water: water, channels: [], areas: [])
        let cell = router.water.cell(latitude: 36.7, longitude: 15.75)
        let block = graph.block(ofCell: cell.row * router.water.width + cell.column)
        let labels = graph.labelled(block)
        #expect(labels.contains(-1))
        #expect(router.water.blockLabels.labelled(block) == nil)
    }
}
