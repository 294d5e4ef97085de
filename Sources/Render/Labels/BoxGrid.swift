import Foundation
import Geo

/// Page boxes bucketed in a uniform grid, for finding the few that may touch a box: a map of
/// ten thousand sightings has ten thousand marker boxes, and every label position is tested
/// against them.
struct BoxGrid {
    struct Entry { var box: PageBox; var tag: Int }
    static let cell = 48.0
    private var cells: [Int64: [Int]] = [:]
    private var entries: [Entry] = []

    init(_ boxes: [PageBox]) {
        for box in boxes { insert(box, tag: -1) }
    }

    private static func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) << 32 | Int64(UInt32(bitPattern: Int32(y))) }

    private static func range(_ low: Double, _ high: Double) -> ClosedRange<Int> {
        Int((low / cell).rounded(.down))...Int((high / cell).rounded(.down))
    }

    mutating func insert(_ box: PageBox, tag: Int) {
        entries.append(Entry(box: box, tag: tag))
        for x in Self.range(box.x, box.x + box.width) {
            for y in Self.range(box.y, box.y + box.height) { cells[Self.key(x, y), default: []].append(entries.count - 1) }
        }
    }

    /// The entries whose boxes may intersect `box`, each once, in insertion order.
    func candidates(_ box: PageBox) -> [Entry] {
        var found = Set<Int>()
        for x in Self.range(box.x, box.x + box.width) {
            for y in Self.range(box.y, box.y + box.height) {
                for index in cells[Self.key(x, y)] ?? [] where entries[index].box.intersects(box) { found.insert(index) }
            }
        }
        return found.sorted().map { entries[$0] }
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Whether any box intersects `box`.
    func intersects(_ box: PageBox) -> Bool {
        contains(near: box) { $0.intersects(box) }
    }

    /// Whether any box filed in the cells `box` covers passes `test`; every box that
    /// intersects `box`, or holds a point of it, is among them.
    func contains(near box: PageBox, where test: (PageBox) -> Bool) -> Bool {
        for x in Self.range(box.x, box.x + box.width) {
            for y in Self.range(box.y, box.y + box.height) {
                for index in cells[Self.key(x, y)] ?? [] where test(entries[index].box) { return true }
            }
        }
        return false
    }
}
