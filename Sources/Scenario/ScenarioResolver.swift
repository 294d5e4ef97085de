import Foundation
import Geo
import MapVocabulary
import Routes

/// Checks a ``RawScenario`` and resolves its places: every problem is collected, each with
/// its location and a fix, before failing.
public struct ScenarioResolver {
    /// Where place names are looked up.
    public let gazetteer: Gazetteer
    private var problems: [ScenarioProblem] = []
    private var resolutions: [Scenario.Resolution] = []

    /// With `strict`, a doubtful place is an error rather than a warning (for batch pipelines).
    public var strict: Bool

    /// A resolver looking places up in `gazetteer`; lenient about doubtful places unless `strict`.
    public init(gazetteer: Gazetteer, strict: Bool = false) {
        self.gazetteer = gazetteer
        self.strict = strict
    }

    /// Reads and resolves a scenario file. Throws ``ScenarioError``.
    public static func load(path: String, format: ScenarioFormat? = nil, gazetteer: Gazetteer,
                            strict: Bool = false) throws -> Scenario {
        let raw = try ScenarioReader.read(path: path, format: format)
        var resolver = ScenarioResolver(gazetteer: gazetteer, strict: strict)
        return try resolver.resolve(raw)
    }

    /// Checks every value of `raw` and resolves its places together. Throws
    /// ``ScenarioError/invalid(_:)`` listing every problem when any is an error (a doubtful
    /// place is one with ``strict``); the scenario's `resolutions` say how each
    /// place was read.
    public mutating func resolve(_ raw: RawScenario) throws -> Scenario {
        problems = []
        resolutions = []
        var map = readMap(raw.map)
        map.style = map.style.map { Self.stylePath($0, scenarioFile: raw.file) }
        let sources = raw.sources.map { Scenario.Source(id: $0.id.value, name: $0.name.value, url: $0.url?.value) }
        let localPlaces = readLocalPlaces(raw.places)
        let (assets, avoid, avoidLocations) = readAssets(raw.assets)
        let placed = resolvePlaces(raw, assets: assets, local: localPlaces)
        let (sightings, places) = readSightings(raw.sightings, placed: placed.sightings, assets: assets, sources: sources)
        let markers = readMarkers(raw.markers, placed: placed.markers, sources: sources)
        if !problems.isEmpty {
            // The doubtful places are said too, so that one refusal does not hide them.
            for resolution in resolutions where resolution.verdict == .sure || !strict {
                problems.append(ScenarioProblem(location: resolution.location, message: resolution.summary,
                                                level: resolution.verdict == .sure ? .note : .warning))
            }
        }
        if !problems.isEmpty { throw ScenarioError.invalid(problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }) }
        var scenario = Scenario(file: raw.file, title: raw.title?.value ?? "Movements", subtitle: raw.subtitle?.value,
                                dateText: raw.date?.value, map: map, sources: sources, assets: assets, sightings: sightings,
                                markers: markers, resolutions: resolutions, places: places)
        scenario.avoid = avoid
        scenario.avoidLocations = avoidLocations
        return scenario
    }

    /// The scenario's own places by lower-cased id; a position that is not `lon,lat` is a problem.
    private mutating func readLocalPlaces(_ rawPlaces: [RawScenario.Place]) -> [String: Place] {
        var localPlaces: [String: Place] = [:]
        for place in rawPlaces {
            guard let coordinate = Coordinate(longitudeLatitude: Substring(place.position.value)) else {
                problems.append(ScenarioProblem(location: place.position.location, message: "'\(place.position.value)' is not a position",
                                                fix: "write 'lon,lat' in decimal degrees, e.g. '35.95,35.40'"))
                continue
            }
            var kind = PlaceKind.city
            if let text = place.kind, let parsed = parseKind(text) { kind = parsed }
            let name = place.name?.value ?? place.id.value
            localPlaces[place.id.value.lowercased()] = Place(id: "local:\(place.id.value)", name: name, shortName: name,
                                                             kind: kind, coordinate: coordinate, country: place.country?.value,
                                                             aliases: [], codes: [], area: nil)
        }
        return localPlaces
    }

    /// The declared assets, and per asset the passages and airspace it avoids, with where
    /// each entry is written; a repeated id is a problem.
    private mutating func readAssets(_ rawAssets: [RawScenario.Asset])
        -> (assets: [Asset], avoid: [String: [String]], avoidLocations: [String: [String: SourceLocation]]) {
        var assets: [Asset] = []
        var avoid: [String: [String]] = [:]
        var avoidLocations: [String: [String: SourceLocation]] = [:]
        for raw in rawAssets {
            let asset = readAsset(raw)
            if assets.contains(where: { $0.id == raw.id.value }) {
                problems.append(ScenarioProblem(location: raw.id.location, message: "asset '\(raw.id.value)' is declared twice",
                                                fix: "give each asset its own id"))
            }
            assets.append(asset)
            avoid[raw.id.value] = raw.avoid.map(\.value)
            for entry in raw.avoid { avoidLocations[raw.id.value, default: [:]][entry.value.lowercased()] = entry.location }
        }
        return (assets, avoid, avoidLocations)
    }

    /// One asset: its mode (required), speed, count, alternatives and label, each checked.
    private mutating func readAsset(_ raw: RawScenario.Asset) -> Asset {
        var mode = TravelMode.sea
        if let text = raw.mode {
            if let parsed = ValueParsers.mode(text.value) { mode = parsed } else {
                problems.append(ScenarioProblem(location: text.location, message: "unknown mode '\(text.value)'",
                                                fix: "use air, sea or road"))
            }
        } else {
            problems.append(ScenarioProblem(location: raw.id.location, message: "asset '\(raw.id.value)' needs 'mode'",
                                            fix: "add 'mode: air', 'mode: sea' or 'mode: road'"))
        }
        let speed = parsed(raw.speed, ValueParsers.speedKnots, isNot: "a speed", fix: "write knots ('14', '14 kn') or '26 km/h'")
        let count = parsed(raw.count, { Int($0).flatMap { (1...10_000).contains($0) ? $0 : nil } },
                           isNot: "a count", fix: "give a whole number from 1 to 10000") ?? 1
        let alternatives = parsed(raw.alternatives, ValueParsers.boolean, isNot: "true or false",
                                  fix: "write 'alternatives: true' to draw the ways round, or leave it out") ?? false
        if let text = raw.alternatives {
            if alternatives && mode != .sea {
                problems.append(ScenarioProblem(location: text.location, message: "'alternatives' is for ships: asset '\(raw.id.value)' is not 'mode: sea'",
                                                fix: "leave 'alternatives' out for aircraft and road convoys"))
            }
        }
        // `label: false` turns the name off, `label: true` keeps the default, any other text replaces it.
        var label: String?
        if let text = raw.label {
            switch ValueParsers.boolean(text.value) {
            case true?: label = nil
            case false?: label = ""
            case nil: label = text.value
            }
        }
        return Asset(id: raw.id.value, name: raw.name?.value ?? raw.id.value, mode: mode, speedKnots: speed, count: count,
                     fixedPath: raw.fixed, alternatives: alternatives, label: label)
    }

    /// The sightings of declared assets at their resolved places (`placed`, in order), with
    /// the places they use by id; an undeclared asset, a bad time or source is a problem.
    private mutating func readSightings(_ rawSightings: [RawScenario.Sighting], placed: [Place?], assets: [Asset],
                                        sources: [Scenario.Source]) -> (sightings: [Sighting], places: [String: Place]) {
        var sightings: [Sighting] = []
        var places: [String: Place] = [:]
        for (number, raw) in rawSightings.enumerated() {
            var assetID = raw.asset?.value ?? ""
            if let asset = raw.asset, !assets.contains(where: { $0.id == asset.value }) {
                let close = Suggest.closest(to: asset.value, in: assets.map(\.id), limit: 3)
                problems.append(ScenarioProblem(location: asset.location, message: "asset '\(asset.value)' is not declared",
                                                fix: close.isEmpty ? "declare it under 'assets:' with its mode"
                                                    : "did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?"))
                assetID = ""
            }
            let status = parseStatus(raw.status, at: raw.location)
            let span = parsed(raw.time, ValueParsers.timeSpan, isNot: "a time", fix: "write \(ValueParsers.timeSpanForms)")
            let time = span?.representative
            if let source = raw.source { checkSource(source, sources: sources) }
            guard let place = placed[number], !assetID.isEmpty else { continue }
            let stop = Stop(place: place)
            places[place.id] = place
            var sighting = Sighting(asset: assetID, stop: stop, time: time, status: status, source: raw.source?.value,
                                    note: raw.note?.value, location: raw.location)
            sighting.span = span
            sightings.append(sighting)
        }
        return (sightings, places)
    }

    /// The markers at their resolved places (`placed`, in order); a bad importance or
    /// source is a problem.
    private mutating func readMarkers(_ rawMarkers: [RawScenario.Marker], placed: [Place?],
                                      sources: [Scenario.Source]) -> [Scenario.Marker] {
        var markers: [Scenario.Marker] = []
        for (number, raw) in rawMarkers.enumerated() {
            if let source = raw.source { checkSource(source, sources: sources) }
            let importance = parsed(raw.importance, { Int($0).flatMap { (0...100).contains($0) ? $0 : nil } },
                                    isNot: "an importance", fix: "give a whole number from 0 to 100") ?? 1
            guard let place = placed[number] else { continue }
            markers.append(Scenario.Marker(place: place, label: raw.label?.value ?? place.shortName, note: raw.note?.value,
                                           source: raw.source?.value, importance: importance, location: raw.location))
        }
        return markers
    }

    // MARK: Pieces

    /// Resolves every place the sightings and markers name, all together (the scenario is
    /// evidence: see ``Gazetteer/resolve(mentions:)``). A refused name is a problem naming
    /// the closest candidates with their kind, country and distance from the scenario's
    /// other places; a doubtful one is kept, and recorded for a warning.
    private mutating func resolvePlaces(_ raw: RawScenario, assets: [Asset], local: [String: Place])
        -> (sightings: [Place?], markers: [Place?]) {
        var texts: [(text: Located<String>, kind: Located<String>?, mode: TravelMode?)] = []
        for sighting in raw.sightings {
            guard let place = sighting.place else { texts.append((Located("", at: sighting.location), nil, nil)); continue }
            let mode = assets.first { $0.id == sighting.asset?.value }?.mode
            texts.append((place, sighting.kind, mode))
        }
        for marker in raw.markers {
            texts.append((marker.place ?? Located("", at: marker.location), marker.kind, nil))
        }
        var mentions: [Gazetteer.Mention] = []
        var kindFailed: [Bool] = []
        for (text, kind, mode) in texts {
            var kinds: Set<PlaceKind>?
            var failed = false
            if let kind {
                if let parsed = parseKind(kind) { kinds = [parsed] } else { failed = true }
            }
            let preferred: Set<PlaceKind> = switch mode {
            case .air: PlaceContext.airfieldKinds
            case .sea: PlaceContext.seaKinds
            case .road, nil: []
            }
            let fixed = local[text.value.lowercased()]?.coordinate
            mentions.append(Gazetteer.Mention(text: text.value, kinds: kinds, preferred: preferred, fixed: fixed))
            kindFailed.append(failed)
        }
        let results = gazetteer.resolve(mentions: mentions)
        let centre = Self.centre(of: results)
        var places: [Place?] = []
        for (index, result) in results.enumerated() {
            let text = texts[index].text
            if text.value.isEmpty || kindFailed[index] { places.append(nil); continue }
            if let place = local[text.value.lowercased()] { places.append(place); continue }
            guard let place = result.place, let match = result.match else {
                problems.append(refusal(result, at: text.location, centre: centre))
                places.append(nil)
                continue
            }
            if match.how != .exact || result.verdict != .sure || place.id != text.value {
                resolutions.append(Scenario.Resolution(
                    query: text.value, place: place, matched: match.matched, score: match.score, location: text.location,
                    confidence: result.confidence, verdict: result.verdict, reasons: result.reasons,
                    distanceFromCentre: centre.map { Geodesic.wgs84.distance(from: $0, to: place.coordinate) / 1000 }))
            }
            if strict, result.verdict != .sure {
                problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is only doubtfully \(place.name) (\(place.describedKind)): \(result.reasons.joined(separator: "; "))",
                                                fix: "--strict refuses doubtful places: add 'kind:', a qualifier ('Name, Country'), or define it under 'places:' with its lon,lat"))
            }
            places.append(place)
        }
        return (Array(places.prefix(raw.sightings.count)), Array(places.dropFirst(raw.sightings.count)))
    }

    /// The mean position of the surely placed points (not countries or seas), or `nil`.
    static func centre(of results: [PlaceResolution]) -> Coordinate? {
        let points = results.compactMap { Gazetteer.evidence($0).anchor }
        guard !points.isEmpty else { return nil }
        return Coordinate.centroid(points)
    }

    private func refusal(_ result: PlaceResolution, at location: SourceLocation, centre: Coordinate?) -> ScenarioProblem {
        var candidates = result.candidates
        if let match = result.match { candidates.insert(match, at: 0) }
        let coordinateLike = Gazetteer.looksLikePosition(result.query)
        if candidates.isEmpty && !coordinateLike {
            candidates = gazetteer.suggestions(for: result.query, limit: 3).compactMap { gazetteer.lookup($0, limit: 1).first }
        }
        var seen = Set<String>()
        candidates = candidates.filter { seen.insert("\($0.place.name)|\($0.place.describedKind)").inserted }
        let closest = candidates.prefix(3).map { match -> String in
            var text = "\(match.place.name) (\(match.place.describedKind)"
            if let centre {
                text += ", \(DistanceText.kilometers(Geodesic.wgs84.distance(from: centre, to: match.place.coordinate) / 1000)) from the scenario's other places"
            }
            return text + ")"
        }
        let why = result.reasons.first.map { " (\($0))" } ?? ""
        let message = "'\(result.query)' is not a place movemap can put on the map with confidence\(why)"
        let fix = (closest.isEmpty ? "" : "closest: \(closest.joined(separator: "; ")). ")
            + "Add 'kind:', a qualifier ('Name, Country'), or define it under 'places:' with its lon,lat"
        return ScenarioProblem(location: location, message: message, fix: fix)
    }

    private mutating func parseKind(_ text: Located<String>) -> PlaceKind? {
        if let kind = PlaceKind(parsing: text.value) { return kind }
        problems.append(ScenarioProblem(location: text.location, message: "unknown place kind '\(text.value)'",
                                        fix: "use one of \(PlaceKind.allCases.map(\.rawValue).joined(separator: ", "))"))
        return nil
    }

    private mutating func parseStatus(_ text: Located<String>?, at location: SourceLocation) -> Status {
        guard let text else {
            problems.append(ScenarioProblem(location: location, message: "a sighting needs 'status'",
                                            fix: "add 'status: observed', 'reported', 'planned' or 'inferred'"))
            return .inferred
        }
        if let status = ValueParsers.status(text.value) { return status }
        let close = Suggest.closest(to: text.value, in: Status.allCases.map(\.rawValue), limit: 1)
        problems.append(ScenarioProblem(location: text.location, message: "unknown status '\(text.value)'",
                                        fix: (close.first.map { "did you mean '\($0)'? " } ?? "") + "use observed, reported, planned or inferred"))
        return .inferred
    }

    private mutating func checkSource(_ source: Located<String>, sources: [Scenario.Source]) {
        guard !sources.isEmpty, !sources.contains(where: { $0.id == source.value }) else { return }
        let close = Suggest.closest(to: source.value, in: sources.map(\.id), limit: 3)
        problems.append(ScenarioProblem(location: source.location, message: "source '\(source.value)' is not listed under 'sources:'",
                                        fix: close.isEmpty ? "add it to 'sources:'" : "did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?"))
    }

    /// The path of a `map: style:` file as the scenario at `scenarioFile` names it: a relative
    /// path is relative to the scenario's folder; `none`, an absolute path, and a path in a
    /// scenario read from standard input stay as written.
    public static func stylePath(_ text: String, scenarioFile: String) -> String {
        guard text.lowercased() != "none", !text.hasPrefix("/"), scenarioFile != ScenarioReader.standardInputName else { return text }
        let folder = (scenarioFile as NSString).deletingLastPathComponent
        return folder.isEmpty ? text : (folder as NSString).appendingPathComponent(text)
    }

    /// Reads the `map:` keys through their definitions in ``MapSetting``, as the command
    /// line reads its flags.
    private mutating func readMap(_ values: [String: Located<String>]) -> MapSettings {
        var settings = MapSettings()
        for setting in MapSetting.all {
            guard let text = values[setting.key] else { continue }
            do { try setting.assign(text.value, to: &settings) } catch {
                problems.append(ScenarioProblem(location: text.location, message: error.message, fix: error.fix))
            }
        }
        return settings
    }

    /// `text` read by `parse`; nil, with a problem "'text' is not …" at its place, when it
    /// does not read; nil without a problem when it is absent.
    private mutating func parsed<Value>(_ text: Located<String>?, _ parse: (String) -> Value?, isNot what: String,
                                        fix: String) -> Value? {
        guard let text else { return nil }
        if let value = parse(text.value) { return value }
        problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not \(what)", fix: fix))
        return nil
    }
}
