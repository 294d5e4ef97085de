import Foundation

/// What a batch made, by scenario name: the content key and output files. Kept in
/// `OUTDIR/.movemap-manifest.json`, written atomically, so a second run with nothing
/// changed renders nothing.
public struct BatchManifest: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        /// SHA-256 hex of the tool version, resources, settings and scenario.
        public var key: String
        /// Output file names inside the output folder.
        public var outputs: [String]

        public init(key: String, outputs: [String]) {
            self.key = key
            self.outputs = outputs
        }
    }

    public var version: Int = 1
    public var entries: [String: Entry] = [:]

    public init() {}

    /// The manifest's path in an output folder. Each shard of an array job keeps its own
    /// manifest, so shards writing into one folder never overwrite each other's records.
    public static func path(in folder: String, shard: Int = 0, of count: Int = 1) -> String {
        let name = count > 1 ? ".movemap-manifest-\(shard)-of-\(count).json" : ".movemap-manifest.json"
        return (folder as NSString).appendingPathComponent(name)
    }

    /// The manifest in `folder`, or an empty one when there is none or it is unreadable.
    public static func load(from folder: String, shard: Int = 0, of count: Int = 1) -> BatchManifest {
        guard let data = FileManager.default.contents(atPath: path(in: folder, shard: shard, of: count)),
              let manifest = try? JSONDecoder().decode(BatchManifest.self, from: data) else { return BatchManifest() }
        return manifest
    }

    /// Whether `name` was made with `key` and all its outputs still exist.
    public func isCurrent(name: String, key: String, folder: String) -> Bool {
        guard let entry = entries[name], entry.key == key else { return false }
        return entry.outputs.allSatisfy { FileManager.default.fileExists(atPath: (folder as NSString).appendingPathComponent($0)) }
    }

    /// Writes the manifest atomically.
    public func save(to folder: String, shard: Int = 0, of count: Int = 1) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(Array(try encoder.encode(self)), to: BatchManifest.path(in: folder, shard: shard, of: count))
    }
}
