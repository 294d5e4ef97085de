import Foundation

/// A value shared between threads, read and changed only under its lock: the one lock type
/// the caches, memos and flags of movemap are built on.
///
/// `@unchecked Sendable`: `state` is touched only inside ``withLock(_:)``, while holding `lock`,
/// and `State` is Sendable, so nothing handed out of the lock can race.
public final class Locked<State: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var state: State

    /// A lock guarding `state`.
    public init(_ state: State) {
        self.state = state
    }

    /// `body`'s result, run with the state while holding the lock; what `body` changes stays.
    public func withLock<Result, Failure: Error>(_ body: (inout State) throws(Failure) -> Result) throws(Failure) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&state)
    }

    /// The state as it is now.
    public var value: State {
        withLock { $0 }
    }
}
