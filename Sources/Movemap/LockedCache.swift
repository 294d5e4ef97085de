import Foundation
import Geo
import Routes

/// A dictionary filled on first use under a lock, so concurrent jobs load a value once.
struct LockedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    /// One lock per key, so a slow load of one key (the intermediate shoreline, prefetched
    /// on another thread) keeps no one from another.
    private let slots = Locked<[Key: Locked<Value?>]>([:])

    /// The value for `key`, made by `load` the first time; a failed load is tried again next
    /// time. Callers asking for a key being loaded wait for that load.
    func value(for key: Key, load: () throws -> Value) throws -> Value {
        let slot = slots.withLock { slots in
            if let slot = slots[key] { return slot }
            let slot = Locked<Value?>(nil)
            slots[key] = slot
            return slot
        }
        return try slot.withLock { value in
            if let value { return value }
            let loaded = try load()
            value = loaded
            return loaded
        }
    }

    /// The value for `key` when one is loaded or being loaded (waiting for that load), else
    /// `nil`; starts no load.
    func existing(for key: Key) -> Value? {
        slots.withLock { $0[key] }?.value ?? nil
    }
}
