import Foundation
import Geo
import Scenario

/// The work of `movemap batch`: which scenarios of a folder this shard makes, where each
/// map goes, and the content key that decides whether it must be made again.
public struct BatchPlan: Sendable {
    /// One scenario to render.
    public struct Item: Sendable, Hashable {
        /// The scenario file.
        public var path: String
        /// The file name without its extension; the outputs are `name.png`, `name.svg`…
        public var name: String
    }

    /// The scenarios this shard makes, sorted by file name.
    public var items: [Item]
    /// This plan's shard, 0-based.
    public var shard = 0
    /// The number of shards the folder is split into.
    public var shardCount = 1

    /// Every scenario in `folder` (not descending), sorted by file name, then the items of
    /// shard `shard` of `count`: item i of the sorted list goes to shard i mod count.
    public init(folder: String, shard: Int = 0, of count: Int = 1) throws {
        self.shard = shard
        self.shardCount = count
        guard count >= 1, (0..<count).contains(shard) else {
            throw MovemapError.usage("--shard \(shard)/\(count): K must be from 0 to N-1")
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw MovemapError.usage("\(folder): cannot list the folder — give a folder of scenario files")
        }
        let files = Set(names)
        let scenarios = names.filter { name in
            guard !name.hasPrefix("."), ScenarioFormat(path: name) != nil else { return false }
            // `moves.csv.yaml` describes `moves.csv`; it is not a scenario of its own.
            let base = (name as NSString).deletingPathExtension
            return !(ScenarioFormat(path: base).map { $0 != .yaml } ?? false && files.contains(base))
        }.sorted()
        try BatchPlan.refuseCollisions(scenarios)
        var items: [Item] = []
        for (index, name) in scenarios.enumerated() where index % count == shard {
            items.append(Item(path: (folder as NSString).appendingPathComponent(name), name: (name as NSString).deletingPathExtension))
        }
        self.items = items
    }

    /// Refuses scenarios whose outputs would share a name — `a.yaml` and `a.json` both make
    /// `a.png` — naming each pair, so neither map is lost at random. Names that differ only
    /// in case collide too: they are one file on macOS and Windows volumes.
    static func refuseCollisions(_ scenarios: [String]) throws {
        var first: [String: String] = [:]
        var clashes: [String] = []
        for name in scenarios {
            let base = (name as NSString).deletingPathExtension
            if let earlier = first[base.lowercased()] {
                let (one, other) = (TerminalText.escaped(earlier), TerminalText.escaped(name))
                clashes.append("\(one) and \(other) would both be drawn to \(TerminalText.escaped(base)).png (or .svg, .pdf)")
            } else {
                first[base.lowercased()] = name
            }
        }
        guard clashes.isEmpty else {
            throw MovemapError.usage(clashes.joined(separator: "\n") + "\n— rename one of each pair: a batch makes one map per file name")
        }
    }

    /// Refuses a `path` that is not a folder.
    ///
    /// - Throws: ``MovemapError/usage(_:)``: `PATH is not a folder — give a folder of scenario files`.
    public static func requireFolder(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
            throw MovemapError.usage("\(path) is not a folder — give a folder of scenario files")
        }
    }

    /// Parses `K/N` (0-based K, 1 ≤ N ≤ 100000), as `--shard` takes it. Throws
    /// ``MovemapError/usage(_:)`` quoting the accepted form.
    public static func parseShard(_ text: String) throws -> (shard: Int, count: Int) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, n <= 100_000, (0..<n).contains(k) else {
            throw MovemapError.usage("--shard '\(text)' is not K/N with 0 ≤ K < N — write e.g. --shard 0/4 (Slurm: $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT)")
        }
        return (k, n)
    }

    /// The path of an output inside `folder`, refusing names that would leave it.
    static func outputPath(folder: String, name: String, format: String) throws -> String {
        let file = "\(name).\(format)"
        guard !name.isEmpty, !name.contains("/"), !name.contains("\\"), !name.hasPrefix("."), !name.contains("\0") else {
            throw MovemapError.usage("'\(file)' would be written outside the output folder — rename the scenario")
        }
        let base = URL(fileURLWithPath: folder).standardizedFileURL.path
        let path = URL(fileURLWithPath: base).appendingPathComponent(file).standardizedFileURL.path
        guard path.hasPrefix(base + "/") else {
            throw MovemapError.usage("'\(file)' would be written outside the output folder — rename the scenario")
        }
        return path
    }

    /// A fingerprint of the resources folder: every file's relative path, size and
    /// modification time, hashed. Changing any data file changes every content key.
    static func resourceFingerprint(_ directory: URL) -> String {
        var hash = ContentDigest()
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
        guard let walker = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: keys) else { return "none" }
        var lines: [String] = []
        for case let url as URL in walker {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { continue }
            let relative = String(url.path.dropFirst(directory.path.count))
            let time = values.contentModificationDate?.timeIntervalSince1970 ?? 0
            lines.append("\(relative)\t\(values.fileSize ?? 0)\t\(time)")
        }
        for line in lines.sorted() { hash.update(Array((line + "\n").utf8)) }
        return hash.hexDigest()
    }

    /// The content key of one item: SHA-256 of the tool version, the resource fingerprint,
    /// the settings (formats and flags), the scenario's bytes, any sidecar's bytes, and the
    /// bytes of the house style the map is drawn in — `style` (the `--style` flag's file)
    /// or else the scenario's `map: style:` — so editing a style file redraws its maps.
    static func contentKey(item: Item, version: String, resources: String, settings: String, style: String? = nil) -> String? {
        guard let bytes = FileManager.default.contents(atPath: item.path) else { return nil }
        var hash = ContentDigest()
        hash.update(Array("movemap \(version)\n\(resources)\n\(settings)\n".utf8))
        hash.update(bytes)
        if let sidecar = FileManager.default.contents(atPath: item.path + ".yaml") { hash.update(sidecar) }
        if let path = style ?? scenarioStyle(item), path.lowercased() != "none" {
            hash.update(Array("\nstyle \(path)\n".utf8))
            // An unreadable style fails the render, which records no entry; the key only has to differ.
            hash.update(FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? Array("unreadable".utf8))
        }
        return hash.hexDigest()
    }

    /// The style file a scenario's `map: style:` names, relative to the scenario; `nil` when
    /// it names none or the scenario cannot be read (then it fails to render anyway).
    static func scenarioStyle(_ item: Item) -> String? {
        guard let raw = try? ScenarioReader.read(path: item.path), let style = raw.map["style"]?.value else { return nil }
        return ScenarioResolver.stylePath(style, scenarioFile: raw.file)
    }
}
