import ArgumentParser
import Foundation
import Geo
import Movemap
import Render
import Scenario

struct BatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Render every scenario in a folder, in parallel and only what changed.",
        discussion: """
        Each scenario (.yaml, .yml, .json, .csv, .geojson) becomes OUTDIR/NAME.FORMAT. A \
        manifest in OUTDIR (.movemap-manifest.json) records a SHA-256 of each scenario, the \
        resources, the settings and the tool version: a second run with nothing changed \
        renders nothing (--force renders all). A failing scenario is reported and the rest \
        are still made; the exit code is then 1.

        --shard K/N makes only items i with i mod N = K of the sorted file list, for a \
        scheduler's array job (Slurm: --shard $SLURM_ARRAY_TASK_ID/$SLURM_ARRAY_TASK_COUNT; \
        Kubernetes Indexed Job: --shard $JOB_COMPLETION_INDEX/N).

        Examples:
          movemap batch scenarios/ -o maps/
          movemap batch scenarios/ -o maps/ --format png,svg --jobs 4
          movemap batch scenarios/ -o maps/ --watch     # until Ctrl-C
          movemap batch scenarios/ -o maps/ --shard 2/8
        """)

    @Argument(help: ArgumentHelp("The folder of scenario files.", valueName: "DIR"))
    var folder: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The output folder (created if missing).", valueName: "OUTDIR"))
    var output: String

    @Option(help: ArgumentHelp("Output formats, comma-separated: png, svg, pdf, tif (GeoTIFF).", valueName: "png,svg,pdf,tif"))
    var format = "png"

    @Option(help: "Scenarios rendered at once (default: the number of cores).")
    var jobs: Int?

    @Flag(help: "Fail a scenario with a doubtful place (a warning in validate) instead of drawing it.")
    var strict = false

    @Flag(help: "Render everything, even what the manifest says is current.")
    var force = false

    @Flag(help: "After the run, poll the folder every second and render what changed; Ctrl-C stops.")
    var watch = false

    @Option(help: ArgumentHelp("Make only shard K of N (0-based): item i of the sorted list goes to shard i mod N.", valueName: "K/N"))
    var shard: String?

    @OptionGroup var map: MapOptionGroup

    @OptionGroup var routing: RoutingOptionGroup

    @OptionGroup var logging: LoggingOptionGroup

    func run() async throws {
        var formats: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let parsed = OutputFormat(pathExtension: name) else { throw MovemapError.usage("--format '\(name)' is not png, svg, pdf or tif") }
            if !formats.contains(parsed) { formats.append(parsed) }
        }
        guard !formats.isEmpty else { throw MovemapError.usage("--format needs at least one of png, svg, pdf, tif") }
        if let paper = map.paper, paper.lowercased() != "none", !formats.contains(.pdf) {
            throw MovemapError.usage("--paper \(paper) is for PDF output — add pdf to --format (e.g. --format png,pdf), or give the page in pixels with --size")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        if let jobs, !(1...256).contains(jobs) { throw MovemapError.usage("--jobs \(jobs) is outside 1…256") }
        let (k, n) = try shard.map(BatchPlan.parseShard) ?? (0, 1)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw MovemapError.usage("\(folder) is not a folder — give a folder of scenario files")
        }
        let data = try DataStore()
        var runner = BatchRunner(folder: output, formats: formats, overrides: try map.overrides(), jobs: jobs ?? cores,
                                 force: force, version: MovemapVersion.current)
        runner.routeCache = try routing.cache(data: data)
        runner.strict = strict
        var failed = try await pass(runner, plan: try BatchPlan(folder: folder, shard: k, of: n), data: data)
        guard watch else {
            if failed { throw ExitCode(1) }
            return
        }
        let stop = InterruptFlag()
        logging.note("watching \(folder) — Ctrl-C stops")
        var stamps = FolderStamps(folder)
        var quiet = runner
        quiet.force = false
        while !stop.isSet {
            try await Task.sleep(nanoseconds: 1_000_000_000)
            let now = FolderStamps(folder)
            guard now != stamps else { continue }
            stamps = now
            failed = try await pass(quiet, plan: try BatchPlan(folder: folder, shard: k, of: n), data: data)
        }
        logging.note("stopped watching")
        if failed { throw ExitCode(1) }
    }

    /// One pass over the plan: progress while it runs, a summary after. Returns whether any failed.
    private func pass(_ runner: BatchRunner, plan: BatchPlan, data: DataStore) async throws -> Bool {
        let bar = isatty(STDERR_FILENO) == 1 && !logging.quiet
        let logging = self.logging
        let start = Date()
        let outcomes = try await runner.run(plan, data: data) { outcome, done, total in
            let name = TerminalText.escaped(outcome.name)
            if case let .failed(message) = outcome.state {
                if bar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                printError("\(name): failed\n\(message)")
            } else if !bar, outcome.state == .rendered {
                logging.note("[\(done)/\(total)] \(name): rendered in \(String(format: "%.1f", outcome.seconds)) s")
            }
            if bar {
                let width = 30, filled = total == 0 ? width : width * done / total
                let line = "\r\u{1B}[K[\(String(repeating: "#", count: filled))\(String(repeating: " ", count: width - filled))] \(done)/\(total) \(name)"
                FileHandle.standardError.write(Data((line + (done == total ? "\n" : "")).utf8))
            }
        }
        let rendered = outcomes.filter { $0.state == .rendered }.count
        let unchanged = outcomes.filter { $0.state == .unchanged }.count
        let failed = outcomes.count - rendered - unchanged
        logging.note("batch: \(rendered) rendered, \(unchanged) unchanged, \(failed) failed in \(String(format: "%.1f", Date().timeIntervalSince(start))) s")
        return failed > 0
    }
}

/// The names, sizes and modification times of a folder's files, to notice changes.
struct FolderStamps: Equatable {
    var stamps: [String: String] = [:]

    init(_ folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            let attributes = try? FileManager.default.attributesOfItem(atPath: (folder as NSString).appendingPathComponent(name))
            let date = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            stamps[name] = "\(attributes?[.size] ?? 0) \(date)"
        }
    }
}

/// Set once SIGINT arrives; the watch loop checks it every second.
///
/// `@unchecked Sendable`: `value` is only touched while holding `lock`.
final class InterruptFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    private let source: DispatchSourceSignal

    init() {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler { [weak self] in self?.set() }
        source.resume()
    }

    var isSet: Bool {
        lock.lock(); defer { lock.unlock() }
        return value
    }

    private func set() {
        lock.lock(); value = true; lock.unlock()
    }
}
