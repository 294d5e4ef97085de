import Foundation
import Routes
import Yams

/// Reads a GeoJSON FeatureCollection as a scenario. A feature's `role` property says what it
/// is: `sighting` (a Point; the default) with `asset`, `time`, `status`, `source`, optional
/// `note`, `mode`, and `place` to name a place instead of the point; `track` (a LineString;
/// the default) drawn through its vertices as given, with `asset`, `status`, `source`,
/// optional `mode` — road when absent — and `time` and `note` of the first vertex; `place` (a
/// Point) defining a place: `id`, optional `name`, `kind`, `country`; `marker` (a Point) with
/// `place`, `label`, `note`, `source`, `importance`, `kind`; and `leg`, a routed leg that
/// `movemap export` writes, derived from the sightings and not read. The collection's foreign
/// members `title`, `subtitle`, `date`, `map`, `sources` and `assets` are read as the YAML
/// sections of the same names. Positions are [lon, lat] degrees. Problems name
/// `file:line:column`.
public struct GeoJSONScenarioReader: Sendable {
    /// The file name used in problem locations.
    public let file: String

    /// The most vertices a line may have.
    public static let maximumVertices = 100_000

    /// The values of a feature's `role` property.
    public static let roles = ["sighting", "track", "place", "marker", "leg", "resolved"]

    /// A reader whose problems name `file`.
    public init(file: String) {
        self.file = file
    }

    /// What reading the features gathers besides the scenario's rows: the problems, and what
    /// the assets the features imply need (their modes, which draw lines, where and in what
    /// order each is first used), and the vertices read so far.
    private struct Gathered {
        var problems: [ScenarioProblem] = []
        var modes: [String: Located<String>] = [:]
        var lineAssets: Set<String> = []
        var firstUse: [String: SourceLocation] = [:]
        var order: [String] = []
        var vertices = 0
    }

    /// Reads a FeatureCollection into a raw scenario; `sidecar` (a YAML file beside it) gives
    /// what the collection leaves out. Throws ``ScenarioError`` listing every problem.
    public func parse(_ text: String, sidecar: RawScenario? = nil) throws -> RawScenario {
        let root = try compose(text)
        guard root.mapping?["type"]?.string == "FeatureCollection", let features = root.mapping?["features"]?.sequence else {
            throw ScenarioError.invalid([problem(root, "not a GeoJSON FeatureCollection", fix: "write {\"type\": \"FeatureCollection\", \"features\": [...]}")])
        }
        var raw = sidecar ?? RawScenario(file: file, map: [:], sources: [], places: [], assets: [], sightings: [], markers: [])
        raw.file = file
        var gathered = Gathered()
        if let members = root.mapping {
            var header = ScenarioReader(file: file)
            header.readHeader(members, into: &raw)
            gathered.problems += header.foundProblems
        }
        for (index, feature) in features.enumerated() {
            try read(feature, index: index, into: &raw, &gathered)
        }
        raw.declareImpliedAssets(modes: gathered.modes, firstUse: gathered.firstUse, order: gathered.order,
                                 sidecarName: (file as NSString).lastPathComponent + ".yaml", problems: &gathered.problems)
        for index in raw.assets.indices where gathered.lineAssets.contains(raw.assets[index].id.value) {
            raw.assets[index].fixed = true
        }
        if !gathered.problems.isEmpty { throw ScenarioError.invalid(gathered.problems) }
        return raw
    }

    /// The file's root node; a YAML syntax error or an empty file is a problem at its place.
    private func compose(_ text: String) throws -> Node {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw ScenarioError.invalid([problem(nil, "the file is empty", fix: "write a GeoJSON FeatureCollection")])
            }
            return node
        } catch let error as YamlError {
            throw ScenarioError.invalid([ScenarioReader.syntaxProblem(error, text: text, file: file)])
        }
    }

    /// Reads one feature into `raw` by its role: a place, a marker, or an asset's sighting or
    /// line; the legs and resolved places `export` derived are skipped.
    private func read(_ feature: Node, index: Int, into raw: inout RawScenario, _ gathered: inout Gathered) throws {
        let properties = feature.mapping?["properties"]?.mapping
        func value(_ key: String) -> Located<String>? {
            guard let node = properties?[key], let scalar = node.scalar, !scalar.string.isEmpty, scalar.string != "null" else { return nil }
            return Located(scalar.string, at: location(node))
        }
        let role = value("role")
        if let role, !GeoJSONScenarioReader.roles.contains(role.value) {
            gathered.problems.append(problem(properties?["role"], "unknown role '\(role.value)'",
                                             fix: "use \(GeoJSONScenarioReader.roles.joined(separator: ", ")), or leave 'role' out"))
            return
        }
        // Legs and resolved gazetteer places are what `export` derived: never read back as input.
        if role?.value == "leg" || role?.value == "resolved" { return }
        guard let geometry = feature.mapping?["geometry"]?.mapping, let type = geometry["type"]?.string else {
            gathered.problems.append(problem(feature, "feature \(index + 1) has no geometry", fix: "give a Point or LineString geometry"))
            return
        }
        let coordinates = geometry["coordinates"]
        let expected = role.map { $0.value == "track" ? "LineString" : "Point" } ?? type
        guard type == expected else {
            gathered.problems.append(problem(geometry["type"], "a feature with role '\(role?.value ?? "")' must be a \(expected)",
                                             fix: "give a \(expected) geometry, or change the role"))
            return
        }
        switch role?.value {
        case "place":
            guard let id = value("id") else {
                gathered.problems.append(problem(feature, "feature \(index + 1) is a place without an 'id'", fix: "add \"id\": \"name\" to its properties"))
                return
            }
            guard let position = position(coordinates, &gathered.problems) else { return }
            raw.places.append(RawScenario.Place(id: id, name: value("name"), kind: value("kind"), position: position, country: value("country")))
        case "marker":
            guard let place = value("place") ?? position(coordinates, &gathered.problems) else { return }
            raw.markers.append(RawScenario.Marker(location: location(feature), place: place, kind: value("kind"), label: value("label"),
                                                  note: value("note"), source: value("source"), importance: value("importance")))
        default:
            guard let asset = value("asset") else {
                gathered.problems.append(problem(feature, "feature \(index + 1) has no 'asset' property", fix: "add \"asset\": \"name\" to its properties"))
                return
            }
            if gathered.firstUse[asset.value] == nil {
                gathered.firstUse[asset.value] = asset.location
                gathered.order.append(asset.value)
            }
            try readMovement(feature, type: type, geometry: geometry, asset: asset, value: value, into: &raw, &gathered)
        }
    }

    /// An asset's Point (one sighting) or LineString (a sighting at each vertex, the line's
    /// time and note on its first); a geometry of another type is a problem.
    private func readMovement(_ feature: Node, type: String, geometry: Node.Mapping, asset: Located<String>,
                              value: (String) -> Located<String>?, into raw: inout RawScenario, _ gathered: inout Gathered) throws {
        let coordinates = geometry["coordinates"]
        switch type {
        case "Point":
            if let mode = value("mode"), gathered.modes[asset.value] == nil { gathered.modes[asset.value] = mode }
            guard let place = value("place") ?? position(coordinates, &gathered.problems) else { return }
            raw.sightings.append(RawScenario.Sighting(location: location(feature), asset: asset, place: place, kind: value("kind"),
                                                      time: value("time"), status: value("status"), source: value("source"), note: value("note")))
        case "LineString":
            gathered.lineAssets.insert(asset.value)
            if gathered.modes[asset.value] == nil { gathered.modes[asset.value] = value("mode") ?? Located("road", at: asset.location) }
            let points = coordinates?.sequence.map(Array.init) ?? []
            gathered.vertices += points.count
            guard points.count >= 2 else {
                gathered.problems.append(problem(coordinates ?? feature, "a LineString needs at least two positions", fix: "give [[lon, lat], [lon, lat], …]"))
                return
            }
            guard gathered.vertices <= GeoJSONScenarioReader.maximumVertices else {
                throw ScenarioError.invalid(gathered.problems + [problem(coordinates, "more than \(GeoJSONScenarioReader.maximumVertices) vertices",
                                                                         fix: "simplify the lines or split the file")])
            }
            for (vertex, point) in points.enumerated() {
                guard let place = position(point, &gathered.problems) else { continue }
                raw.sightings.append(RawScenario.Sighting(location: location(point), asset: asset, place: place, kind: nil,
                                                          time: vertex == 0 ? value("time") : nil, status: value("status"),
                                                          source: value("source"), note: vertex == 0 ? value("note") : nil))
            }
        default:
            gathered.problems.append(problem(geometry["type"], "geometry '\(type)' is not read", fix: "use Point or LineString"))
        }
    }

    /// A `[lon, lat]` node as the `lon,lat` text the resolver reads.
    private func position(_ node: Node?, _ problems: inout [ScenarioProblem]) -> Located<String>? {
        guard let node, let values = node.sequence.map(Array.init), values.count >= 2,
              let lon = values[0].scalar.flatMap({ Double($0.string) }), let lat = values[1].scalar.flatMap({ Double($0.string) }),
              (-180...180).contains(lon), (-90...90).contains(lat) else {
            problems.append(problem(node, "not a position", fix: "write [lon, lat] in degrees, longitude first"))
            return nil
        }
        return Located("\(lon),\(lat)", at: location(node))
    }

    private func location(_ node: Node?) -> SourceLocation {
        SourceLocation(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
    }

    private func problem(_ node: Node?, _ message: String, fix: String) -> ScenarioProblem {
        ScenarioProblem(location: location(node), message: message, fix: fix)
    }
}
