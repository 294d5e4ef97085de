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
    /// Entries too large for the grid, or not finite: every query tests them.
    private var unbounded: [Int] = []
    /// Cells a filed box may span each way; larger boxes are kept unbounded.
    private static let maximumSpan = 64.0

    init(_ boxes: [PageBox]) {
        for box in boxes { insert(box, tag: -1) }
    }

    private static func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) << 32 | Int64(UInt32(bitPattern: Int32(y))) }

    /// The cells a box covers, or nil for a box the grid does not file: not finite, inside
    /// out, or wider or taller than ``maximumSpan`` cells.
    private static func cells(of box: PageBox) -> (columns: ClosedRange<Int>, rows: ClosedRange<Int>)? {
        let x0 = (box.x / cell).rounded(.down), x1 = ((box.x + box.width) / cell).rounded(.down)
        let y0 = (box.y / cell).rounded(.down), y1 = ((box.y + box.height) / cell).rounded(.down)
        guard [x0, x1, y0, y1].allSatisfy({ $0.isFinite && abs($0) < 1e6 }), x1 >= x0, y1 >= y0,
              x1 - x0 <= maximumSpan, y1 - y0 <= maximumSpan else { return nil }
        return (Int(x0)...Int(x1), Int(y0)...Int(y1))
    }

    mutating func insert(_ box: PageBox, tag: Int) {
        entries.append(Entry(box: box, tag: tag))
        guard let (columns, rows) = Self.cells(of: box) else {
            unbounded.append(entries.count - 1)
            return
        }
        for x in columns {
            for y in rows { cells[Self.key(x, y), default: []].append(entries.count - 1) }
        }
    }

    /// Calls `body` with the index of every entry that may intersect or hold a point of
    /// `box` (some more than once), until it returns true; whether one did.
    private func first(near box: PageBox, where body: (Int) -> Bool) -> Bool {
        if unbounded.contains(where: body) { return true }
        guard let (columns, rows) = Self.cells(of: box) else { return entries.indices.contains(where: body) }
        for x in columns {
            for y in rows {
                for index in cells[Self.key(x, y)] ?? [] where body(index) { return true }
            }
        }
        return false
    }

    /// The entries whose boxes may intersect `box`, each once, in insertion order.
    func candidates(_ box: PageBox) -> [Entry] {
        var found = Set<Int>()
        _ = first(near: box) { index in
            if entries[index].box.intersects(box) { found.insert(index) }
            return false
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
        first(near: box) { test(entries[$0].box) }
    }
}
