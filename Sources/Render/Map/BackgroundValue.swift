import Foundation

/// A value made on a thread of its own while the caller goes on with other work; ``value``
/// waits for it. The renderer loads the detail inset's finer basemap this way while it
/// places the labels, so the load costs the other core, not the render's time.
///
/// `@unchecked Sendable`: `result` is written once, before `done` is signalled, and read
/// only after waiting on `done`.
final class BackgroundValue<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    /// Starts `make` on a new thread.
    init(_ make: @escaping @Sendable () -> Value?) {
        Thread.detachNewThread { [self] in
            result = make()
            done.signal()
        }
    }

    /// The value `make` returned, waiting for it if need be.
    var value: Value? {
        done.wait()
        defer { done.signal() }
        return result
    }
}
