import Foundation
import Testing
@testable import Movemap

@Suite("Batch manifest journal", .serialized)
struct BatchRunnerTests {
    /// One folder of scenarios and its output folder.
    static func folders() throws -> (input: URL, output: URL) {
        let folder = try CLIRunner.folder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        return (input, folder.appendingPathComponent("out"))
    }

    static func runner(_ output: URL) -> BatchRunner {
        BatchRunner(folder: output.path, formats: [.svg], overrides: .init(), jobs: 1, force: false, version: "test")
    }

    @Test("the manifest on disk never keeps an old key for a map already redrawn, so a kill cannot leave a stale map 'unchanged'")
    func manifestFollowsEachItem() async throws {
        let (input, output) = try Self.folders()
        for name in ["a", "b", "c"] { try CLIRunner.write(CLIRunner.scenario(day: 1), to: input.appendingPathComponent("\(name).yaml")) }
        let data = try DataStore()
        _ = try await Self.runner(output).run(try BatchPlan(folder: input.path), data: data)
        let old = BatchManifest.load(from: output.path)
        #expect(old.entries.count == 3)
        for name in ["a", "b", "c"] { try CLIRunner.write(CLIRunner.scenario(day: 2), to: input.appendingPathComponent("\(name).yaml")) }
        let seen = Checked()
        _ = try await Self.runner(output).run(try BatchPlan(folder: input.path), data: data) { outcome, _, _ in
            // Here a kill could strike: whatever the manifest on disk says of any map must hold.
            let onDisk = BatchManifest.load(from: output.path)
            for name in ["a", "b", "c"] {
                if let entry = onDisk.entries[name] {
                    seen.add(entry.key != old.entries[name]?.key)
                }
            }
            seen.add(onDisk.entries[outcome.name] != nil)
        }
        #expect(seen.all, "a manifest entry named a map's old content after the map was redrawn, or a drawn map was not recorded")
        // Changed back after an interrupted run: the map is redrawn, not reported unchanged.
        let final = BatchManifest.load(from: output.path)
        #expect(final.entries.count == 3)
        #expect(final.entries.values.allSatisfy { entry in !old.entries.values.contains { $0.key == entry.key } })
    }

    @Test("a run killed after drawing a map but before finishing still records it")
    func interruptedRunRecordsFinishedItems() async throws {
        let (input, output) = try Self.folders()
        try CLIRunner.write(CLIRunner.scenario(day: 1), to: input.appendingPathComponent("a.yaml"))
        try CLIRunner.write(CLIRunner.scenario(day: 1), to: input.appendingPathComponent("b.yaml"))
        let data = try DataStore()
        let keys = Checked()
        _ = try await Self.runner(output).run(try BatchPlan(folder: input.path), data: data) { outcome, done, _ in
            if done == 1 { keys.add(BatchManifest.load(from: output.path).entries[outcome.name] != nil) }
        }
        #expect(keys.all, "the first finished map was not in the manifest when the second began")
    }
}

/// Facts gathered from a `@Sendable` progress callback.
///
/// `@unchecked Sendable`: `values` is only touched while holding `lock`.
final class Checked: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Bool] = []

    func add(_ value: Bool) {
        lock.lock(); values.append(value); lock.unlock()
    }

    var all: Bool {
        lock.lock(); defer { lock.unlock() }
        return !values.isEmpty && values.allSatisfy { $0 }
    }
}
