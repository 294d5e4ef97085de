import Foundation
import Geo

extension DraftScenario {
    /// A YAML string: always double-quoted, with `\`, `"` and control characters escaped.
    public static func quoted(_ text: String) -> String { doubleQuoted(text) }

    /// One line of comment: no line breaks.
    static func comment(_ text: String) -> String {
        "# " + text.map { $0.isNewline ? " " : String($0) }.joined()
    }

    /// The asset lines of `assets:`.
    public func assetLines(_ assets: [Asset]) -> [String] {
        assets.map { asset in
            var parts = ["id: \(asset.id)", "name: \(Self.quoted(asset.name))", "mode: \(asset.kind.mode)"]
            if let count = asset.count { parts.append("count: \(count)") }
            return "  - {" + parts.joined(separator: ", ") + "}"
        }
    }

    /// The lines of one sighting, its comments first.
    public func sightingLines(_ sighting: Sighting) -> [String] {
        var lines = sighting.comments.map { "  " + Self.comment($0) }
        lines.append("  - asset: \(sighting.asset)")
        lines.append("    place: \(Self.quoted(sighting.place))")
        if let kind = sighting.kind { lines.append("    kind: \(kind.rawValue)") }
        if let time = sighting.time { lines.append("    time: \(Self.quoted(time.scenarioText))") }
        lines.append("    status: \(sighting.status)")
        lines.append(contentsOf: evidenceLines(sighting.evidence))
        return lines
    }

    /// The lines of one marker under `markers:`, its evidence last.
    public func markerLines(_ marker: Marker) -> [String] {
        var lines = ["  - place: \(Self.quoted(marker.place))"]
        if let kind = marker.kind { lines.append("    kind: \(kind.rawValue)") }
        lines.append(contentsOf: evidenceLines(marker.evidence))
        return lines
    }

    private func evidenceLines(_ evidence: Evidence) -> [String] {
        ["    source: \(evidence.source)",
         "    evidence: \(Self.quoted(evidence.quote))",
         "    evidence_at: \"\(evidence.line):\(evidence.column)\""]
    }

    /// The whole scenario as YAML that `validate` accepts and `render` draws; the same
    /// draft gives the same bytes.
    public var yaml: String {
        var lines = ["# Drafted by movemap draft from \(sources.map(\.name).joined(separator: ", ")).",
                     "# Every sighting and marker quotes its evidence: check each against the report before use.",
                     "title: \(Self.quoted(title))",
                     "map: {region: auto, projection: auto}",
                     "sources:"]
        for source in sources {
            var parts = ["id: \(source.id)", "name: \(Self.quoted(source.name))"]
            if let url = source.url { parts.append("url: \(Self.quoted(url))") }
            lines.append("  - {" + parts.joined(separator: ", ") + "}")
        }
        lines.append(assets.isEmpty ? "assets: []" : "assets:")
        lines.append(contentsOf: assetLines(assets))
        lines.append(sightings.isEmpty ? "sightings: []" : "sightings:")
        for sighting in sightings { lines.append(contentsOf: sightingLines(sighting)) }
        if !unplaced.isEmpty {
            lines.append("  # Places the reports name that could not be placed with confidence:")
            lines.append(contentsOf: unplaced.map { "  " + Self.comment($0) })
        }
        if !markers.isEmpty {
            lines.append("markers:")
            for marker in markers { lines.append(contentsOf: markerLines(marker)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
