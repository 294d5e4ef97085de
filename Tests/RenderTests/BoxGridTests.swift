import Testing
@testable import Render
import Geo

/// The box grid answers "does anything overlap this box" as a scan of every box does.
@Suite("Box grid")
struct BoxGridTests {
    static func boxes(_ count: Int, seed: UInt64) -> [PageBox] {
        var state = seed
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        // Small boxes like markers and labels, some wide ones like a panel, some off the page.
        return (0..<count).map { index in
            let wide = index % 50 == 0
            return PageBox(x: next() * 1800 - 100, y: next() * 1200 - 100,
                           width: wide ? 300 + next() * 500 : 2 + next() * 60, height: wide ? 120 : 2 + next() * 20)
        }
    }

    @Test("intersects agrees with a scan, edges that only touch included")
    func agreesWithScan() {
        let filed = Self.boxes(2_000, seed: 1)
        let grid = BoxGrid(filed)
        for box in Self.boxes(3_000, seed: 2) {
            #expect(grid.intersects(box) == filed.contains { $0.intersects(box) }, "\(box)")
        }
        let edge = PageBox(x: 48, y: 0, width: 10, height: 10)
        #expect(!BoxGrid([PageBox(x: 38, y: 0, width: 10, height: 10)]).intersects(edge))
        #expect(BoxGrid([PageBox(x: 38, y: 0, width: 10.5, height: 10)]).intersects(edge))
    }

    @Test("a test over the boxes near a box sees every box holding one of its points")
    func nearSeesEveryHolder() {
        let filed = Self.boxes(1_000, seed: 3)
        let grid = BoxGrid(filed)
        let span = PageBox(x: 400, y: 300, width: 250, height: 4)
        let points = stride(from: 400.0, through: 650, by: 25).map { ProjectedPoint(x: $0, y: 302) }
        func holds(_ box: PageBox) -> Bool {
            points.contains { $0.x > box.x && $0.x < box.x + box.width && $0.y > box.y && $0.y < box.y + box.height }
        }
        #expect(grid.contains(near: span, where: holds) == filed.contains(where: holds))
    }

    @Test("labels around thousands of markers: every placed label is clear of every marker and of each other")
    func manyMarkers() {
        let markers = Self.boxes(4_000, seed: 4).map { PageBox(x: $0.x, y: $0.y, width: 6, height: 6) }
        var placer = LabelPlacer(page: PageBox(x: 0, y: 0, width: 1600, height: 1000), obstacles: markers)
        let requests = markers.prefix(800).enumerated().map { index, box in
            LabelPlacer.Request(id: index, anchor: ProjectedPoint(x: box.x + 3, y: box.y + 3), clearance: 4,
                                width: 40, height: 12, importance: index % 5)
        }
        let (placed, dropped) = placer.place(requests)
        #expect(placed.count + dropped.count == requests.count)
        #expect(placed.count > 50)
        for (index, label) in placed.enumerated() {
            let padded = label.box.inset(by: -1.5)
            #expect(!markers.contains { $0.intersects(padded) })
            #expect(!placed[(index + 1)...].contains { $0.box.intersects(padded) })
        }
    }
}

extension BoxGridTests {
    @Test("boxes too large, inside out or not finite are kept and tested, never trapped on")
    func oddBoxes() {
        let huge = PageBox(x: -1e9, y: -1e9, width: 2e9, height: 2e9)
        let nan = PageBox(x: .nan, y: 0, width: 10, height: 10)
        let inverted = PageBox(x: 100, y: 100, width: -50, height: 20)
        let small = PageBox(x: 10, y: 10, width: 5, height: 5)
        let grid = BoxGrid([huge, nan, inverted, small])
        for box in [small, PageBox(x: 500, y: 500, width: 4, height: 4), huge, nan, inverted,
                    PageBox(x: .infinity, y: 0, width: 1, height: 1)] {
            let filed = [huge, nan, inverted, small]
            #expect(grid.intersects(box) == filed.contains { $0.intersects(box) }, "\(box)")
            #expect(grid.candidates(box).map(\.box.x).count == filed.filter { $0.intersects(box) }.count, "\(box)")
        }
    }
}
