import Dispatch

/// Runs independent work on all cores and hands the results back in input order.
public enum Parallel {
    /// `items.map(transform)`, with the calls spread over the machine's cores.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @escaping @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Locked<[U?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let result = transform(items[index])
            slots.withLock { $0[index] = result }
        }
        return slots.value.map { $0! }
    }
}

/// A value worked out on another core while the caller goes on; ``value`` waits for it.
///
/// `@unchecked Sendable`: `result` is written once, before `done` is signalled, and read only
/// after waiting on it, so the semaphore orders every read after the write.
public final class Ahead<T: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: T?

    /// Starts `work` on the shared queue at once.
    public init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The value, once `work` has finished.
    public var value: T {
        done.wait()
        defer { done.signal() }
        return result!
    }
}
