import Foundation
import Testing

/// The KML export against the OGC KML 2.2 schema, with xmllint (`scripts/kml-schema`).
@Suite(.serialized) struct KMLSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let script = root.appendingPathComponent("scripts/kml-schema")

    /// Runs `scripts/kml-schema` on `files` in `folder`: its exit status and what it said.
    static func check(_ files: [String], in folder: URL) throws -> (status: Int32, text: String) {
        let process = Process()
        process.executableURL = script
        process.arguments = files
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    /// Whether xmllint and the schema are here: the script passes a minimal KML (exit 2 says
    /// what is missing). `scripts/bootstrap` installs both; under `CI=true` the test always runs.
    static let available: Bool = {
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        guard let folder = try? CLIRunner.folder() else { return false }
        let minimal = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document/></kml>\n"
        guard (try? CLIRunner.write(minimal, to: folder.appendingPathComponent("minimal.kml"))) != nil,
              let result = try? check(["minimal.kml"], in: folder) else { return false }
        if result.status != 0 { print("skipping the KML schema check: \(result.text) (run scripts/bootstrap)") }
        return result.status == 0
    }()

    @Test("KML exports of the seed and of every status, mode and time form validate against the OGC KML 2.2 schema",
          .enabled(if: available, "xmllint or the KML 2.2 schema is missing: run scripts/bootstrap (libxml2-utils, pykml)"))
    func exportsValidate() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try FileManager.default.copyItem(at: ExportRoundTripTests.seed, to: folder.appendingPathComponent("seed.yaml"))
        try CLIRunner.write(ExportRoundTripTests.everything, to: folder.appendingPathComponent("everything.yaml"))
        for name in ["seed", "everything"] {
            let export = try CLIRunner.run(["export", "\(name).yaml", "-o", "\(name).kml"], in: folder)
            #expect(export.status == 0, "\(export.errors)")
        }
        let result = try Self.check(["seed.kml", "everything.kml"], in: folder)
        #expect(result.status == 0, "\(result.text)")
        #expect(result.text.contains("seed.kml validates") && result.text.contains("everything.kml validates"), "\(result.text)")
    }

    @Test("the schema check refuses KML with its elements out of order, naming the line",
          .enabled(if: available, "xmllint or the KML 2.2 schema is missing: run scripts/bootstrap (libxml2-utils, pykml)"))
    func outOfOrderIsRefused() throws {
        let folder = try CLIRunner.folder()
        try CLIRunner.write("""
            <?xml version="1.0" encoding="UTF-8"?>
            <kml xmlns="http://www.opengis.net/kml/2.2"><Document>
            <Placemark><ExtendedData><Data name="a"><value>1</value></Data></ExtendedData><styleUrl>#x</styleUrl><Point><coordinates>1,2,0</coordinates></Point></Placemark>
            </Document></kml>

            """, to: folder.appendingPathComponent("bad.kml"))
        let result = try Self.check(["bad.kml"], in: folder)
        #expect(result.status != 0)
        #expect(result.text.contains("bad.kml:3: element styleUrl: Schemas validity error"), "\(result.text)")
    }
}
