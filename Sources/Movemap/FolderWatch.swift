import Dispatch
import Foundation

/// Changes to a folder's files, for `batch --watch`: the folder is polled and an element
/// arrives each time a file's name, size or modification time differs from the last poll;
/// the sequence ends at Ctrl-C (SIGINT), which no longer stops the process.
public enum FolderWatch {
    /// The changes to `folder` from now on, polled every `seconds`. Changes that come while
    /// the caller is busy are kept as one. Creating the sequence makes SIGINT end it rather
    /// than the process.
    public static func changes(in folder: String, every seconds: Double = 1) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        signal(SIGINT, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        interrupt.setEventHandler { continuation.finish() }
        interrupt.resume()
        // The folder as it is now, read before returning: a change made once the caller says
        // it is watching is a change, however late the polling task starts.
        let initial = FolderStamps(folder)
        let poll = Task {
            defer { interrupt.cancel() }
            var stamps = initial
            while !Task.isCancelled {
                try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
                let now = FolderStamps(folder)
                guard now != stamps else { continue }
                stamps = now
                continuation.yield()
            }
        }
        continuation.onTermination = { _ in poll.cancel() }
        return stream
    }
}
