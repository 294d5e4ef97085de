import Foundation
import Testing

@Suite(.serialized) struct BatchCLITests {
    @Test func batchRendersGoodScenariosReportsTheBadOneAndSecondRunRendersNothing() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for day in 1...3 { try CLIRunner.write(CLIRunner.scenario(day: day), to: input.appendingPathComponent("s\(day).yaml")) }
        try CLIRunner.write("""
            title: Bad
            assets:
              - id: conv
                mode: road
            sightings:
              - {asset: conv, place: Homs, time: 2024-13-45, status: observed}

            """, to: input.appendingPathComponent("bad.yaml"))
        let first = try CLIRunner.run(["batch", "in", "-o", "out", "--jobs", "2"], in: folder)
        #expect(first.status == 1)
        #expect(first.errors.contains("in/bad.yaml:6:"))
        #expect(first.errors.contains("3 rendered, 0 unchanged, 1 failed"))
        let out = folder.appendingPathComponent("out")
        let before = try (1...3).map { try Data(contentsOf: out.appendingPathComponent("s\($0).png")) }
        #expect(before.allSatisfy { $0.starts(with: [0x89, 0x50, 0x4E, 0x47]) })
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(".movemap-manifest.json").path))

        let second = try CLIRunner.run(["batch", "in", "-o", "out"], in: folder)
        #expect(second.errors.contains("0 rendered, 3 unchanged, 1 failed"))
        let after = try (1...3).map { try Data(contentsOf: out.appendingPathComponent("s\($0).png")) }
        #expect(before == after)

        try CLIRunner.write(CLIRunner.scenario(day: 5), to: input.appendingPathComponent("s2.yaml"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("bad.yaml"))
        let third = try CLIRunner.run(["batch", "in", "-o", "out", "--format", "png,svg"], in: folder)
        #expect(third.status == 0)
        #expect(third.errors.contains("3 rendered, 0 unchanged, 0 failed"), "the format list is part of the content key")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("s2.svg").path))
    }

    @Test("a.yaml and a.json in one folder would both make a.png: the batch refuses, naming both, exit 2")
    func nameCollisionsAreRefused() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try CLIRunner.write(CLIRunner.scenario(day: 1), to: input.appendingPathComponent("a.yaml"))
        try CLIRunner.write(CLIRunner.scenario(day: 2), to: input.appendingPathComponent("a.json"))
        try CLIRunner.write(CLIRunner.scenario(day: 3), to: input.appendingPathComponent("b.yaml"))
        let result = try CLIRunner.run(["batch", "in", "-o", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("a.json and a.yaml would both be drawn to a.png"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out/a.png").path))
        let shard = try CLIRunner.run(["batch", "in", "-o", "out", "--shard", "1/2"], in: folder)
        #expect(shard.status == 2, "shards see the collision too")
    }

    @Test("a batch removes its own temporary files left by a run killed over an hour ago")
    func batchRemovesStaleTemporaryFiles() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        let input = folder.appendingPathComponent("in"), out = folder.appendingPathComponent("out")
        for url in [input, out] { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true) }
        try CLIRunner.write(CLIRunner.scenario(day: 1), to: input.appendingPathComponent("a.yaml"))
        let stale = out.appendingPathComponent(".movemap-00000000000000aa.tmp")
        try Data([1]).write(to: stale)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -4000)], ofItemAtPath: stale.path)
        let result = try CLIRunner.run(["batch", "in", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func watchRerendersAChangedScenarioAndStopsOnInterrupt() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        let scenario = input.appendingPathComponent("w.yaml")
        try CLIRunner.write(CLIRunner.scenario(day: 1), to: scenario)
        let (process, _, err) = CLIRunner.process(["batch", "in", "-o", "out", "--watch", "--format", "svg"], in: folder)
        try process.run()
        // A watchdog, so a watcher that hangs fails the test instead of stalling the run.
        DispatchQueue.global().asyncAfter(deadline: .now() + 120) { if process.isRunning { process.terminate() } }
        var log = StderrLines(err.fileHandleForReading)
        let svg = folder.appendingPathComponent("out/w.svg")
        #expect(log.next { $0.contains("watching") }, "the first pass ends and watching starts")
        let first = try Data(contentsOf: svg)
        // A longer title changes the file's size, which the watcher notices whatever the clock's resolution.
        try CLIRunner.write(CLIRunner.scenario(day: 2, title: "Changed after the first pass"), to: scenario)
        #expect(log.next { $0.hasPrefix("batch: 1 rendered") }, "the changed scenario is rendered again")
        #expect(try Data(contentsOf: svg) != first)
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(log.rest().contains("stopped watching"))
    }
}

/// A child's standard error read line by line as it arrives: each read blocks until the
/// child writes or exits, so a test waits for an event without sleeping.
struct StderrLines {
    let handle: FileHandle
    private var pending = ""

    init(_ handle: FileHandle) { self.handle = handle }

    /// Reads until a complete line satisfies `condition`: `true`, or `false` when the stream ends first.
    mutating func next(where condition: (String) -> Bool) -> Bool {
        while true {
            var lines = pending.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            pending = lines.removeLast()
            if let hit = lines.firstIndex(where: condition) {
                pending = (lines[(hit + 1)...] + [pending]).joined(separator: "\n")
                return true
            }
            let data = handle.availableData
            if data.isEmpty { return false }
            pending += String(decoding: data, as: UTF8.self)
        }
    }

    /// Everything still to come, up to the end of the stream.
    mutating func rest() -> String {
        defer { pending = "" }
        return pending + String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
    }
}
