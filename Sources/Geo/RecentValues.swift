/// The last few values made, by key: the one bounded memo behind the caches that must not
/// grow over a long batch (a detail inset's regional coastline, a batch's map layers and
/// flights, CRS descriptions, scenarios' names read together). Copies share what is kept.
///
/// Keeping a value moves its key to the newest place; past ``capacity`` the oldest goes.
/// - Complexity: O(capacity) key comparisons per call; capacities are small.
public struct RecentValues<Key: Equatable & Sendable, Value: Sendable>: Sendable {
    /// Values kept at most.
    public let capacity: Int
    private let kept = Locked<[(key: Key, value: Value)]>([])

    /// An empty memo keeping at most `capacity` values (at least one).
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    /// The value kept for `key`, if any.
    public func value(for key: Key) -> Value? {
        kept.withLock { kept in kept.last { $0.key == key }?.value }
    }

    /// Keeps `value` for `key` as the newest, dropping the oldest past ``capacity``.
    public func keep(_ value: Value, for key: Key) {
        kept.withLock { kept in
            kept.removeAll { $0.key == key }
            kept.append((key, value))
            if kept.count > capacity { kept.removeFirst(kept.count - capacity) }
        }
    }

    /// The value kept for `key`, or the one `make` returns, kept (a value `make` throws
    /// for is not kept).
    public func value(for key: Key, make: () throws -> Value) rethrows -> Value {
        if let known = value(for: key) { return known }
        let made = try make()
        keep(made, for: key)
        return made
    }
}
