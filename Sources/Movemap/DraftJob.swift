import Draft
import Foundation
import Geo
import Routes
import Scenario

/// `movemap draft`: reads reports, drafts a scenario, and writes it (or adds what is new
/// to an existing scenario, keeping the analyst's lines and comments).
public struct DraftJob: Sendable {
    /// The report files, plain UTF-8 text; `-` reads standard input.
    public var reports: [String]
    /// Where to write the drafted scenario; `nil` writes nothing (or to ``into``).
    public var output: String?
    /// The reports' date, `YYYY-MM-DD`, which relative times count from; `nil` looks for a
    /// dateline in each report's text.
    public var date: String?
    /// The source name every report's sightings cite; default: each report's file name.
    public var source: String?
    /// Where the report can be read, kept with its source (one report only, unless
    /// ``source`` names the source).
    public var url: String?
    /// An existing scenario to add the draft's new sightings, assets and markers to, in place
    /// (or into ``output`` when given).
    public var into: String?

    /// A draft of `reports`; nothing else is set unless given.
    public init(reports: [String], output: String? = nil, date: String? = nil, source: String? = nil, url: String? = nil, into: String? = nil) {
        self.reports = reports
        self.output = output
        self.date = date
        self.source = source
        self.url = url
        self.into = into
    }

    /// The largest report read, in bytes.
    static let maximumBytes = 4 << 20

    /// Drafts the reports and writes the scenario to ``output`` (or ``into``) atomically.
    /// Refuses options that cannot go together: an output file and `into` both given.
    ///
    /// - Throws: ``MovemapError/usage(_:)``: `give -o or --into, not both`.
    public func checkOptions() throws {
        if output != nil, into != nil { throw MovemapError.usage("give -o or --into, not both") }
    }

    /// Returns the scenario's YAML, lines to tell the user (no movement found, what was
    /// added), and one line per place name read, for `--verbose`. Throws
    /// ``MovemapError/usage(_:)`` for bad options, `ScenarioError` for an unreadable or
    /// binary report.
    public func run(gazetteer: Gazetteer, standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> (yaml: String, notices: [String], readings: [String]) {
        try checkOptions()
        guard !reports.isEmpty else { throw MovemapError.usage("give at least one report file, or - for standard input") }
        var day: CivilDay?
        if let date {
            guard let parsed = CivilDay(iso: date) else { throw MovemapError.usage("--date '\(date)' is not a date — write YYYY-MM-DD") }
            day = parsed
        }
        if url != nil, reports.count > 1, source == nil {
            throw MovemapError.usage("--url names one report: give one report, or --source with it")
        }
        var drafts: [DraftReport] = []
        for path in reports {
            let data: Data
            if path == "-" {
                data = standardInput()
            } else {
                guard let contents = FileManager.default.contents(atPath: path) else {
                    throw ScenarioError.unreadable(path: path, message: "cannot read the report — check the path and permissions")
                }
                data = contents
            }
            let name = path == "-" ? "standard input" : path
            let text = try Self.text(of: data, name: name)
            let sourceName = source ?? (path == "-" ? "report" : URL(fileURLWithPath: path).lastPathComponent)
            drafts.append(DraftReport(text: text, sourceName: sourceName, url: url, date: day))
        }
        let draft = Drafter(gazetteer: gazetteer).draft(drafts)
        var notices = draft.notices
        var yaml = draft.yaml
        if let into {
            let merged = try DraftMerge.merge(draft, into: into, gazetteer: gazetteer)
            yaml = merged.text
            notices.append("\(TerminalText.escaped(into)): added \(merged.sightings) sightings, \(merged.assets) assets, \(merged.markers) markers")
        }
        if let target = output ?? into {
            try AtomicFile.write(Array(yaml.utf8), to: target)
        }
        return (yaml, notices, draft.readings)
    }

    /// The report's text: UTF-8, not empty, not binary; else an error naming the place.
    static func text(of data: Data, name: String) throws -> String {
        func problem(_ line: Int, _ column: Int, _ message: String, _ fix: String) -> ScenarioError {
            .invalid([ScenarioProblem(location: SourceLocation(file: name, line: line, column: column), message: message, fix: fix)])
        }
        guard data.count <= maximumBytes else {
            throw ScenarioError.unreadable(path: name, message: "the report is \(data.count >> 20) MiB; reports are limited to \(maximumBytes >> 20) MiB")
        }
        let bytes = [UInt8](data)
        if let bad = Self.firstInvalidUTF8(bytes) {
            let (line, column) = Self.position(bytes, bad)
            throw problem(line, column, "the report is not UTF-8 text (byte \(bad))", "save it as UTF-8 plain text")
        }
        if let zero = bytes.firstIndex(of: 0) {
            let (line, column) = Self.position(bytes, zero)
            throw problem(line, column, "the report holds a NUL byte: it is not plain text", "give the report as plain text (.txt)")
        }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.contains(where: { $0.isLetter }) else {
            throw problem(1, 1, "the report is empty: it has no words", "give a report's text")
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The offset of the first byte that breaks UTF-8, or `nil`.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: index += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            if byte == 0xE0, bytes[index + 1] < 0xA0 { return index }
            if byte == 0xED, bytes[index + 1] > 0x9F { return index }
            if byte == 0xF0, bytes[index + 1] < 0x90 { return index }
            if byte == 0xF4, bytes[index + 1] > 0x8F { return index }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in characters) of byte `offset`.
    static func position(_ bytes: [UInt8], _ offset: Int) -> (Int, Int) {
        var line = 1, column = 1
        for byte in bytes[0..<offset] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
