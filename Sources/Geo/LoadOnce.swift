/// A value made on first use and shared after: the first caller loads it while later ones
/// wait, and every caller gets the same value — or the same error, which is kept, not retried.
public struct LoadOnce<Value: Sendable, Failure: Error>: Sendable {
    private let load: @Sendable () throws(Failure) -> Value
    private let loaded = Locked<Result<Value, Failure>?>(nil)

    /// Keeps `load` to run on the first call of ``value()``; nothing is loaded yet.
    public init(_ load: @escaping @Sendable () throws(Failure) -> Value) {
        self.load = load
    }

    /// The value, loaded by the first call.
    public func value() throws(Failure) -> Value {
        try loaded.withLock { loaded in
            if loaded == nil { loaded = Result(catching: load) }
            return loaded!
        }.get()
    }
}
