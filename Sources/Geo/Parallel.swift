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
