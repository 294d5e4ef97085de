import Foundation

/// Writes files so that a reader sees the old content or the new, never half of either, and
/// so that nothing planted in a shared folder can redirect the write.
///
/// The bytes go to a new file with an unpredictable name in the same folder
/// (`.movemap-<16 hex digits>.tmp`), created with `O_CREAT|O_EXCL|O_NOFOLLOW` and mode 0600,
/// so a symbolic link or file waiting under that name makes the create fail instead of being
/// followed. The file is flushed (`fsync`), given its final mode — the replaced file's
/// permissions, or 0666 less the umask for a new file — renamed over the target, and the
/// folder is flushed so the rename survives a crash. On every failure the temporary file is
/// removed.
public enum FileReplacement {
    /// What failed, for `path`, with the system's reason.
    public struct Failure: Error, Sendable {
        public var path: String
        public var message: String
    }

    /// The name prefix of temporary files; ``removeStale(in:olderThan:)`` removes only these.
    static let temporaryPrefix = ".movemap-"
    /// The name suffix of temporary files.
    static let temporarySuffix = ".tmp"

    /// Writes `bytes` to `path` atomically, as described above; the folder must exist.
    /// Throws ``Failure`` with the system's reason.
    public static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let mode = finalMode(of: path)
        let (descriptor, temporary) = try createTemporary(in: folder.isEmpty ? "." : folder, for: path)
        do {
            try writeAll(bytes, to: descriptor, path: path)
            guard fsync(descriptor) == 0 else { throw failure(path, "cannot flush") }
            guard fchmod(descriptor, mode) == 0 else { throw failure(path, "cannot set permissions") }
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        guard close(descriptor) == 0 else {
            let error = failure(path, "cannot write")
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path, "cannot replace")
            unlink(temporary)
            throw error
        }
        syncFolder(folder.isEmpty ? "." : folder)
    }

    /// Removes movemap's own temporary files in `folder` last modified more than `age`
    /// seconds ago: leftovers of runs that were killed. Other files are never touched.
    public static func removeStale(in folder: String, olderThan age: TimeInterval = 3600) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        let cutoff = Date().timeIntervalSince1970 - age
        for name in names where isTemporaryName(name) {
            let path = (folder as NSString).appendingPathComponent(name)
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_uid == geteuid(),
                  Double(status.st_mtim.tv_sec) < cutoff else { continue }
            unlink(path)
        }
    }

    /// Whether `name` is one of ours: the prefix, 16 lowercase hex digits, the suffix.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix(temporaryPrefix), name.hasSuffix(temporarySuffix) else { return false }
        let middle = name.dropFirst(temporaryPrefix.count).dropLast(temporarySuffix.count)
        return middle.count == 16 && middle.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    /// Creates the temporary file exclusively, never following a link; retries on a taken name.
    private static func createTemporary(in folder: String, for path: String) throws -> (Int32, String) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<16 {
            let name = temporaryPrefix + String(format: "%016llx", generator.next() as UInt64) + temporarySuffix
            let temporary = (folder as NSString).appendingPathComponent(name)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if descriptor >= 0 { return (descriptor, temporary) }
            if errno != EEXIST { throw failure(path, "cannot create a temporary file") }
        }
        throw failure(path, "cannot create a temporary file")
    }

    /// Writes every byte, retrying writes cut short or interrupted by a signal.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws {
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure(path, "cannot write")
                }
                offset += written
            }
        }
    }

    /// The mode the written file gets: that of the regular file it replaces, else 0666 less
    /// the process's umask (as a plain create would give).
    private static func finalMode(of path: String) -> mode_t {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { return status.st_mode & 0o7777 }
        return 0o666 & ~processUmask
    }

    /// The umask, read without changing it (changing it would race with other threads).
    private static let processUmask: mode_t = {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
           let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Umask:") }),
           let value = mode_t(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) {
            return value
        }
        return 0o022
    }()

    /// Flushes the folder's entries, so a rename in it survives a crash.
    private static func syncFolder(_ folder: String) {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// A failure for `path`: what failed and the system's reason (`strerror`).
    private static func failure(_ path: String, _ what: String) -> Failure {
        Failure(path: path, message: "\(what): \(String(cString: strerror(errno)))")
    }
}
