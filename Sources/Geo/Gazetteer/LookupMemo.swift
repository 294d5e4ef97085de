import Foundation

/// Lookups remembered while several mentions are resolved together: ``Gazetteer/resolve(mentions:)``
/// reads every mention again with the others as evidence, and each reading repeats the same
/// lookups (the name, its qualifier, its country), whose typo search is the costly part.
///
/// Bound to the resolving task with ``current`` and dropped after, so a lookup answers the
/// same with or without it; the memo only saves the repeats.
///
/// `@unchecked Sendable`: `results` is read and written only while holding `lock`.
final class LookupMemo: @unchecked Sendable {
    struct Key: Hashable {
        var query: String
        var kinds: Set<PlaceKind>?
        var country: String?
        var limit: Int
    }

    /// The memo of the resolution under way on this task, if any.
    @TaskLocal static var current: LookupMemo?

    private let lock = NSLock()
    private var results: [Key: [PlaceMatch]] = [:]

    /// The remembered matches for `key`, or those `look` finds, remembered.
    func matches(_ key: Key, look: () -> [PlaceMatch]) -> [PlaceMatch] {
        lock.lock()
        if let known = results[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let found = look()
        lock.lock()
        results[key] = found
        lock.unlock()
        return found
    }
}
