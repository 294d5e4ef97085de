import ArgumentParser
import Foundation
import Movemap
import Render

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
        MapRenderer.prepareFonts()
        let formats = try BatchRunner.formats(format, paper: map.paper)
        let jobs = try BatchRunner.jobs(self.jobs)
        let (k, n) = try shard.map(BatchPlan.parseShard) ?? (0, 1)
        try BatchPlan.requireFolder(folder)
        let data = try DataStore()
        var runner = BatchRunner(folder: output, formats: formats, overrides: try map.overrides(), jobs: jobs,
                                 force: force, version: MovemapVersion.current)
        runner.routeCache = try routing.cache(data: data)
        runner.layerStore = LayerFiles.standard(data: data, version: MovemapVersion.current)
        runner.readingStore = PlaceReadingFiles.standard(data: data, version: MovemapVersion.current)
        runner.strict = strict
        var failed = try await pass(runner, plan: try BatchPlan(folder: folder, shard: k, of: n), data: data)
        guard watch else {
            if failed { throw ExitCode(1) }
            return
        }
        let changes = FolderWatch.changes(in: folder)
        logging.note("watching \(folder) — Ctrl-C stops")
        var quiet = runner
        quiet.force = false
        for await _ in changes {
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
            if let failure = outcome.failureText {
                if bar { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
                printError(failure)
            } else if !bar, outcome.state == .rendered {
                logging.note(outcome.progressLine(done: done, total: total))
            }
            if bar {
                let line = "\r\u{1B}[K" + outcome.progressBar(done: done, total: total)
                FileHandle.standardError.write(Data((line + (done == total ? "\n" : "")).utf8))
            }
        }
        logging.note(BatchRunner.Outcome.summary(outcomes, seconds: Date().timeIntervalSince(start)))
        return outcomes.contains { $0.failureText != nil }
    }
}
