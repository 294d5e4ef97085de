import Foundation

/// Runs the built `movemap` binary (next to the test bundle, else `.build/debug/movemap`).
struct CLIRunner {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    static var binary: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("movemap")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(".build/debug/movemap")
    }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: binary.path) }

    /// A process running movemap in `folder`. Routed voyages are not cached unless
    /// `environment` names a cache (MOVEMAP_CACHE), so tests leave the user's cache alone.
    static func process(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) -> (Process, Pipe, Pipe) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["MOVEMAP_CACHE": "off"]) { $1 }
            .merging(environment) { $1 }
        process.currentDirectoryURL = folder
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        return (process, out, err)
    }

    static func run(_ arguments: [String], in folder: URL, environment: [String: String] = [:]) throws -> Result {
        let (process, out, err) = process(arguments, in: folder, environment: environment)
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self),
                      errors: String(decoding: errors, as: UTF8.self))
    }

    /// A fresh temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("movemap-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A small, fast road scenario between two Syrian cities.
    static func scenario(day: Int, title: String = "Test") -> String {
        """
        title: \(title) \(day)
        map:
          size: 200x150
          resolution: crude
        assets:
          - id: conv
            mode: road
        sightings:
          - {asset: conv, place: Damascus, time: 2024-12-0\(day), status: observed}
          - {asset: conv, place: Homs, time: 2024-12-0\(day)T12:00, status: reported}

        """
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// The path of a program on PATH, or `nil`.
    static func which(_ name: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let path = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }
}
