import Foundation
import Geo

/// Whether two paths name one file, whatever the spelling: through symbolic links, `..`,
/// hard links or bind mounts (the same device and inode).
enum FileIdentity {
    /// True when both paths exist and are the same file; a missing path is no file.
    static func same(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}

extension ContentDigest {
    /// Adds a file's path, size and modification time, as the caches and the batch manifest
    /// fingerprint what they depend on: changing the file changes the digest, and nothing
    /// reads its bytes. A missing file adds size −1.
    mutating func updateFingerprint(ofFile path: String) {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let size = (attributes?[.size] as? NSNumber)?.int64Value ?? -1
        let time = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        update(Array("\(path) \(size) \(time)\n".utf8))
    }

    /// Adds the running executable's fingerprint (``updateFingerprint(ofFile:)``), so a
    /// rebuilt movemap keys its cache entries afresh.
    mutating func updateFingerprintOfExecutable() {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            updateFingerprint(ofFile: resolved)
        }
    }
}

extension ContentDigest {
    /// The salt of a cache's keys, as the hexadecimal digest of `label` and the tool `version`,
    /// the running executable's fingerprint, and each file's in `folder` (in name order, but
    /// the `.sha256` sidecars): a new build or new data keys every entry afresh.
    static func cacheSalt(_ label: String, version: String, folder: URL) -> String {
        var hash = ContentDigest()
        hash.update(Array("\(label) \(version)\n".utf8))
        hash.updateFingerprintOfExecutable()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()) ?? []
        for name in names where !name.hasSuffix(".sha256") {
            hash.updateFingerprint(ofFile: folder.appendingPathComponent(name).path)
        }
        return hash.hexDigest()
    }
}
