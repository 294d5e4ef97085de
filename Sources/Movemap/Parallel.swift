import Dispatch
import Foundation

/// Runs independent work on all cores and hands the results back in input order.
enum Parallel {
    /// `items.map(transform)`, with the calls spread over the machine's cores.
    static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Slots<U>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            slots.store(transform(items[index]), at: index)
        }
        return slots.values
    }
}

/// Result slots filled from several threads.
///
/// `@unchecked Sendable`: every access to `storage` happens while holding `lock`.
private final class Slots<U: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [U?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ value: U, at index: Int) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [U] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
