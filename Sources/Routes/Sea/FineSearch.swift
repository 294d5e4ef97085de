import Foundation
import Geo

/// A best-first search over the open cells of a corridor of blocks, 16-connected (a step
/// needs every cell its centre line crosses open, so it never cuts a corner), plus passage
/// channels; layered by via-areas like ``CorridorSearch``. Step costs are spherical distances
/// between cell centres; the estimate is the larger of a lower bound (``ViaEstimate``) and
/// the coarse path's distance to go (see ``guideWeight``).
struct FineSearch {
    let water: NavigableWater
    let channels: [Channel]
    let areas: [AreaPolygon]
    let vectors: CellVectors

    init(water: NavigableWater, channels: [Channel], areas: [AreaPolygon], vectors: CellVectors? = nil) {
        self.water = water
        self.channels = channels
        self.areas = areas
        self.vectors = vectors ?? CellVectors(grid: water.grid)
    }

    /// A node of the coarse path: its centroid, its layer, and the coarse distance to go.
    struct Guide {
        var center: UnitVector
        var layer: Int
        var toGo: Double
    }

    /// What the fine search may do in one block of the corridor.
    struct Block {
        /// Bit k: the search may be here having passed k via-areas (layers past 63: bit 63).
        var allowed: UInt64 = 0
        /// Coarse path nodes in or beside the block.
        var guides: [Guide] = []

        /// Takes a coarse node beside the block: its layer is allowed here, and it guides.
        mutating func add(_ guide: Guide) {
            allowed |= 1 << UInt64(min(guide.layer, 63))
            guides.append(guide)
        }
    }

    /// How far the search trusts the coarse path. A cell's guide is the least, over the coarse
    /// nodes in or beside its block at its layer or the next, of the node's distance to go plus
    /// the chord to it. Coarse distances run between block centroids, so the guide is near the
    /// fine distance but no lower bound: the search is not strictly optimal within the corridor,
    /// and the taut-pulling after it takes up the difference. In exchange it follows the
    /// coarse path instead of flooding every cell of the corridor that is nearer the goal as
    /// the crow flies. Nodes of the next layer count because the coarse path changes layer at
    /// the first node touching the next via-area, often before the fine path can enter the
    /// area: guided only by the nodes behind it, the fine search would flood the corridor back
    /// along the layer before crossing (Severomorsk → Norwegian Sea → English Channel →
    /// Tartus: 130,000 states expanded instead of 46,000). Weight and lengths measured on 16
    /// voyages against bench/sea_check.py: at 1.35 rather than 1.1 the search expands about a
    /// third of the states (Baltiysk → Tartus 39 → 26 ms in-process) and no voyage's length
    /// moves by more than 0.21% (Murmansk → Vladivostok +0.21%, Kingston → Callao −0.19%);
    /// at 1.6 it gains little more (24 ms) for lengths up to 0.2% longer.
    static let guideWeight = 1.35

    /// A short path from `start` to `target` cells through the corridor's blocks, in each
    /// block only at the layers it allows, guided by the coarse distance to go.
    func path(from start: Int, to target: Int, corridor: [Int: Block]) -> [PathStep]? {
        let layout = FineCorridor(grid: water.grid, corridor: corridor, layers: areas.count + 1)
        let startAt = layout.position(start / layout.width, start % layout.width)
        guard startAt >= 0, layout.position(target / layout.width, target % layout.width) >= 0 else { return nil }
        var run = FineRun(search: self, layout: layout, target: target)
        return run.search(from: start, at: startAt)
    }
}
