import Dispatch
import Geo
import Testing

@Suite("Locked state and values loaded once")
struct LockedTests {
    @Test("changes from many threads at once are all kept")
    func concurrentChanges() {
        let counter = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 10_000) { _ in counter.withLock { $0 += 1 } }
        #expect(counter.value == 10_000)
    }

    @Test("a value asked for by many threads at once is loaded once, and every caller gets it")
    func loadsOnce() {
        let loads = Locked(0)
        let once = LoadOnce<Int, Never> {
            loads.withLock { $0 += 1 }
            return 42
        }
        let answers = Locked<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 64) { _ in
            let value = once.value()
            answers.withLock { $0.append(value) }
        }
        #expect(loads.value == 1)
        #expect(answers.value == Array(repeating: 42, count: 64))
    }

    @Test("a failed load is kept, not tried again, and copies share it")
    func failureKept() {
        struct Missing: Error, Equatable {}
        let loads = Locked(0)
        let once = LoadOnce<Int, Missing> { () throws(Missing) -> Int in
            loads.withLock { $0 += 1 }
            throw Missing()
        }
        let copy = once
        #expect(throws: Missing()) { try once.value() }
        #expect(throws: Missing()) { try copy.value() }
        #expect(loads.value == 1)
    }
}
