import Foundation

/// A value made on first use and shared after: the first caller loads it while later ones
/// wait, and every caller gets the same value — or the same error, which is kept, not retried.
///
/// `@unchecked Sendable`: `loaded` is read and written only while holding `lock`; once set it
/// is never changed, and `Value` is Sendable.
public final class LoadOnce<Value: Sendable, Failure: Error>: @unchecked Sendable {
    private let lock = NSLock()
    private let load: @Sendable () throws(Failure) -> Value
    private var loaded: Result<Value, Failure>?

    /// Keeps `load` to run on the first call of ``value()``; nothing is loaded yet.
    public init(_ load: @escaping @Sendable () throws(Failure) -> Value) {
        self.load = load
    }

    /// The value, loaded by the first call.
    public func value() throws(Failure) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if loaded == nil { loaded = Result(catching: load) }
        return try loaded!.get()
    }
}
