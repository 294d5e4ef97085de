import Foundation

/// Writes files so that a reader sees the old content or the new, never half of either:
/// the bytes go to a temporary file in the same folder, which is then renamed into place.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(bytes).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let message = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw MovemapError.output(path: path, message: message)
            }
        } catch let error as MovemapError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw MovemapError.output(path: path, message: "cannot write: \(error.localizedDescription)")
        }
    }
}
