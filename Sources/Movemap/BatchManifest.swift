import Foundation

/// What a batch made, by scenario name: the content key and output files. Kept in
/// `OUTDIR/.movemap-manifest.json`, written atomically, so a second run with nothing
/// changed renders nothing.
struct BatchManifest: Sendable, Codable, Equatable {
    /// What one scenario made.
    struct Entry: Sendable, Codable, Equatable {
        /// SHA-256 hex of the tool version, resources, settings and scenario.
        var key: String
        /// Output file names inside the output folder.
        var outputs: [String]

        /// An entry for outputs made under `key`.
        init(key: String, outputs: [String]) {
            self.key = key
            self.outputs = outputs
        }
    }

    /// The manifest format's version.
    var version: Int = 1
    /// The entries by scenario name (the file name without its extension).
    var entries: [String: Entry] = [:]

    /// An empty manifest.
    init() {}

    /// The manifest's path in an output folder. Each shard of an array job keeps its own
    /// manifest, so shards writing into one folder never overwrite each other's records.
    static func path(in folder: String, shard: Int = 0, of count: Int = 1) -> String {
        let name = count > 1 ? ".movemap-manifest-\(shard)-of-\(count).json" : ".movemap-manifest.json"
        return (folder as NSString).appendingPathComponent(name)
    }

    /// The manifest in `folder`, or an empty one when there is none or it is unreadable.
    static func load(from folder: String, shard: Int = 0, of count: Int = 1) -> BatchManifest {
        guard let data = FileManager.default.contents(atPath: path(in: folder, shard: shard, of: count)),
              let manifest = try? JSONDecoder().decode(BatchManifest.self, from: data) else { return BatchManifest() }
        return manifest
    }

    /// Whether `name` was made with `key` and all its outputs still exist.
    func isCurrent(name: String, key: String, folder: String) -> Bool {
        guard let entry = entries[name], entry.key == key else { return false }
        return entry.outputs.allSatisfy { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
    }

    /// Writes the manifest atomically.
    func save(to folder: String, shard: Int = 0, of count: Int = 1) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(Array(try encoder.encode(self)), to: BatchManifest.path(in: folder, shard: shard, of: count))
    }
}
