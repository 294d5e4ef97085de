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

    @Test func watchRerendersAChangedScenarioAndStopsOnInterrupt() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try CLIRunner.write(CLIRunner.scenario(day: 1), to: input.appendingPathComponent("w.yaml"))
        let (process, _, err) = CLIRunner.process(["batch", "in", "-o", "out", "--watch", "--format", "svg"], in: folder)
        try process.run()
        let svg = folder.appendingPathComponent("out/w.svg")
        func wait(for condition: () -> Bool) -> Bool {
            for _ in 0..<120 where process.isRunning {
                if condition() { return true }
                Thread.sleep(forTimeInterval: 0.5)
            }
            return condition()
        }
        #expect(wait { FileManager.default.fileExists(atPath: svg.path) })
        let first = (try? Data(contentsOf: svg)) ?? Data()
        Thread.sleep(forTimeInterval: 1.2)
        try CLIRunner.write(CLIRunner.scenario(day: 2, title: "Changed"), to: input.appendingPathComponent("w.yaml"))
        #expect(wait { ((try? Data(contentsOf: svg)) ?? first) != first })
        process.interrupt()
        process.waitUntilExit()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 0)
        #expect(errors.contains("stopped watching"))
    }
}
