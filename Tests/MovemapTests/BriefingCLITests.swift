import Foundation
import Testing

/// `--paper`, `--banner` and `--north-arrow` on the command line, and the PDF they make.
@Suite("Briefing furniture on the command line")
struct BriefingCLITests {
    static let available = CLIRunner.isAvailable && CLIRunner.which("pdfinfo") != nil

    /// A folder holding `brief.yaml`: a titled road move with a subtitle.
    func folder() throws -> URL {
        let folder = try CLIRunner.folder()
        try CLIRunner.write("""
            title: Convoy south
            subtitle: Damascus to Homs in a day
            map:
              resolution: crude
              banner: SECRET//REL TO USA, GBR
            assets:
              - {id: conv, mode: road}
            sightings:
              - {asset: conv, place: Damascus, time: 2024-12-03, status: observed}
              - {asset: conv, place: Homs, time: 2024-12-03T12:00, status: reported}

            """, to: folder.appendingPathComponent("brief.yaml"))
        return folder
    }

    func pdfinfo(_ name: String, in folder: URL) throws -> [String: String] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CLIRunner.which("pdfinfo")))
        process.arguments = [folder.appendingPathComponent(name).path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var fields: [String: String] = [:]
        for line in output.split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return fields
    }

    @Test("render --paper a4 makes an A4 PDF with the scenario's title and subtitle, the same bytes every run",
          .enabled(if: available))
    func paperAndMetadata() throws {
        let folder = try folder()
        for name in ["a.pdf", "b.pdf"] {
            let result = try CLIRunner.run(["render", "brief.yaml", "-o", name, "--paper", "a4", "--north-arrow"], in: folder)
            #expect(result.status == 0, "\(result.errors)")
        }
        let info = try pdfinfo("a.pdf", in: folder)
        #expect(info["Page size"] == "842 x 595 pts (A4)")
        #expect(info["Title"] == "Convoy south")
        #expect(info["Subject"] == "Damascus to Homs in a day")
        #expect(info["Creator"] == "movemap")
        let first = try Data(contentsOf: folder.appendingPathComponent("a.pdf"))
        #expect(first == (try Data(contentsOf: folder.appendingPathComponent("b.pdf"))), "two runs gave different PDFs")
    }

    @Test("a scenario's paper sizes its PDFs and leaves its PNGs at --size", .enabled(if: available))
    func scenarioPaper() throws {
        let folder = try folder()
        let text = try String(contentsOf: folder.appendingPathComponent("brief.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  resolution: crude\n", with: "  resolution: crude\n  paper: letter-portrait\n  size: 300x200\n")
        try CLIRunner.write(text, to: folder.appendingPathComponent("brief.yaml"))
        #expect(try CLIRunner.run(["render", "brief.yaml", "-o", "map.pdf"], in: folder).status == 0)
        #expect(try pdfinfo("map.pdf", in: folder)["Page size"] == "612 x 792 pts (letter)")
        let result = try CLIRunner.run(["render", "brief.yaml", "-o", "map.png"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let png = try Data(contentsOf: folder.appendingPathComponent("map.png"))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 300 && height == 200)
    }

    @Test("--paper with a PNG output is refused with exit 2, naming the way out", .enabled(if: CLIRunner.isAvailable),
          arguments: [["render", "brief.yaml", "-o", "map.png", "--paper", "a4"],
                      ["batch", ".", "-o", "out", "--format", "png,svg", "--paper", "a4"]])
    func paperNeedsPDF(arguments: [String]) throws {
        let folder = try folder()
        let result = try CLIRunner.run(arguments, in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("--paper a4 is for PDF output"), "\(result.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("map.png").path))
    }

    @Test("an unknown paper is refused with the accepted names", .enabled(if: CLIRunner.isAvailable))
    func unknownPaper() throws {
        let folder = try folder()
        let result = try CLIRunner.run(["render", "brief.yaml", "-o", "map.pdf", "--paper", "b5"], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("--paper unknown paper 'b5' — use a4, a3, letter or tabloid"), "\(result.errors)")
    }
}
