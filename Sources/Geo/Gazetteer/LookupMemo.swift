/// Lookups remembered while several mentions are resolved together: ``Gazetteer/resolve(mentions:)``
/// reads every mention again with the others as evidence, and each reading repeats the same
/// lookups (the name, its qualifier, its country), whose typo search is the costly part.
///
/// Bound to the resolving task with ``current`` and dropped after, so a lookup answers the
/// same with or without it; the memo only saves the repeats.
struct LookupMemo: Sendable {
    struct Key: Hashable, Sendable {
        var query: String
        var kinds: Set<PlaceKind>?
        var country: String?
        var limit: Int
    }

    /// The memo of the resolution under way on this task, if any.
    @TaskLocal static var current: LookupMemo?

    private let results = Locked<[Key: [PlaceMatch]]>([:])
    /// Lookups kept at most.
    static let limit = 20_000
    /// Whole scenarios' mentions read together, the last few (a batch of variants of one
    /// scenario reads the same list again and again).
    private let together = RecentValues<[Gazetteer.Mention], [PlaceResolution]>(capacity: 16)

    /// The remembered matches for `key`, or those `look` finds, remembered.
    func matches(_ key: Key, look: () -> [PlaceMatch]) -> [PlaceMatch] {
        if let known = results.withLock({ $0[key] }) { return known }
        let found = look()
        results.withLock { results in
            // A batch of many different reports would otherwise keep every name it ever
            // looked up: past the limit the memo starts again (answers are the same).
            if results.count >= Self.limit { results.removeAll(keepingCapacity: true) }
            results[key] = found
        }
        return found
    }

    /// The remembered resolutions of `mentions` read together, or those `read` gives, kept.
    func resolutions(_ mentions: [Gazetteer.Mention], read: () -> [PlaceResolution]) -> [PlaceResolution] {
        together.value(for: mentions, make: read)
    }
}
