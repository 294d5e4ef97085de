import Foundation
import Geo
import MapVocabulary
import Routes
import Yams

/// Reads a scenario file (YAML, or JSON, which is YAML too) into a ``RawScenario``,
/// collecting every structural problem — unknown keys, wrong types, missing fields —
/// with its line and column.
public struct ScenarioReader {
    /// The file name problems are reported against.
    public let file: String
    private var problems: [ScenarioProblem] = []

    static let topKeys = ["title", "subtitle", "date", "map", "sources", "places", "assets", "sightings", "markers"]
    static let mapKeys = MapSetting.all.map(\.key)
    static let sourceKeys = ["id", "name", "url"]
    static let placeKeys = ["id", "name", "kind", "position", "country"]
    static let assetKeys = ["id", "name", "mode", "type", "speed", "count", "avoid", "alternatives", "fixed", "label"]
    static let sightingKeys = ["asset", "place", "kind", "time", "status", "source", "note", "evidence", "evidence_at"]
    static let markerKeys = ["place", "kind", "label", "note", "source", "importance", "evidence", "evidence_at"]

    /// The largest scenario accepted, in bytes (16 MiB).
    public static let maximumBytes = 16 << 20
    /// The most sightings a scenario may have.
    static let maximumSightings = 100_000

    /// A reader whose problems name `file`.
    public init(file: String) {
        self.file = file
    }

    /// The name standard input goes by in messages, when the path is `-`.
    public static let standardInputName = "<stdin>"

    /// Reads the file at `path`, or standard input when `path` is `-`. The format is
    /// `format`, else the file's extension, else (standard input) sniffed from the text.
    /// Throws ``ScenarioError``.
    public static func read(path: String, format: ScenarioFormat? = nil) throws -> RawScenario {
        let fromInput = path == "-"
        let name = fromInput ? standardInputName : path
        let contents: Data? = fromInput ? ((try? FileHandle.standardInput.readToEnd()) ?? Data())
            : FileManager.default.contents(atPath: path)
        let text = try InputText.decoded(
            contents, path: path, name: name, limit: maximumBytes, cannotRead: "cannot read the file — check the path and permissions",
            tooLarge: { "the file is \($0 >> 20) MiB; scenarios are limited to \(maximumBytes >> 20) MiB" }, notUTF8: "the file is not UTF-8 text")
        guard let format = format ?? ScenarioFormat(path: path) ?? (fromInput ? ScenarioFormat(sniffing: text) : nil) else {
            throw ScenarioError.unreadable(path: path, message: "unknown scenario extension — use \(ScenarioFormat.extensions)")
        }
        return try format.read(path: name, text: text)
    }

    /// Parses scenario text. Throws ``ScenarioError/invalid(_:)`` listing every problem.
    public mutating func parse(_ text: String) throws -> RawScenario {
        let root: Node
        do {
            // Plain scalars are read as the text they are (the reader parses times, numbers and
            // names itself), so no tag is resolved: Yams's default resolver compiles and runs a
            // regular expression per type per scalar, some 2 ms a scenario.
            guard let node = try Yams.compose(yaml: text, .basic) else {
                throw ScenarioError.invalid([ScenarioProblem(location: location(line: 1, column: 1),
                                                             message: "the scenario is empty", fix: "start with 'title:' and 'sightings:' (see docs/scenario.md)")])
            }
            root = node
        } catch let error as YamlError {
            throw ScenarioError.invalid([Self.syntaxProblem(error, text: text, file: file)])
        }
        var raw = RawScenario(file: file, map: [:], sources: [], places: [], assets: [], sightings: [], markers: [])
        guard let mapping = mapping(root, what: "the scenario") else { throw ScenarioError.invalid(problems) }
        checkKeys(mapping, allowed: ScenarioReader.topKeys, in: "the scenario")
        readHeader(mapping, into: &raw)
        let sightings = items(mapping["sightings"], key: "sightings")
        if sightings.count > ScenarioReader.maximumSightings {
            report(mapping["sightings"]!, "\(sightings.count) sightings is more than the \(ScenarioReader.maximumSightings) a scenario may hold",
                   fix: "split the scenario into several files")
            throw ScenarioError.invalid(problems)
        }
        raw.sightings = sightings.compactMap { readSighting($0) }
        raw.markers = items(mapping["markers"], key: "markers").compactMap { readMarker($0) }
        if !problems.isEmpty { throw ScenarioError.invalid(problems) }
        return raw
    }

    /// Reads the sections that describe a scenario rather than list its sightings — `title`,
    /// `subtitle`, `date`, `map`, `sources`, `places`, `assets` — from `mapping` into `raw`: the
    /// top of a YAML scenario, or the foreign members of a GeoJSON FeatureCollection. A
    /// section present replaces `raw`'s title, subtitle, date and map keys, and adds to its
    /// lists; ids given twice are problems.
    mutating func readHeader(_ mapping: Node.Mapping, into raw: inout RawScenario) {
        if let title = scalar(mapping["title"], key: "title") { raw.title = title }
        if let subtitle = scalar(mapping["subtitle"], key: "subtitle") { raw.subtitle = subtitle }
        if let date = scalar(mapping["date"], key: "date") { raw.date = date }
        if let node = mapping["map"], let map = self.mapping(node, what: "'map'") {
            checkKeys(map, allowed: ScenarioReader.mapKeys, in: "'map'")
            for key in ScenarioReader.mapKeys {
                if let value = scalar(map[key], key: "map.\(key)") { raw.map[key] = value }
            }
        }
        raw.sources += items(mapping["sources"], key: "sources").compactMap { readSource($0) }
        raw.places += items(mapping["places"], key: "places").compactMap { readPlace($0) }
        reportDuplicates(raw.sources.map(\.id), what: "source")
        // Place ids match sightings case-insensitively, so 'Base' and 'base' are one id.
        reportDuplicates(raw.places.map(\.id), what: "place", foldingCase: true)
        raw.assets += items(mapping["assets"], key: "assets").compactMap { readAsset($0) }
    }

    /// The problems found so far, in the order found.
    var foundProblems: [ScenarioProblem] { problems }

    // MARK: Sections

    private mutating func readSource(_ node: Node) -> RawScenario.Source? {
        if node.scalar != nil, let text = scalar(node, key: "sources[]") {
            return RawScenario.Source(id: text, name: text, url: nil)
        }
        guard let map = mapping(node, what: "a source") else { return nil }
        checkKeys(map, allowed: ScenarioReader.sourceKeys, in: "a source")
        guard let id = required(map, "id", in: node, what: "a source") else { return nil }
        return RawScenario.Source(id: id, name: scalar(map["name"], key: "name") ?? id, url: scalar(map["url"], key: "url"))
    }

    private mutating func readPlace(_ node: Node) -> RawScenario.Place? {
        guard let map = mapping(node, what: "a place") else { return nil }
        checkKeys(map, allowed: ScenarioReader.placeKeys, in: "a place")
        guard let id = required(map, "id", in: node, what: "a place"),
              let position = required(map, "position", in: node, what: "a place", fix: "give 'position: lon,lat', e.g. 'position: 35.95,35.40'") else { return nil }
        return RawScenario.Place(id: id, name: scalar(map["name"], key: "name"), kind: scalar(map["kind"], key: "kind"),
                                 position: position, country: scalar(map["country"], key: "country"))
    }

    private mutating func readAsset(_ node: Node) -> RawScenario.Asset? {
        guard let map = mapping(node, what: "an asset") else { return nil }
        checkKeys(map, allowed: ScenarioReader.assetKeys, in: "an asset")
        guard let id = required(map, "id", in: node, what: "an asset") else { return nil }
        var avoid: [Located<String>] = []
        if let list = map["avoid"] {
            if let single = list.scalar {
                avoid = single.string.split(separator: ",").map {
                    Located(String($0).trimmingCharacters(in: .whitespaces), at: location(of: list))
                }
            } else {
                avoid = items(list, key: "avoid").compactMap { scalar($0, key: "avoid[]") }
            }
        }
        var fixed = false
        if let text = scalar(map["fixed"], key: "fixed") {
            if let value = ValueParsers.boolean(text.value) { fixed = value } else {
                problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not true or false",
                                                fix: "write 'fixed: true' to draw the asset through its sightings as given, or leave it out"))
            }
        }
        return RawScenario.Asset(id: id, name: scalar(map["name"], key: "name"), mode: scalar(map["mode"], key: "mode"),
                                 type: scalar(map["type"], key: "type"), speed: scalar(map["speed"], key: "speed"),
                                 count: scalar(map["count"], key: "count"), avoid: avoid,
                                 alternatives: scalar(map["alternatives"], key: "alternatives"), fixed: fixed,
                                 label: scalar(map["label"], key: "label"))
    }

    private mutating func readSighting(_ node: Node) -> RawScenario.Sighting? {
        guard let map = mapping(node, what: "a sighting") else { return nil }
        checkKeys(map, allowed: ScenarioReader.sightingKeys, in: "a sighting")
        let asset = required(map, "asset", in: node, what: "a sighting")
        let place = required(map, "place", in: node, what: "a sighting", fix: "name a place ('place: Tartus') or give 'lon,lat'")
        return RawScenario.Sighting(location: location(of: node), asset: asset, place: place,
                                    kind: scalar(map["kind"], key: "kind"), time: scalar(map["time"], key: "time"),
                                    status: scalar(map["status"], key: "status"), source: scalar(map["source"], key: "source"),
                                    note: scalar(map["note"], key: "note"), evidence: evidence(map))
    }

    /// `evidence` (the words a line comes from) and `evidence_at` (`LINE:COL` in the source
    /// report): kept for the analyst, checked for form, not drawn.
    private mutating func evidence(_ map: Node.Mapping) -> RawScenario.Evidence? {
        let quote = scalar(map["evidence"], key: "evidence")
        let at = scalar(map["evidence_at"], key: "evidence_at")
        if let at {
            let parts = at.value.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count != 2 || parts.contains(where: { Int($0).map { $0 < 1 } ?? true }) {
                problems.append(ScenarioProblem(location: at.location, message: "'\(at.value)' is not a place in a report",
                                                fix: "write LINE:COLUMN, e.g. evidence_at: \"12:1\""))
            }
        }
        guard quote != nil || at != nil else { return nil }
        return RawScenario.Evidence(quote: quote, at: at)
    }

    private mutating func readMarker(_ node: Node) -> RawScenario.Marker? {
        guard let map = mapping(node, what: "a marker") else { return nil }
        checkKeys(map, allowed: ScenarioReader.markerKeys, in: "a marker")
        let place = required(map, "place", in: node, what: "a marker")
        return RawScenario.Marker(location: location(of: node), place: place, kind: scalar(map["kind"], key: "kind"),
                                  label: scalar(map["label"], key: "label"), note: scalar(map["note"], key: "note"),
                                  source: scalar(map["source"], key: "source"),
                                  importance: scalar(map["importance"], key: "importance"), evidence: evidence(map))
    }

    // MARK: Node helpers

    private func location(line: Int, column: Int) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    private func location(of node: Node) -> SourceLocation {
        location(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    private mutating func report(_ node: Node, _ message: String, fix: String? = nil) {
        problems.append(ScenarioProblem(location: location(of: node), message: message, fix: fix))
    }

    private mutating func mapping(_ node: Node, what: String) -> Node.Mapping? {
        guard let mapping = node.mapping else {
            report(node, "\(what) must be a mapping of keys to values", fix: "write 'key: value' lines")
            return nil
        }
        return mapping
    }

    private mutating func items(_ node: Node?, key: String) -> [Node] {
        guard let node else { return [] }
        guard let sequence = node.sequence else {
            report(node, "'\(key)' must be a list", fix: "start each entry with '- '")
            return []
        }
        return Array(sequence)
    }

    private mutating func scalar(_ node: Node?, key: String) -> Located<String>? {
        guard let node else { return nil }
        guard let scalar = node.scalar else {
            report(node, "'\(key)' must be a single value, not a list or mapping")
            return nil
        }
        return Located(scalar.string, at: location(of: node))
    }

    private mutating func required(_ map: Node.Mapping, _ key: String, in node: Node, what: String,
                                   fix: String? = nil) -> Located<String>? {
        guard let value = map[key] else {
            report(node, "\(what) needs '\(key)'", fix: fix ?? "add '\(key): …'")
            return nil
        }
        guard let located = scalar(value, key: key) else { return nil }
        if located.value.trimmingCharacters(in: .whitespaces).isEmpty {
            report(value, "'\(key)' is empty", fix: fix ?? "give a value")
            return nil
        }
        return located
    }

    /// A problem at each id that repeats an earlier one: the last would silently win.
    private mutating func reportDuplicates(_ ids: [Located<String>], what: String, foldingCase: Bool = false) {
        var first: [String: SourceLocation] = [:]
        for id in ids {
            let key = foldingCase ? id.value.lowercased() : id.value
            if let earlier = first[key] {
                problems.append(ScenarioProblem(location: id.location, message: "\(what) '\(id.value)' is declared twice (first at line \(earlier.line))",
                                                fix: "give each \(what) its own id, or merge the two"))
            } else {
                first[key] = id.location
            }
        }
    }

    private mutating func checkKeys(_ map: Node.Mapping, allowed: [String], in what: String) {
        for key in map.keys {
            guard let name = key.string else {
                report(key, "keys must be plain names")
                continue
            }
            if !allowed.contains(name) {
                let closest = Suggest.closest(to: name, in: allowed, limit: 1)
                let fix = closest.isEmpty ? "allowed keys: \(allowed.joined(separator: ", "))"
                    : "did you mean '\(closest[0])'? allowed keys: \(allowed.joined(separator: ", "))"
                report(key, "unknown key '\(name)' in \(what)", fix: fix)
            }
        }
    }

    /// The problem a YAML or JSON syntax error makes, named for the file's language, at the
    /// place it points to; a duplicate key is reported by name where it is repeated.
    public static func syntaxProblem(_ error: YamlError, text: String, file: String) -> ScenarioProblem {
        func location(line: Int, column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }
        let isJSON = [.json, .geojson].contains(ScenarioFormat(path: file))
        let language = isJSON ? "JSON" : "YAML"
        let fix = isJSON ? "check brackets, commas and quotes here" : "check indentation, colons and quotes here"
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return ScenarioProblem(location: location(line: mark.line, column: mark.column),
                                   message: "not valid \(language): \(problem)", fix: fix)
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? ""
            let first = context.mark
            let repeated = Self.repetition(of: key, after: first, in: text)
            return ScenarioProblem(location: location(line: repeated?.line ?? first.line, column: repeated?.column ?? first.column),
                                   message: "duplicate key '\(key)'" + (repeated == nil ? "" : " (first at line \(first.line))"),
                                   fix: "give each key once in a mapping")
        case let .reader(problem, _, _, _):
            return ScenarioProblem(location: location(line: 1, column: 1), message: "not valid \(language): \(problem)")
        default:
            return ScenarioProblem(location: location(line: 1, column: 1), message: "not valid \(language)")
        }
    }

    /// Where `key` is written again after its first place `first` at the same column, if a
    /// later line starts with it there (block mappings); nil otherwise.
    static func repetition(of key: String, after first: Mark, in text: String) -> (line: Int, column: Int)? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard first.line >= 1, first.line < lines.count else { return nil }
        for index in first.line..<lines.count {
            let line = lines[index].utf8
            guard line.count >= first.column - 1 + key.utf8.count else { continue }
            let rest = line.dropFirst(first.column - 1)
            let before = line.prefix(first.column - 1)
            guard before.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") }),
                  rest.starts(with: key.utf8),
                  rest.dropFirst(key.utf8.count).drop(while: { $0 == UInt8(ascii: " ") }).first == UInt8(ascii: ":") else { continue }
            return (index + 1, first.column)
        }
        return nil
    }
}
