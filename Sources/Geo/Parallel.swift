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
/// When ``value`` is asked for before a thread of the shared queue has taken the work up
/// (every thread busy, as inside ``Parallel/map(_:_:)``), the caller does the work itself: a
/// caller never waits on work that no thread is doing.
public final class Ahead<T: Sendable>: Sendable {
    private enum State {
        case waiting(@Sendable () -> T)
        case running
        case done(T)
    }

    private let state: Locked<State>
    private let done = DispatchSemaphore(value: 0)

    /// Queues `work` on the shared queue at once.
    public init(_ work: @escaping @Sendable () -> T) {
        state = Locked(.waiting(work))
        DispatchQueue.global().async { [self] in
            if let work = take() { finish(work()) }
        }
    }

    /// The work, when no one has taken it up yet; it is then marked running.
    private func take() -> (@Sendable () -> T)? {
        state.withLock { state in
            guard case let .waiting(work) = state else { return nil }
            state = .running
            return work
        }
    }

    private func finish(_ result: T) {
        state.withLock { $0 = .done(result) }
        done.signal()
    }

    /// The value, once the work has finished (done here if no thread has begun it).
    public var value: T {
        if let work = take() { finish(work()) }
        done.wait()
        done.signal()
        guard case let .done(result) = state.value else { preconditionFailure("Ahead finished without a value") }
        return result
    }
}
