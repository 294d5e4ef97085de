import Testing
@testable import Routes

/// How far open blocks reach, held to the distance counted block by block.
@Suite("Reach of open blocks")
struct BlockReachTests {
    /// The king-move distance from each block to the nearest block not open or off the grid's
    /// top or bottom, columns wrapping, at most the cap: every block of every square tried.
    static func counted(across: Int, down: Int, open: [Bool]) -> [UInt8] {
        (0..<(across * down)).map { block in
            let row = block / across, column = block % across
            var reach = 0
            while reach < Int(BlockReach.cap) {
                let ring = reach
                let blocked = (row - ring...row + ring).contains { r in
                    (column - ring...column + ring).contains { c in
                        r < 0 || r >= down || !open[r * across + (c % across + across) % across]
                    }
                }
                if blocked { break }
                reach += 1
            }
            return UInt8(reach)
        }
    }

    static func randomOpen(across: Int, down: Int, seed: UInt64, landShare: Double) -> [Bool] {
        var state = seed
        return (0..<(across * down)).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53) >= landShare
        }
    }

    @Test("reach equals the distance counted block by block, across the wrap and by the grid's edges",
          arguments: [(70, 40, 0.02), (130, 60, 0.005), (64, 30, 0.1), (7, 50, 0.03)])
    func matchesCounting(across: Int, down: Int, landShare: Double) {
        let open = Self.randomOpen(across: across, down: down, seed: UInt64(across * down), landShare: landShare)
        let reach = BlockReach(across: across, down: down, open: open)
        let expected = Self.counted(across: across, down: down, open: open)
        let got = (0..<(across * down)).map { reach[$0] }
        #expect(got == expected)
        // Deep water reaches the cap somewhere, so the deep end is tested too.
        #expect(got.contains(BlockReach.cap) == expected.contains(BlockReach.cap))
    }

    @Test("a single land block at the east edge limits the reach of blocks at the west edge")
    func wrapsRoundTheWorld() {
        let across = 50, down = 31
        var open = [Bool](repeating: true, count: across * down)
        open[15 * across + 49] = false
        let reach = BlockReach(across: across, down: down, open: open)
        #expect(reach[15 * across + 0] == 1)
        #expect(reach[15 * across + 3] == 4)
        #expect(reach[12 * across + 2] == 3)
        // Row 15 is 15 blocks from the grid's top and bottom: the cap holds there.
        #expect(reach[15 * across + 25] == BlockReach.cap)
    }

    @Test("closing blocks brings the reach round them down to the distance counted with them as land")
    func closing() {
        let across = 90, down = 40
        var open = Self.randomOpen(across: across, down: down, seed: 7, landShare: 0.01)
        let closed: Set<Int> = [20 * across + 3, 20 * across + 4, 5 * across + 88, 33 * across + 45]
        let reach = BlockReach(across: across, down: down, open: open).closing(closed)
        for block in closed { open[block] = false }
        let expected = Self.counted(across: across, down: down, open: open)
        #expect((0..<(across * down)).map { reach[$0] } == expected)
    }
}
