import Dispatch
import Geo
@testable import Movemap
import Testing

@Suite("The per-key cache under the data store")
struct LockedCacheTests {
    @Test("each key loads once however many jobs ask at once, and copies share the values")
    func loadsEachKeyOnce() throws {
        let cache = LockedCache<Int, String>()
        let copy = cache
        let loads = Locked<[Int: Int]>([:])
        DispatchQueue.concurrentPerform(iterations: 200) { index in
            let key = index % 4
            _ = try? (index.isMultiple(of: 2) ? cache : copy).value(for: key) {
                loads.withLock { $0[key, default: 0] += 1 }
                return "value \(key)"
            }
        }
        #expect(loads.value == [0: 1, 1: 1, 2: 1, 3: 1])
        #expect(try copy.value(for: 3) { "not loaded again" } == "value 3")
    }

    @Test("a failed load is tried again on the next request")
    func failureRetried() throws {
        struct Unreadable: Error {}
        let cache = LockedCache<String, Int>()
        #expect(throws: Unreadable.self) { try cache.value(for: "land-i") { throw Unreadable() } }
        #expect(try cache.value(for: "land-i") { 7 } == 7)
        #expect(try cache.value(for: "land-i") { 8 } == 7)
    }
}
