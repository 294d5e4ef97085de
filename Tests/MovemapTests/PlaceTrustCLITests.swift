import Foundation
import Testing

/// A doubtful place is said on every command that reads it; junk is refused with exit 2.
@Suite(.serialized) struct PlaceTrustCLITests {
    static let scenario = """
        title: A flight from a misspelt place
        assets:
          - {id: cargo, mode: air}
        sightings:
          - {asset: cargo, place: Tartoud, status: observed}
          - {asset: cargo, place: Hmeimim, status: reported}

        """

    @Test("render draws a doubtful place with a warning naming it, and --strict refuses it with exit 2 and no map")
    func renderWarnsAndStrictRefuses() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write(Self.scenario, to: folder.appendingPathComponent("s.yaml"))
        let drawn = try CLIRunner.run(["render", "s.yaml", "-o", "s.svg"], in: folder)
        #expect(drawn.status == 0, "\(drawn.errors)")
        #expect(drawn.errors.contains("s.yaml:5:27: warning: 'Tartoud' is Tartus (city:tartus-sy), city, SY"), "\(drawn.errors)")
        #expect(drawn.errors.contains("doubtful: read as a misspelling of 'Tartus'"))
        let strict = try CLIRunner.run(["render", "s.yaml", "-o", "strict.svg", "--strict"], in: folder)
        #expect(strict.status == 2)
        #expect(strict.errors.contains("s.yaml:5:27: error: 'Tartoud' is only doubtfully Tartus"), "\(strict.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("strict.svg").path))
    }

    @Test("place refuses junk and a coordinate out of range with exit 2, and reads a qualified name")
    func placeCommand() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        for junk in ["Xyzzy", "nan,nan", "200,95", "NATO"] {
            let result = try CLIRunner.run(["place", junk], in: folder)
            #expect(result.status == 2, "\(junk): \(result.output)")
            #expect(result.errors.contains("is not a place movemap can put on the map with confidence"), "\(result.errors)")
        }
        let qualified = try CLIRunner.run(["place", "Portland, Maine", "--json", "--limit", "1"], in: folder)
        #expect(qualified.status == 0)
        #expect(qualified.output.contains("\"verdict\" : \"sure\"") && qualified.output.contains("\"lat\" : 43.6"), "\(qualified.output)")
    }
}
