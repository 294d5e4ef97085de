import Foundation
import Geo

/// Water distances from every node of the coarse graph (``BlockGraph``, all passages open) to
/// a few landmarks, read from `navigation/landmarks.bin` in place: the file is mapped, not
/// decoded, and a search touches only the pages of the nodes it meets.
///
/// They give the coarse A* its estimate (Goldberg & Harrelson 2005, "ALT"): by the triangle
/// inequality d(v, t) ≥ |d(L, t) − d(L, v)| for any landmark L, and closing passages only
/// lengthens ways, so the bound holds for any query. Where the great circle to the goal
/// crosses a continent — the Baltic to the Levant, Murmansk to the Channel — it is thousands
/// of kilometres nearer the truth, and the search walks the way round instead of flooding
/// every sea that lies towards the goal as the crow flies. Built by
/// `scripts/navigation_landmarks.py` (see its header for the format).
struct Landmarks: Sendable {
    private let file: MappedBytes
    let blocksAcross: Int
    let nodeCount: Int
    /// Landmarks per node.
    let count: Int
    /// Where the distances start in the file.
    private let nodeTableOffset: Int
    private static let headerSize = 28
    /// Meters given away on each bound, besides the kilometre of the file's rounding down:
    /// for the centroids worked out in another language. Nodes of blocks that closed gates
    /// cut have no bound at all (``BlockGraph/landmarkIndex(_:in:)``), and closing passages
    /// only lengthens ways, so nothing else can make a bound too large. At 5 km rather than
    /// 100 km the coarse search expands 1,126 nodes instead of 1,302 for Baltiysk → Tartus
    /// and 1,717 instead of 2,478 for Severomorsk → Norwegian Sea → English Channel →
    /// Tartus, with the same routes.
    static let slackMeters = 5_000.0

    /// Maps `url` and checks its header against the water grid it was built from.
    init(url: URL, grid: WaterGrid, waterCRC: UInt32) throws {
        let mapped = try MappedBytes.navigationFile(url)
        file = mapped
        func fail(_ message: String) -> RouteError {
            RouteError.navigationData(path: url.path, message: "\(message) — run scripts/navigation_landmarks.py")
        }
        guard mapped.count >= Self.headerSize, mapped.bytes.prefix(8).elementsEqual("MMLANDM1".utf8) else {
            throw fail("not a landmark table")
        }
        func word(_ at: Int) -> Int { Int(mapped.bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian) }
        let across = word(8), down = word(12)
        blocksAcross = across
        nodeCount = word(16)
        count = word(20)
        guard across == grid.width / BlockGraph.size, down == grid.height / BlockGraph.size, count > 0 else {
            throw fail("made for another water grid")
        }
        guard UInt32(word(24)) == waterCRC else { throw fail("made from another water.bin") }
        nodeTableOffset = Self.headerSize + 4 * (across * down + 1)
        guard mapped.count == nodeTableOffset + 2 * nodeCount * count else {
            throw fail("cut short or too long")
        }
    }

    /// The first node of `block` and one past its last, in the table's numbering.
    @inline(__always)
    func nodes(ofBlock block: Int) -> Range<Int> {
        let at = Self.headerSize + 4 * block
        let first = Int(file.bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self).littleEndian)
        let end = Int(file.bytes.loadUnaligned(fromByteOffset: at + 4, as: UInt32.self).littleEndian)
        return first..<end
    }

    /// The distances of node `index` to every landmark, km.
    func row(_ index: Int) -> [Int32] {
        let base = nodeTableOffset + 2 * index * count
        return (0..<count).map { Int32(file.bytes.loadUnaligned(fromByteOffset: base + 2 * $0, as: UInt16.self).littleEndian) }
    }

    /// A lower bound, meters, of the water distance between nodes `a` and `b` given `target`,
    /// the row of `b`: the largest landmark difference, less ``slackMeters``; 0 when a node is
    /// joined to no landmark `b` is joined to.
    @inline(__always)
    func bound(from a: Int, target: [Int32]) -> Double {
        let base = nodeTableOffset + 2 * a * count
        var best: Int32 = 0
        for landmark in 0..<count {
            let here = Int32(file.bytes.loadUnaligned(fromByteOffset: base + 2 * landmark, as: UInt16.self).littleEndian)
            let there = target[landmark]
            guard here != 0xFFFF, there != 0xFFFF else { continue }
            best = max(best, abs(here - there))
        }
        return max(0, Double(best - 1) * 1000 - Self.slackMeters)
    }
}
