import Geo

/// The components of the grid's mixed blocks, found once and kept for every later query of
/// the router: a block's labels depend on the grid alone unless a closed gate cuts it, and a
/// corridor search spends most of its time labelling the blocks it reaches. A batch's
/// voyages, a map's several voyages and the alternatives of one voyage share them.
///
/// Holds at most ``capacity`` blocks (each 900 labels and a centroid per component, about
/// 2 KB): past that new blocks are labelled per query, as before. Keeps, the same way, each
/// node's neighbours over the grid and their costs, which depend on the labels of the blocks
/// round it alone.
final class BlockLabels: Sendable {
    struct Labelled: Sendable {
        var labels: [Int16]
        var centroids: [UnitVector]
    }

    /// Blocks kept at most: every mixed block the seas between Europe, Asia and America hold
    /// several times over, about 16 MB.
    static let capacity = 8_192

    private let known = Locked<[Int: Labelled]>([:])
    private let joined = Locked<[Int: [(node: Int, cost: Double)]]>([:])

    /// Nodes kept at most with their neighbours: about 200 bytes each, 13 MB in all.
    static let neighbourCapacity = 65_536

    /// The labelling of `block` if a query has kept it.
    func labelled(_ block: Int) -> Labelled? {
        known.withLock { $0[block] }
    }

    /// The neighbours over the grid of `node` (no channels) if a query has kept them.
    func neighbours(_ node: Int) -> [(node: Int, cost: Double)]? {
        joined.withLock { $0[node] }
    }

    /// Every node's neighbours kept so far, at one look under the lock: a query reads them
    /// without locking again.
    var keptNeighbours: [Int: [(node: Int, cost: Double)]] {
        joined.withLock { $0 }
    }

    /// Keeps the neighbours over the grid of `node`, found from the grid alone (no closed
    /// cell in its block or the eight around it), while there is room.
    func keep(neighbours: [(node: Int, cost: Double)], of node: Int) {
        joined.withLock { joined in
            guard joined.count < Self.neighbourCapacity else { return }
            joined[node] = neighbours
        }
    }

    /// The nodes whose neighbours are kept so far, in order.
    var nodesWithNeighbours: [Int] {
        joined.withLock { $0.keys.sorted() }
    }

    /// The blocks kept so far, in order.
    var keptBlocks: [Int] {
        known.withLock { $0.keys.sorted() }
    }

    /// Keeps the labelling of `block`, found from the grid alone, while there is room.
    func keep(_ block: Int, _ labelled: Labelled) {
        known.withLock { known in
            guard known.count < Self.capacity else { return }
            known[block] = labelled
        }
    }
}
