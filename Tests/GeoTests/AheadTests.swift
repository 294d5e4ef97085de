import Foundation
import Testing
@testable import Geo

/// Values worked out on another core.
@Suite("Work ahead")
struct AheadTests {
    @Test("the value is the work's, asked for at once or after the work is done")
    func value() {
        let early = Ahead { (1...1_000).reduce(0, +) }
        #expect(early.value == 500_500)
        #expect(early.value == 500_500)
        let late = Ahead { "ready" }
        Thread.sleep(forTimeInterval: 0.01)
        #expect(late.value == "ready")
    }

    @Test("work asked for while every thread of the shared queue waits on other work is done by the one asking")
    func noThreadFree() {
        // Each of 64 workers makes a value ahead and waits for it at once: with every thread
        // of the shared queue among them, most values are worked out by the worker asking.
        let values = Parallel.map(Array(0..<64)) { i in Ahead { i * i }.value }
        #expect(values == (0..<64).map { $0 * $0 })
        // The work runs once even when a queue thread and the caller race for it.
        let counter = Locked(0)
        let raced = Parallel.map(Array(0..<32)) { _ in
            Ahead { counter.withLock { $0 += 1; return $0 } }.value
        }
        #expect(raced.count == 32)
        #expect(counter.value == 32)
    }
}
