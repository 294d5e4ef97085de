import ArgumentParser
import Foundation
import Testing
@testable import MovemapCLI

/// Every command's help, as an 80-column terminal shows it: wrapped once, by the argument
/// parser, with example commands whole. The expected texts are in `Help/`; after changing
/// help on purpose, run the tests with `MOVEMAP_UPDATE_HELP=1` to rewrite them.
@Suite("Help text")
struct HelpSnapshotTests {
    static let commands: [(name: String, type: ParsableCommand.Type)] = [
        ("movemap", MovemapCommand.self), ("render", RenderCommand.self), ("batch", BatchCommand.self),
        ("route-sea", SeaRouteCommand.self), ("route-air", AirRouteCommand.self), ("place", PlaceCommand.self),
        ("validate", ValidateCommand.self), ("export", ExportCommand.self), ("draft", DraftCommand.self),
    ]

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Help")

    static func help(_ type: ParsableCommand.Type) -> String {
        MovemapCommand.helpMessage(for: type, columns: 80)
    }

    @Test("each command's help matches its snapshot", arguments: commands.map(\.name))
    func snapshot(_ name: String) throws {
        let type = try #require(Self.commands.first { $0.name == name }).type
        let text = Self.help(type)
        let file = Self.folder.appendingPathComponent("\(name).txt")
        if ProcessInfo.processInfo.environment["MOVEMAP_UPDATE_HELP"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(text == expected, "help of \(name) changed: run with MOVEMAP_UPDATE_HELP=1 if on purpose")
    }

    @Test("prose is wrapped once: no line of a paragraph stops short while the next goes on", arguments: commands.map(\.name))
    func wrappedOnce(_ name: String) throws {
        let type = try #require(Self.commands.first { $0.name == name }).type
        let lines = Self.help(type).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // The discussion comes before USAGE; a paragraph line there that ends well short of the
        // width, followed by more of the same paragraph, was broken by a hard newline.
        let end = lines.firstIndex { $0.hasPrefix("USAGE:") } ?? lines.count
        for index in 1..<max(1, end - 1) {
            let line = lines[index], next = lines[index + 1]
            guard !line.isEmpty, !next.isEmpty, !line.hasPrefix(" "), !next.hasPrefix(" "),
                  !line.hasSuffix(":"), !next.hasPrefix("- ") else { continue }
            let firstWord = next.split(separator: " ").first.map(String.init) ?? ""
            #expect(line.count + 1 + firstWord.count >= 80, "\(name): '\(line)' is cut short before '\(firstWord)'")
        }
    }

    @Test("example commands are whole lines, under 80 columns, and parse", arguments: commands.map(\.name))
    func examples(_ name: String) throws {
        let type = try #require(Self.commands.first { $0.name == name }).type
        let lines = Self.help(type).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let start = lines.firstIndex(of: "Examples:") else { return }
        let block = lines[(start + 1)...].prefix { !$0.isEmpty }
        #expect(!block.isEmpty)
        for line in block {
            #expect(line.hasPrefix("  ") && line.count <= 80, "\(name): '\(line)' is not one whole example line")
        }
        for example in block where example.hasPrefix("  movemap ") {
            let words = Self.shellWords(example.dropFirst(2).split(separator: "#")[0])
            #expect(throws: Never.self, "\(example)") { _ = try MovemapCommand.parseAsRoot(Array(words.dropFirst())) }
        }
    }

    /// Words as a shell splits them, double quotes keeping spaces.
    static func shellWords(_ text: Substring) -> [String] {
        var words: [String] = [], word = "", quoted = false, started = false
        for character in text {
            if character == "\"" { quoted.toggle(); started = true; continue }
            if character == " " && !quoted {
                if started { words.append(word) }
                word = ""; started = false
                continue
            }
            word.append(character); started = true
        }
        if started { words.append(word) }
        return words
    }
}
