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

@Suite("The data store's basemap for a detail inset")
struct RegionalBasemapTests {
    @Test("an inset's region is cut from the level until the whole level is loaded, then the whole level serves")
    func cutThenWhole() throws {
        let data = try DataStore()
        let region = BoundingBox(west: 35.0, south: 34.3, east: 36.6, north: 35.9)
        let cut = try data.basemap(.intermediate, region: region)
        let again = try data.basemap(.intermediate, region: region)
        let whole = try data.basemap(.intermediate)
        #expect(cut.landLongitudes.count * 4 < whole.landLongitudes.count)
        #expect(again.landLongitudes.count == cut.landLongitudes.count)
        #expect(try data.basemap(.intermediate, region: region).landLongitudes.count == whole.landLongitudes.count)
        #expect(cut.rings(intersecting: region).count == whole.rings(intersecting: region).count)
    }
}
