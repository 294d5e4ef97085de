import Testing
@testable import Geo

@Suite("Recent values")
struct RecentValuesTests {
    struct Failure: Error {}

    @Test("keeps the last values by key, a kept key becomes the newest, copies share, a throw keeps nothing")
    func lastFew() throws {
        let recent = RecentValues<String, Int>(capacity: 2)
        let copy = recent
        recent.keep(1, for: "a")
        recent.keep(2, for: "b")
        #expect(copy.value(for: "a") == 1 && copy.value(for: "b") == 2)
        recent.keep(10, for: "a")          // "a" is now the newest …
        recent.keep(3, for: "c")           // … so "b" goes
        #expect(recent.value(for: "b") == nil)
        #expect(recent.value(for: "a") == 10 && recent.value(for: "c") == 3)
        var made = 0
        #expect(recent.value(for: "c") { made += 1; return 99 } == 3)
        #expect(recent.value(for: "d") { made += 1; return 4 } == 4)
        #expect(made == 1 && recent.value(for: "d") == 4)
        #expect(throws: Failure.self) { try recent.value(for: "e") { throw Failure() } }
        #expect(recent.value(for: "e") == nil && recent.value(for: "d") == 4)
    }
}
