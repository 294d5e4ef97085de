import Foundation
import Geo
import Routes

/// Reads sightings kept in a spreadsheet: a CSV table with a header row naming the columns
/// `asset, place, time, status, source` and optionally `note, mode, kind` (any order, any
/// case). Every problem names `file:line:column` (column counted in characters).
public struct CSVScenarioReader: Sendable {
    /// The file name problems are reported against.
    public let file: String

    static let required = ["asset", "place", "time", "status", "source"]
    static let optional = ["note", "mode", "kind"]

    /// A reader whose problems name `file`.
    public init(file: String) {
        self.file = file
    }

    /// One cell with where it starts.
    struct Cell {
        var text: String
        var line: Int
        var column: Int
    }

    /// Parses the table into sightings (and assets implied by them) merged into `sidecar`.
    public func parse(_ text: String, sidecar: RawScenario? = nil) throws -> RawScenario {
        var problems: [ScenarioProblem] = []
        let rows = try CSVScenarioReader.rows(text, file: file)
        guard let header = rows.first else {
            throw ScenarioError.invalid([ScenarioProblem(location: SourceLocation(file: file, line: 1, column: 1), message: "the table is empty",
                                                         fix: "start with the header row 'asset,place,time,status,source,note,mode'")])
        }
        var columns: [String: Int] = [:]
        for (index, cell) in header.enumerated() {
            let name = cell.text.trimmingCharacters(in: .whitespaces).lowercased()
            if CSVScenarioReader.required.contains(name) || CSVScenarioReader.optional.contains(name) {
                columns[name] = index
            } else {
                let all = CSVScenarioReader.required + CSVScenarioReader.optional
                let close = Suggest.closest(to: name, in: all, limit: 1)
                problems.append(ScenarioProblem(location: SourceLocation(file: file, line: cell.line, column: cell.column),
                                                message: "unknown column '\(cell.text)'",
                                                fix: (close.first.map { "did you mean '\($0)'? " } ?? "") + "columns: \(all.joined(separator: ", "))"))
            }
        }
        for name in CSVScenarioReader.required where columns[name] == nil {
            problems.append(ScenarioProblem(location: SourceLocation(file: file, line: 1, column: 1), message: "the header lacks the '\(name)' column",
                                            fix: "the header row must name asset, place, time, status and source"))
        }
        if !problems.isEmpty { throw ScenarioError.invalid(problems) }
        let body = rows.dropFirst().filter { !($0.count == 1 && $0[0].text.trimmingCharacters(in: .whitespaces).isEmpty) }
        guard body.count <= ScenarioReader.maximumSightings else {
            throw ScenarioError.invalid([ScenarioProblem(location: SourceLocation(file: file, line: 1, column: 1),
                                                         message: "\(body.count) rows is more than the \(ScenarioReader.maximumSightings) a scenario may hold",
                                                         fix: "split the table into several files")])
        }
        var raw = sidecar ?? RawScenario(file: file, map: [:], sources: [], places: [], assets: [], sightings: [], markers: [])
        raw.file = file
        var modes: [String: Located<String>] = [:]
        var firstUse: [String: SourceLocation] = [:]
        var order: [String] = []
        for row in body {
            let start = SourceLocation(file: file, line: row[0].line, column: 1)
            if row.count != header.count {
                problems.append(ScenarioProblem(location: start, message: "the row has \(row.count) cells but the header has \(header.count)",
                                                fix: "quote cells that contain commas: \"Tartus, Syria\""))
                continue
            }
            func value(_ name: String) -> Located<String>? {
                guard let index = columns[name] else { return nil }
                let cell = row[index]
                let text = cell.text.trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : Located(text, at: SourceLocation(file: file, line: cell.line, column: cell.column))
            }
            let asset = value("asset"), place = value("place")
            if asset == nil { problems.append(ScenarioProblem(location: start, message: "the row has no asset", fix: "fill the 'asset' column")) }
            if place == nil { problems.append(ScenarioProblem(location: start, message: "the row has no place", fix: "name a place or give 'lon,lat'")) }
            if let asset {
                if firstUse[asset.value] == nil {
                    firstUse[asset.value] = asset.location
                    order.append(asset.value)
                }
                if let mode = value("mode"), modes[asset.value] == nil { modes[asset.value] = mode }
            }
            raw.sightings.append(RawScenario.Sighting(location: start, asset: asset, place: place, kind: value("kind"), time: value("time"),
                                                      status: value("status"), source: value("source"), note: value("note")))
        }
        raw.declareImpliedAssets(modes: modes, firstUse: firstUse, order: order,
                                 sidecarName: (file as NSString).lastPathComponent + ".yaml", problems: &problems)
        if !problems.isEmpty { throw ScenarioError.invalid(problems) }
        return raw
    }

    /// Splits RFC 4180 text into rows of cells with their line and column; quoted cells may
    /// hold commas, doubled quotes and line breaks.
    static func rows(_ text: String, file: String) throws -> [[Cell]] {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var cell = ""
        var line = 1, column = 1
        var cellLine = 1, cellColumn = 1
        var quoted = false, wasQuoted = false
        var characters = Array(text)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        func endCell() {
            row.append(Cell(text: cell, line: cellLine, column: cellColumn))
            cell = ""
            wasQuoted = false
        }
        while index < characters.count {
            let c = characters[index]
            if quoted {
                if c == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        cell.append("\"")
                        index += 1; column += 1
                    } else {
                        quoted = false
                    }
                } else {
                    cell.append(c)
                    if c == "\n" || c == "\r\n" { line += 1; column = 0 }
                }
            } else if c == "\"" && cell.isEmpty && !wasQuoted {
                quoted = true
                wasQuoted = true
            } else if c == "," {
                endCell()
                cellLine = line; cellColumn = column + 1
            } else if c == "\n" || c == "\r\n" || c == "\r" {
                endCell()
                rows.append(row)
                row = []
                line += 1; column = 0
                cellLine = line; cellColumn = 1
            } else {
                cell.append(c)
            }
            index += 1; column += 1
        }
        if quoted {
            throw ScenarioError.invalid([ScenarioProblem(location: SourceLocation(file: file, line: cellLine, column: cellColumn),
                                                         message: "a quoted cell is not closed", fix: "end it with a \"")])
        }
        if !cell.isEmpty || !row.isEmpty {
            endCell()
            rows.append(row)
        }
        return rows
    }
}
