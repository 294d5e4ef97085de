import Foundation

/// The names, sizes and modification times of a folder's files (not descending), to notice
/// changes between two looks.
struct FolderStamps: Equatable {
    /// Each file's size in bytes and modification time in seconds since 1970, by name.
    var stamps: [String: String] = [:]

    /// The stamps of the files in `folder` now; none for a folder that cannot be listed.
    init(_ folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name))
            let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            stamps[name] = "\(attributes?[.size] ?? 0) \(date)"
        }
    }
}
