import Foundation
import Routes

/// The kinds of scenario file, chosen by extension in this one place: `.yaml`/`.yml` and
/// `.json` (YAML reader), `.csv` (sightings table), `.geojson` (points and lines).
public enum ScenarioFormat: String, Sendable, CaseIterable {
    /// YAML, `.yaml` or `.yml`.
    case yaml
    /// JSON, `.json`, read by the YAML reader (JSON is YAML).
    case json
    /// A sightings table, `.csv` (RFC 4180).
    case csv
    /// GeoJSON (RFC 7946), `.geojson`: points are sightings, lines fixed tracks.
    case geojson

    /// The format of a path by its extension (case-insensitive), or `nil`.
    public init?(path: String) {
        switch (path as NSString).pathExtension.lowercased() {
        case "yaml", "yml": self = .yaml
        case "json": self = .json
        case "csv": self = .csv
        case "geojson": self = .geojson
        default: return nil
        }
    }

    /// The format text looks like (for standard input, which has no extension): JSON when it
    /// opens with `{` — GeoJSON when it is a FeatureCollection — a table when its first line
    /// has commas and no colon, else YAML.
    public init(sniffing text: String) {
        let trimmed = text.drop { $0.isWhitespace }
        if trimmed.hasPrefix("{") {
            let head = trimmed.prefix(4096).filter { !$0.isWhitespace }
            self = head.contains("\"FeatureCollection\"") || head.contains("\"Feature\"") ? .geojson : .json
            return
        }
        let first = trimmed.prefix { $0 != "\n" && $0 != "\r" }
        self = first.contains(",") && !first.contains(":") && !first.hasPrefix("#") ? .csv : .yaml
    }

    /// The extensions accepted, for messages.
    public static let extensions = ".yaml, .yml, .json, .csv, .geojson"

    /// Reads a file of this format into a raw scenario. CSV and GeoJSON files take their
    /// title, map settings, sources, places and asset modes from an optional sidecar
    /// `FILE.yaml` (e.g. `moves.csv.yaml`).
    public func read(path: String, text: String) throws -> RawScenario {
        switch self {
        case .yaml, .json:
            var reader = ScenarioReader(file: path)
            return try reader.parse(text)
        case .csv:
            return try CSVScenarioReader(file: path).parse(text, sidecar: try ScenarioFormat.sidecar(for: path))
        case .geojson:
            return try GeoJSONScenarioReader(file: path).parse(text, sidecar: try ScenarioFormat.sidecar(for: path))
        }
    }

    /// The sidecar `PATH.yaml` of a table or GeoJSON file, read as a scenario, or `nil`.
    static func sidecar(for path: String) throws -> RawScenario? {
        guard path != ScenarioReader.standardInputName else { return nil }
        let sidecar = path + ".yaml"
        guard FileManager.default.fileExists(atPath: sidecar) else { return nil }
        return try ScenarioReader.read(path: sidecar)
    }
}

extension RawScenario {
    /// Declares assets the sightings name but the scenario does not, with the mode the
    /// rows give; an asset without any mode is a problem at its first row.
    mutating func declareImpliedAssets(modes: [String: Located<String>], firstUse: [String: SourceLocation],
                                       order: [String], sidecarName: String, problems: inout [ScenarioProblem]) {
        let declared = Set(assets.map(\.id.value))
        for id in order where !declared.contains(id) {
            guard let location = firstUse[id] else { continue }
            if let mode = modes[id] {
                assets.append(Asset(id: Located(id, at: location), name: nil, mode: mode, type: nil, speed: nil, count: nil, avoid: []))
            } else {
                problems.append(ScenarioProblem(location: location, message: "asset '\(id)' has no mode",
                                                fix: "fill the 'mode' column (air, sea or road) or declare it under 'assets:' in \(sidecarName)"))
            }
        }
    }
}
