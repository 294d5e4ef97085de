import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Resource files that passed their whole check in an earlier run, recognised by what the file
/// system says of them, so a run need not read every byte of a large file to check it again.
///
/// A file is known by its device, inode, size and the nanosecond times of its last change of
/// content (`mtime`) and of metadata (`ctime`, set by the system on every write and rename, and
/// not settable by any user call). Any write to the file, any copy over it and any half-done
/// copy gives another identity, and the file is checked whole again. What such a check cannot
/// see is a bit turned on the disk without the file system noticing; the checks still run on
/// every file that changed, and on every run when the cache is off.
///
/// Stamps live in the `verified` folder of the cache (``CacheFolder/standard(environment:)``),
/// one small file per resource path, written whole and renamed into place (``FileReplacement``). A stamp may carry a
/// note: a count the check computed, which the loader then takes instead of counting again.
public enum VerifiedFiles {
    /// The file's identity: `dev ino size mtime ctime`, or nil when it cannot be read.
    static func identity(of url: URL) -> String? {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return nil }
        return "\(info.st_dev) \(info.st_ino) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec) "
            + "\(info.st_ctim.tv_sec).\(info.st_ctim.tv_nsec)"
    }

    /// The stamp file for `url` in `folder`: named by the CRC-32 of the path, which the stamp
    /// also holds in full.
    static func stampURL(for url: URL, in folder: URL) -> URL {
        let path = url.standardizedFileURL.path
        let crc = Array(path.utf8).withUnsafeBytes { Zlib.crc32($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, $0.count) }
        return folder.appendingPathComponent(String(format: "%08x.stamp", crc))
    }

    /// The note of a stamp for `url` with this `identity`, or nil when there is none (no
    /// stamp, another file's, or one made before the file last changed).
    static func note(for url: URL, identity: String, in folder: URL?) -> String? {
        guard let folder, let text = try? String(contentsOf: stampURL(for: url, in: folder), encoding: .utf8) else {
            return nil
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 4, lines[0] == "movemap verified 1", lines[1] == url.standardizedFileURL.path,
              lines[2] == identity else { return nil }
        return String(lines[3])
    }

    /// Records that the file `url`, whose identity was `identity` before it was read, passed
    /// its whole check. Best effort: a folder that cannot be written only means checking again.
    static func record(_ url: URL, identity: String, note: String, in folder: URL?) {
        guard let folder else { return }
        let text = "movemap verified 1\n\(url.standardizedFileURL.path)\n\(identity)\n\(note)\n"
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? FileReplacement.write(Array(text.utf8), to: stampURL(for: url, in: folder).path)
    }

    /// The stamps' folder users get: `verified` in ``CacheFolder/standard(environment:)``,
    /// nil when the cache is off.
    static func standardFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        CacheFolder.standard(environment: environment)?.appendingPathComponent("verified")
    }
}

/// Where movemap keeps what it can make again: routed voyages, drawn map backgrounds and the
/// stamps of checked files.
public enum CacheFolder {
    /// `$MOVEMAP_CACHE` if set (`off` turns caching off), else `$XDG_CACHE_HOME/movemap`, else
    /// `~/.cache/movemap`; nil when caching is off or there is no home.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let chosen = environment["MOVEMAP_CACHE"], !chosen.isEmpty {
            return chosen == "off" ? nil : URL(fileURLWithPath: chosen)
        }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("movemap")
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home).appendingPathComponent(".cache/movemap")
    }
}
