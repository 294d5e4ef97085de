import Foundation
import Testing

/// Bad input exits 2 with file:line:col before anything is written, and nothing from a
/// scenario or a file name reaches the terminal raw.
@Suite(.serialized) struct InputContractCLITests {
    static let csv = """
        asset,place,time,status,source,mode
        conv,Damascus,2024-12-01,observed,afp,road
        conv,Homs,2024-12-02,reported,afp,

        """

    static func folder(with files: [String: String]) throws -> URL {
        let folder = try CLIRunner.folder()
        for (name, text) in files { try CLIRunner.write(text, to: folder.appendingPathComponent(name)) }
        return folder
    }

    @Test("export -o over its own input, directly or through a link, exits 2 and leaves the scenario intact")
    func exportOverItsInputIsRefused() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try Self.folder(with: ["t.csv": Self.csv])
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.csv").path, withDestinationPath: "t.csv")
        for output in ["t.csv", "./t.csv", "link.csv"] {
            let result = try CLIRunner.run(["export", "t.csv", "--format", "csv", "-o", output], in: folder)
            #expect(result.status == 2, "-o \(output): \(result.errors)")
            #expect(result.errors.contains("is the input"), "\(result.errors)")
            #expect(try String(contentsOf: folder.appendingPathComponent("t.csv"), encoding: .utf8) == Self.csv)
        }
        let sidecar = try CLIRunner.run(["export", "t.csv", "--format", "geojson", "-o", "t.csv.yaml"], in: folder)
        #expect(sidecar.status == 2)
    }

    @Test("export -o with an extension that does not match --format exits 2 and writes nothing")
    func exportExtensionMustMatchFormat() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try Self.folder(with: ["t.csv": Self.csv])
        for arguments in [["--format", "geojson", "-o", "x.gpkg"], ["--format", "kml", "-o", "x.geojson"], ["-o", "x.gpkg"]] {
            let result = try CLIRunner.run(["export", "t.csv"] + arguments, in: folder)
            #expect(result.status == 2, "\(arguments): \(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent(arguments.last!).path))
        }
    }

    @Test("CSV export prefixes cells a spreadsheet would run as formulas")
    func csvFormulasAreDefused() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try Self.folder(with: ["t.yaml": """
            title: T
            assets:
              - {id: conv, name: "=HYPERLINK(\\"http://x\\")", mode: road}
            places:
              - {id: start, name: "@SUM(1)", position: "36.29,33.51"}
              - {id: end, name: "+1-2", position: "36.72,34.73"}
            sightings:
              - {asset: conv, place: start, time: 2024-12-01, status: observed}
              - {asset: conv, place: end, time: 2024-12-02, status: observed}

            """])
        let result = try CLIRunner.run(["export", "t.yaml", "--format", "csv"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let row = result.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(row.hasPrefix("\"'=HYPERLINK(\"\"http://x\"\")\",road,observed,'@SUM(1),'+1-2,"), "\(row)")
    }

    @Test("an unknown passage in 'avoid' exits 2 with its location, from validate and render, writing nothing")
    func unknownAvoidHasALocation() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try Self.folder(with: ["s.yaml": """
            title: Hop
            map: {size: 200x150, resolution: crude}
            assets:
              - {id: ship, mode: sea, avoid: [nowhere]}
            sightings:
              - {asset: ship, place: Latakia, kind: port, time: 2024-12-10, status: observed}
              - {asset: ship, place: Tartus, kind: port, time: 2024-12-11, status: reported}

            """])
        let validate = try CLIRunner.run(["validate", "s.yaml"], in: folder)
        #expect(validate.status == 2, "\(validate.errors)")
        #expect(validate.errors.contains("s.yaml:4:35: error: unknown passage 'nowhere' in 'avoid'"), "\(validate.errors)")
        let render = try CLIRunner.run(["render", "s.yaml", "-o", "s.png"], in: folder)
        #expect(render.status == 2)
        #expect(render.errors.contains("s.yaml:4:35"), "\(render.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.png").path))
    }

    @Test("scale 0.0001 and --world-file with .svg exit 2 before anything is written")
    func badOutputSettingsWriteNothing() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let scenario = CLIRunner.scenario(day: 1).replacingOccurrences(of: "  resolution: crude", with: "  resolution: crude\n  scale: 0.0001")
        let folder = try Self.folder(with: ["tiny.yaml": scenario, "s.yaml": CLIRunner.scenario(day: 1)])
        let tiny = try CLIRunner.run(["render", "tiny.yaml", "-o", "tiny.png"], in: folder)
        #expect(tiny.status == 2, "\(tiny.errors)")
        #expect(tiny.errors.contains("tiny.yaml:5:10: error: '0.0001' is not a scale"), "\(tiny.errors)")
        let flag = try CLIRunner.run(["render", "s.yaml", "-o", "flag.png", "--scale", "0.0001"], in: folder)
        #expect(flag.status == 2)
        let world = try CLIRunner.run(["render", "s.yaml", "-o", "s.svg", "--world-file"], in: folder)
        #expect(world.status == 2)
        #expect(world.errors.contains("--world-file goes with a .png or .tif output"))
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".yaml") }
        #expect(written.isEmpty, "\(written)")
    }

    @Test("a duplicate YAML key is reported by name at its line, without the file's text; JSON errors say JSON")
    func syntaxErrorsAreShortAndNamed() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let padding = String(repeating: "# padding line that must not be echoed\n", count: 2000)
        let folder = try Self.folder(with: [
            "dup.yaml": "title: A\nsubtitle: B\ntitle: C\n" + padding,
            "bad.json": "{\"title\": \"A\",\n \"sightings\": [}\n",
        ])
        let dup = try CLIRunner.run(["validate", "dup.yaml"], in: folder)
        #expect(dup.status == 2)
        #expect(dup.errors.contains("dup.yaml:3:1: error: duplicate key 'title' (first at line 1)"), "\(dup.errors)")
        #expect(dup.errors.utf8.count < 400, "\(dup.errors.utf8.count) bytes on stderr")
        let json = try CLIRunner.run(["validate", "bad.json"], in: folder)
        #expect(json.status == 2)
        #expect(json.errors.contains("bad.json:2:"), "\(json.errors)")
        #expect(json.errors.contains("not valid JSON"))
        #expect(!json.errors.contains("YAML"), "\(json.errors)")
    }

    @Test("control characters from scenario text and file names are escaped in messages and the progress line")
    func controlCharactersAreEscaped() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let name = "evil\u{1B}]0;owned\u{07}\nname.yaml"
        let folder = try Self.folder(with: [name: """
            title: T
            assets:
              - {id: conv, mode: road}
            sightings:
              - {asset: conv, place: "Nowhere\\e[2J\\nfake.yaml:1:1: error: forged", time: 2024-12-01, status: observed}

            """])
        let result = try CLIRunner.run(["validate", name], in: folder)
        #expect(result.status == 2)
        #expect(!result.errors.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(result.errors.debugDescription)")
        #expect(result.errors.split(separator: "\n").count == 1, "\(result.errors.debugDescription)")
        #expect(result.errors.contains("evil\\u{1B}]0;owned\\u{7}\\nname.yaml:5:"), "\(result.errors.debugDescription)")
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: folder.appendingPathComponent(name), to: input.appendingPathComponent(name))
        let batch = try CLIRunner.run(["batch", "in", "-o", "out"], in: folder)
        #expect(batch.status == 1)
        #expect(!batch.errors.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 }, "\(batch.errors.debugDescription)")
    }

    @Test("a projection that reads files or cannot draw a map exits 2 with the reason")
    func nonMapProjectionsAreRefused() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try Self.folder(with: ["s.yaml": CLIRunner.scenario(day: 1)])
        for (projection, reason) in [("+init=epsg:3857", "+init="), ("+proj=geocent +datum=WGS84", "geocentric"),
                                     ("EPSG:4978", "geocentric"), ("EPSG:4979", "3D"),
                                     ("+proj=merc +nadgrids=/etc/passwd", "names a file")] {
            let result = try CLIRunner.run(["render", "s.yaml", "-o", "s.png", "--projection", projection], in: folder)
            #expect(result.status == 2, "\(projection): \(result.errors)")
            #expect(result.errors.contains(reason), "\(projection): \(result.errors)")
            #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("s.png").path))
        }
    }
}
