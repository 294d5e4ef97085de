import Foundation
import Testing

/// `movemap draft` as a user runs it: a report in, a scenario out that validate accepts,
/// every line quoting its report; bad input refused with its place and exit 2.
@Suite(.serialized) struct DraftCLITests {
    static let report = """
        Russian landing ship heads for Syria

        The landing ship Ivan Gren left Baltiysk on Monday and is bound for Tartus, the ministry said.
        Satellite images show the ship passed through the Strait of Gibraltar on 12 December.

        """

    @Test("a report drafts into a scenario that validate accepts, each sighting quoting its sentence exactly")
    func draftsAndValidates() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write(Self.report, to: folder.appendingPathComponent("r.txt"))
        let drafted = try CLIRunner.run(["draft", "r.txt", "--date", "2024-12-14", "-o", "d.yaml"], in: folder)
        #expect(drafted.status == 0, "\(drafted.errors)")
        let yaml = try String(contentsOf: folder.appendingPathComponent("d.yaml"), encoding: .utf8)
        #expect(yaml.contains("title: \"Russian landing ship heads for Syria\""), "\(yaml)")
        #expect(yaml.contains("  - {id: ivan-gren, name: \"Ivan Gren\", mode: sea}"))
        let blocks = yaml.components(separatedBy: "  - asset: ").dropFirst()
        func block(_ place: String) -> String { blocks.first { $0.contains("place: \"\(place)\"") } ?? "" }
        #expect(blocks.count == 3, "\(yaml)")
        #expect(blocks.allSatisfy { $0.hasPrefix("ivan-gren\n") }, "the headline gives no sighting of its own:\n\(yaml)")
        #expect(block("Baltiysk").contains("time: \"2024-12-09\"") && block("Baltiysk").contains("status: reported"), "\(yaml)")
        #expect(block("Strait of Gibraltar").contains("time: \"2024-12-12\"") && block("Strait of Gibraltar").contains("status: observed"))
        #expect(block("Tartus").contains("status: planned") && !block("Tartus").contains("time:"))
        #expect(yaml.contains("    evidence: \"The landing ship Ivan Gren left Baltiysk on Monday and is bound for Tartus, the ministry said.\"\n    evidence_at: \"3:1\""))
        #expect(yaml.contains("    evidence_at: \"4:1\""))
        // The sightings go Baltiysk, Gibraltar, Tartus.
        let order = ["\"Baltiysk\"", "\"Strait of Gibraltar\"", "\"Tartus\""].map { yaml.range(of: $0)!.lowerBound }
        #expect(order == order.sorted())
        let validated = try CLIRunner.run(["validate", "d.yaml"], in: folder)
        #expect(validated.status == 0, "\(validated.errors)")
        // The same report drafts to the same bytes.
        let again = try CLIRunner.run(["draft", "r.txt", "--date", "2024-12-14"], in: folder)
        #expect(again.output == yaml)
    }

    @Test("an evidence position that is not LINE:COL is refused at its place")
    func evidencePositionChecked() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write("""
            assets:
              - {id: s, mode: sea}
            sightings:
              - {asset: s, place: Tartus, time: "~2024-12-16", evidence: "It is in Tartus.", evidence_at: "three"}

            """, to: folder.appendingPathComponent("s.yaml"))
        let result = try CLIRunner.run(["validate", "s.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("s.yaml:4:"), "\(result.errors)")
        #expect(result.errors.contains("evidence_at"), "\(result.errors)")
    }

    @Test("a file that is not UTF-8 is refused with its line and column, exit 2, and nothing written")
    func notUTF8() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        var bytes = Array("The ship left Tartus.\nIt sailed \u{2014} on".utf8)
        bytes.insert(0xFF, at: 31)
        try Data(bytes).write(to: folder.appendingPathComponent("bad.txt"))
        let result = try CLIRunner.run(["draft", "bad.txt", "-o", "d.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("bad.txt:2:10:"), "\(result.errors)")
        #expect(result.errors.contains("UTF-8"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("d.yaml").path))
    }

    @Test("empty input and binary input are refused with exit 2")
    func emptyAndBinary() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let empty = try CLIRunner.run(["draft", "empty.txt"], in: folder)
        #expect(empty.status == 2)
        #expect(empty.errors.contains("empty.txt"), "\(empty.errors)")
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]).write(to: folder.appendingPathComponent("zip.txt"))
        let binary = try CLIRunner.run(["draft", "zip.txt"], in: folder)
        #expect(binary.status == 2)
        #expect(binary.errors.contains("zip.txt:1:5:"), "\(binary.errors)")
    }

    @Test("a report with no movement gives its places, exit 0, and says so")
    func noMovement() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write("Officials in Ankara said talks would continue.\n", to: folder.appendingPathComponent("r.txt"))
        let result = try CLIRunner.run(["draft", "r.txt", "-o", "d.yaml"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.contains("no movement found"), "\(result.errors)")
        let yaml = try String(contentsOf: folder.appendingPathComponent("d.yaml"), encoding: .utf8)
        #expect(yaml.contains("markers:\n  - place: \"Ankara\""), "\(yaml)")
        #expect(try CLIRunner.run(["validate", "d.yaml"], in: folder).status == 0)
    }

    @Test("--into adds only what is new and keeps the analyst's comments and edits")
    func into() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write(Self.report, to: folder.appendingPathComponent("r.txt"))
        #expect(try CLIRunner.run(["draft", "r.txt", "--date", "2024-12-14", "-o", "story.yaml"], in: folder).status == 0)
        let url = folder.appendingPathComponent("story.yaml")
        var edited = try String(contentsOf: url, encoding: .utf8)
        edited = edited.replacingOccurrences(of: "title: \"Russian landing ship heads for Syria\"", with: "title: \"Ivan Gren, December\"\n# checked against the report")
        try CLIRunner.write(edited, to: url)
        try CLIRunner.write("The landing ship Ivan Gren arrived in Tartus on 16 December, the ministry said.\n",
                            to: folder.appendingPathComponent("later.txt"))
        let same = try CLIRunner.run(["draft", "r.txt", "--date", "2024-12-14", "--into", "story.yaml"], in: folder)
        #expect(same.status == 0, "\(same.errors)")
        #expect(same.errors.contains("added 0 sightings, 0 assets, 0 markers"), "\(same.errors)")
        #expect(try String(contentsOf: url, encoding: .utf8) == edited)
        let merged = try CLIRunner.run(["draft", "later.txt", "--date", "2024-12-16", "--into", "story.yaml"], in: folder)
        #expect(merged.status == 0, "\(merged.errors)")
        #expect(merged.errors.contains("added 1 sightings, 0 assets"), "\(merged.errors)")
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains("title: \"Ivan Gren, December\""))
        #expect(text.contains("# checked against the report"))
        #expect(text.contains("time: \"2024-12-16\""), "\(text)")
        #expect(text.components(separatedBy: "place: \"Baltiysk\"").count == 2, "the same sighting twice:\n\(text)")
        #expect(try CLIRunner.run(["validate", "story.yaml"], in: folder).status == 0)
    }
}
