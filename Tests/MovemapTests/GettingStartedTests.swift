import Foundation
import MapVocabulary
import Movemap
import Testing

/// The getting-started article's code, run through the public API only (no `@testable`
/// import in this file), on the article's scenario.
@Suite("The getting-started article")
struct GettingStartedTests {
    static let article = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/Movemap/Movemap.docc/GettingStarted.md")

    /// The article's fenced blocks in `language`.
    static func blocks(_ language: String) throws -> [String] {
        let text = try String(contentsOf: article, encoding: .utf8)
        return text.components(separatedBy: "```\(language)\n").dropFirst().map { $0.components(separatedBy: "```")[0] }
    }

    @Test("the article's code renders its scenario and routes its voyage")
    func runs() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("getting-started-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let story = folder.appendingPathComponent("story.yaml").path
        let png = folder.appendingPathComponent("story.png").path
        try #require(try Self.blocks("yaml").first).write(toFile: story, atomically: true, encoding: .utf8)

        // From here to the end of the voyage block: the article's code, with its file names
        // replaced by the two paths above.
        let maker = try MapMaker()
        var settings = MapSettings()
        settings.theme = .dark
        let result = try maker.render(scenarioAt: story, format: .png, settings: settings)
        for warning in result.warnings { print(warning) }   // doubtful places, routing notes
        try Data(result.map.bytes).write(to: URL(fileURLWithPath: png))

        let voyage = try maker.seaRoute(through: ["Baltiysk", "English Channel", "Tartus"])
        print(Int(voyage.lengthMeters / 1852), "nm via", voyage.passages.joined(separator: ", "))
        for note in voyage.notes { print("note:", note) }

        let written = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(written.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(result.legs.count == 1 && result.legs[0].lengthMeters / 1852 > 3500)
        #expect(voyage.passages.contains("dover") && voyage.passages.contains("gibraltar"))
        #expect((3500...4600).contains(voyage.lengthMeters / 1852), "\(voyage.lengthMeters / 1852) nm")
    }

    @Test("every line of the article's Swift (but the package manifest) is in the test above")
    func articleMatchesTest() throws {
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
            .replacingOccurrences(of: "scenarioAt: story,", with: "scenarioAt: \"story.yaml\",")
            .replacingOccurrences(of: "fileURLWithPath: png", with: "fileURLWithPath: \"story.png\"")
        let code = try Self.blocks("swift").filter { !$0.contains(".package(") }
        #expect(code.count == 2)
        for line in code.joined().split(separator: "\n") where !line.hasPrefix("import ") {
            #expect(source.contains(line.trimmingCharacters(in: .whitespaces)), "not run by the test: \(line)")
        }
    }
}
