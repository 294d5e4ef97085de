import Geo

/// The components of the grid's mixed blocks, found once and kept for every later query of
/// the router: a block's labels depend on the grid alone unless a closed gate cuts it, and a
/// corridor search spends most of its time labelling the blocks it reaches. A batch's
/// voyages, a map's several voyages and the alternatives of one voyage share them.
///
/// Holds at most ``capacity`` blocks (each 900 labels and a centroid per component, about
/// 2 KB): past that new blocks are labelled per query, as before.
final class BlockLabels: Sendable {
    struct Labelled: Sendable {
        var labels: [Int16]
        var centroids: [UnitVector]
    }

    /// Blocks kept at most: every mixed block the seas between Europe, Asia and America hold
    /// several times over, about 16 MB.
    static let capacity = 8_192

    private let known = Locked<[Int: Labelled]>([:])

    /// The labelling of `block` if a query has kept it.
    func labelled(_ block: Int) -> Labelled? {
        known.withLock { $0[block] }
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
