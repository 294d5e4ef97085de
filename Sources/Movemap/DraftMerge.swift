import Draft
import Foundation
import Geo
import Scenario

/// Adds what a draft has that a scenario lacks — the same asset (by id or name), place and
/// time are one sighting — by inserting lines at the end of each section, so the analyst's
/// own lines, order and comments stay as they are.
enum DraftMerge {
    static func merge(_ draft: DraftScenario, into path: String, gazetteer: Gazetteer) throws
        -> (text: String, sightings: Int, assets: Int, markers: Int) {
        guard ScenarioFormat(path: path) == .yaml else {
            throw MovemapError.usage("--into needs a YAML scenario (.yaml or .yml): '\(path)' is not one")
        }
        let raw = try ScenarioReader.read(path: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ScenarioError.unreadable(path: path, message: "cannot read the file — check the path and permissions")
        }
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        func placeID(_ text: String, kind: String?) -> String {
            let kinds = kind.flatMap(PlaceKind.init(parsing:)).map { Set([$0]) }
            return gazetteer.resolve(text, context: PlaceContext(kinds: kinds)).place?.id ?? text
        }
        // Assets: the draft's ids mapped onto the scenario's where id or name agree.
        var rename: [String: String] = [:]
        for asset in draft.assets {
            if let existing = raw.assets.first(where: { $0.id.value == asset.id || $0.name?.value.lowercased() == asset.name.lowercased() }) {
                rename[asset.id] = existing.id.value
            }
        }
        let sightingKeys = Set(raw.sightings.map { sighting in
            [sighting.asset?.value ?? "", placeID(sighting.place?.value ?? "", kind: sighting.kind?.value), timeKey(sighting.time?.value)]
        })
        var sightings: [DraftScenario.Sighting] = []
        for var sighting in draft.sightings {
            sighting.asset = rename[sighting.asset] ?? sighting.asset
            let key = [sighting.asset, sighting.placeID, timeKey(sighting.time?.scenarioText)]
            if !sightingKeys.contains(key), !sightings.contains(where: { [$0.asset, $0.placeID, timeKey($0.time?.scenarioText)] == key }) {
                sightings.append(sighting)
            }
        }
        let usedAssets = Set(sightings.map(\.asset))
        let assets = draft.assets.filter { rename[$0.id] == nil && usedAssets.contains($0.id) }
        let known = Set(raw.markers.map { placeID($0.place?.value ?? "", kind: $0.kind?.value) }
            + raw.sightings.map { placeID($0.place?.value ?? "", kind: $0.kind?.value) } + sightings.map(\.placeID))
        let markers = draft.markers.filter { !known.contains($0.placeID) }
        let sourceIDs = Set(raw.sources.map(\.id.value))
        let sources = draft.sources.filter { !sourceIDs.contains($0.id) }
        let sourceLines = sources.map { source in
            "  - {id: \(source.id), name: \(DraftScenario.quoted(source.name))" + (source.url.map { ", url: \(DraftScenario.quoted($0))" } ?? "") + "}"
        }
        try insert(sourceLines, under: "sources", into: &lines, path: path)
        try insert(draft.assetLines(assets), under: "assets", into: &lines, path: path)
        try insert(sightings.flatMap(draft.sightingLines), under: "sightings", into: &lines, path: path)
        try insert(markers.flatMap(draft.markerLines), under: "markers", into: &lines, path: path)
        return (lines.joined(separator: "\n") + "\n", sightings.count, assets.count, markers.count)
    }

    private static func timeKey(_ text: String?) -> String {
        guard let text else { return "" }
        return text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "")
    }

    /// Inserts `new` after the last line of the top-level block `key:` (creating the block
    /// at the end when there is none).
    private static func insert(_ new: [String], under key: String, into lines: inout [String], path: String) throws {
        guard !new.isEmpty else { return }
        guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else {
            lines.append(key + ":")
            lines.append(contentsOf: new)
            return
        }
        let rest = lines[start].dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)
        if rest == "[]" {
            lines[start] = key + ":"
        } else if !rest.isEmpty, !rest.hasPrefix("#") {
            throw MovemapError.usage("\(path):\(start + 1):1: '\(key):' is written as a flow list — write it as a block list ('- ' items) so --into can add to it")
        }
        var end = start
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if let first = line.first, !first.isWhitespace, first != "-", first != "#" { break }
            if !line.trimmingCharacters(in: .whitespaces).isEmpty, !line.hasPrefix("#") { end = index }
            index += 1
        }
        lines.insert(contentsOf: new, at: end + 1)
    }
}
