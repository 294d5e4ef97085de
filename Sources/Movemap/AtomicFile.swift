import Foundation
import Geo

/// Writes output files so that a reader sees the old content or the new, never half of either:
/// ``FileReplacement`` (Geo), with its failures as ``MovemapError/output(path:message:)``.
public enum AtomicFile {
    /// Writes `bytes` to `path` atomically (``FileReplacement/write(_:to:)``); the folder must
    /// exist. Throws ``MovemapError/output(path:message:)`` with the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        do {
            try FileReplacement.write(bytes, to: path)
        } catch let failure as FileReplacement.Failure {
            throw MovemapError.output(path: failure.path, message: failure.message)
        }
    }

    /// Removes movemap's own temporary files in `folder` older than `age` seconds
    /// (``FileReplacement/removeStale(in:olderThan:)``).
    static func removeStale(in folder: String, olderThan age: TimeInterval = 3600) {
        FileReplacement.removeStale(in: folder, olderThan: age)
    }
}
