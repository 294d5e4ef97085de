import Foundation

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
