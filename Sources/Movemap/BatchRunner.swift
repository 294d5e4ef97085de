import Foundation
import Geo
import Render
import Routes
import Scenario

/// Renders the items of a ``BatchPlan`` concurrently — a task group holding at most `jobs`
/// tasks, one scenario per task — skipping items whose content key is in the manifest. Each
/// scenario is routed and planned once and drawn from that plan in every format.
public struct BatchRunner: Sendable {
    /// What became of one item.
    public struct Outcome: Sendable, Equatable {
        /// Whether the item was drawn.
        public enum State: Sendable, Equatable {
            /// Drawn, and recorded in the manifest.
            case rendered
            /// Nothing changed since the last run.
            case unchanged
            /// Not drawn; carries the error's message.
            case failed(String)
        }

        /// The scenario's name: its file name without the extension.
        public var name: String
        /// What became of it.
        public var state: State
        /// Wall time in seconds.
        public var seconds: Double
    }

    /// The output folder, created when missing; outputs are `NAME.FORMAT` inside it.
    public var folder: String
    /// The formats each scenario is drawn in, one file each.
    public var formats: [OutputFormat]
    /// Settings that override every scenario's `map:` section, as flags do.
    public var overrides: MapJob.Overrides
    /// The most scenarios drawn at once (at least 1).
    public var jobs: Int
    /// Where routed voyages are kept between runs; nil routes every voyage.
    public var routeCache: RouteCache?
    /// Where backgrounds are kept between runs (``LayerFiles``), if anywhere.
    public var layerStore: LayerFiles?
    /// Where the scenarios' place readings are kept between runs, if anywhere.
    public var readingStore: PlaceReadingFiles?
    /// Draw every item, even those the manifest says are current.
    public var force: Bool
    /// The tool version, part of every content key: a new version redraws everything.
    public var version: String
    /// With `strict`, a scenario with a doubtful place fails instead of being drawn.
    public var strict = false

    /// A runner writing `formats` into `folder` with at most `jobs` scenarios at once.
    public init(folder: String, formats: [OutputFormat], overrides: MapJob.Overrides, jobs: Int, force: Bool, version: String) {
        self.folder = folder
        self.formats = formats
        self.overrides = overrides
        self.jobs = max(1, jobs)
        self.force = force
        self.version = version
    }

    /// Runs the plan; `progress` is called after each item with the count done. Outcomes
    /// are sorted by scenario name.
    ///
    /// The manifest follows the files as the batch goes: before anything is drawn, the
    /// entries of the items to redraw are dropped and the manifest saved; each item that is
    /// drawn is recorded (and the manifest saved atomically) as soon as its files are in
    /// place. A batch that is killed at any moment leaves a manifest that lists only maps it
    /// matches, so the next run redraws the rest. Stale temporary files of killed runs are
    /// removed first.
    public func run(_ plan: BatchPlan, data: DataStore,
                    progress: @escaping @Sendable (Outcome, Int, Int) -> Void = { _, _, _ in }) async throws -> [Outcome] {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        AtomicFile.removeStale(in: folder)
        var manifest = BatchManifest.load(from: folder, shard: plan.shard, of: plan.shardCount)
        let resources = (try? ResourceDirectory.url()).map(BatchPlan.resourceFingerprint) ?? "none"
        let settings = "formats=\(formats.map(\.rawValue).joined(separator: ",")) overrides=\(overrides)"
        let linker = try Routing.linker(data: data, cache: routeCache)
        let total = plan.items.count
        var outcomes: [Outcome] = []
        var stale: [(BatchPlan.Item, String?)] = []
        for item in plan.items {
            let key = BatchPlan.contentKey(item: item, version: version, resources: resources, settings: settings,
                                           style: overrides.map.style)
            if !force, let key, manifest.isCurrent(name: item.name, key: key, folder: folder) {
                outcomes.append(Outcome(name: item.name, state: .unchanged, seconds: 0))
                progress(outcomes[outcomes.count - 1], outcomes.count, total)
            } else {
                stale.append((item, key))
            }
        }
        let save = { (manifest: BatchManifest) in try manifest.save(to: folder, shard: plan.shard, of: plan.shardCount) }
        let dropped = stale.filter { manifest.entries[$0.0.name] != nil }
        if !dropped.isEmpty {
            for (item, _) in dropped { manifest.entries[item.name] = nil }
            try save(manifest)
        }
        var saveError: (any Error)?
        // Maps of one view share their background and country names (the same bytes).
        let layers = MapLayerCache(store: layerStore)
        // Scenarios that name the same places look each name up once.
        await Gazetteer.sharingLookups {
            await withTaskGroup(of: (Outcome, BatchManifest.Entry?).self) { group in
                var pending = stale[...]
                func startNext() {
                    guard let (item, key) = pending.popFirst() else { return }
                    group.addTask { render(item, key: key, data: data, linker: linker, layers: layers) }
                }
                for _ in 0..<jobs { startNext() }
                while let (outcome, entry) = await group.next() {
                    if let entry, saveError == nil {
                        manifest.entries[outcome.name] = entry
                        do { try save(manifest) } catch { saveError = error }
                    }
                    outcomes.append(outcome)
                    progress(outcome, outcomes.count, total)
                    startNext()
                }
            }
        }
        if let saveError { throw saveError }
        return outcomes.sorted { $0.name < $1.name }
    }

    /// Draws one item in every format; the outcome, and the manifest entry when drawn.
    private func render(_ item: BatchPlan.Item, key: String?, data: DataStore, linker: TrackLinker,
                        layers: MapLayerCache) -> (Outcome, BatchManifest.Entry?) {
        let start = Date()
        do {
            let scenario = try ScenarioResolver.load(path: item.path, gazetteer: data.gazetteer.keepingResolutions(in: readingStore),
                                                     strict: strict)
            let planned = try MapJob(scenario: scenario, overrides: overrides).plan(data: data, linker: linker)
            var outputs: [String] = []
            for format in formats {
                let path = try BatchPlan.outputPath(folder: folder, name: item.name, format: format.rawValue)
                let result = try planned.render(format: format, data: data, layers: layers)
                try AtomicFile.write(result.map.bytes, to: path)
                outputs.append((path as NSString).lastPathComponent)
            }
            let seconds = Date().timeIntervalSince(start)
            return (Outcome(name: item.name, state: .rendered, seconds: seconds), key.map { BatchManifest.Entry(key: $0, outputs: outputs) })
        } catch {
            return (Outcome(name: item.name, state: .failed("\(error)"), seconds: Date().timeIntervalSince(start)), nil)
        }
    }
}
