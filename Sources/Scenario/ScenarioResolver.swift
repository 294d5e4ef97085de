import Foundation
import Geo
import Render
import Routes

/// Checks a ``RawScenario`` and resolves its places: every problem is collected, each with
/// its location and a fix, before failing.
public struct ScenarioResolver {
    public let gazetteer: Gazetteer
    private var problems: [ScenarioProblem] = []
    private var resolutions: [Scenario.Resolution] = []

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// Reads and resolves a scenario file. Throws ``ScenarioError``.
    public static func load(path: String, gazetteer: Gazetteer) throws -> Scenario {
        let raw = try ScenarioReader.read(path: path)
        var resolver = ScenarioResolver(gazetteer: gazetteer)
        return try resolver.resolve(raw)
    }

    public mutating func resolve(_ raw: RawScenario) throws -> Scenario {
        problems = []
        resolutions = []
        let map = readMap(raw.map)
        let sources = raw.sources.map { Scenario.Source(id: $0.id.value, name: $0.name.value, url: $0.url?.value) }
        var localPlaces: [String: Place] = [:]
        for place in raw.places {
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
        var assets: [Asset] = []
        var avoid: [String: [String]] = [:]
        var avoidLocations: [String: [String: SourceLocation]] = [:]
        for raw in raw.assets {
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
            var speed: Double?
            if let text = raw.speed {
                speed = ValueParsers.speedKnots(text.value)
                if speed == nil {
                    problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not a speed",
                                                    fix: "write knots ('14', '14 kn') or '26 km/h'"))
                }
            }
            var count = 1
            if let text = raw.count {
                if let value = Int(text.value), (1...10_000).contains(value) { count = value } else {
                    problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not a count",
                                                    fix: "give a whole number from 1 to 10000"))
                }
            }
            if assets.contains(where: { $0.id == raw.id.value }) {
                problems.append(ScenarioProblem(location: raw.id.location, message: "asset '\(raw.id.value)' is declared twice",
                                                fix: "give each asset its own id"))
            }
            assets.append(Asset(id: raw.id.value, name: raw.name?.value ?? raw.id.value, mode: mode, speedKnots: speed, count: count,
                                fixedPath: raw.fixed))
            avoid[raw.id.value] = raw.avoid.map(\.value)
            for entry in raw.avoid { avoidLocations[raw.id.value, default: [:]][entry.value.lowercased()] = entry.location }
        }
        var sightings: [Sighting] = []
        var places: [String: Place] = [:]
        for raw in raw.sightings {
            var assetID = raw.asset?.value ?? ""
            if let asset = raw.asset, !assets.contains(where: { $0.id == asset.value }) {
                let close = Suggest.closest(to: asset.value, in: assets.map(\.id), limit: 3)
                problems.append(ScenarioProblem(location: asset.location, message: "asset '\(asset.value)' is not declared",
                                                fix: close.isEmpty ? "declare it under 'assets:' with its mode"
                                                    : "did you mean \(close.map { "'\($0)'" }.joined(separator: ", "))?"))
                assetID = ""
            }
            let status = parseStatus(raw.status, at: raw.location)
            var time: Date?
            if let text = raw.time {
                time = ValueParsers.time(text.value)
                if time == nil {
                    problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not a time",
                                                    fix: "write \(ValueParsers.timeForms)"))
                }
            }
            if let source = raw.source { checkSource(source, sources: sources) }
            guard let placeText = raw.place, let place = resolvePlace(placeText, kind: raw.kind, local: localPlaces),
                  !assetID.isEmpty else { continue }
            let stop = Stop(id: place.id, name: place.shortName, coordinate: place.coordinate, area: place.area,
                            isNarrows: place.kind == .strait || place.kind == .canal)
            places[place.id] = place
            sightings.append(Sighting(asset: assetID, stop: stop, time: time, status: status, source: raw.source?.value,
                                      note: raw.note?.value, location: raw.location))
        }
        var markers: [Scenario.Marker] = []
        for raw in raw.markers {
            if let source = raw.source { checkSource(source, sources: sources) }
            var importance = 1
            if let text = raw.importance {
                if let value = Int(text.value), (0...100).contains(value) { importance = value } else {
                    problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not an importance",
                                                    fix: "give a whole number from 0 to 100"))
                }
            }
            guard let placeText = raw.place, let place = resolvePlace(placeText, kind: raw.kind, local: localPlaces) else { continue }
            markers.append(Scenario.Marker(place: place, label: raw.label?.value ?? place.shortName, note: raw.note?.value,
                                           source: raw.source?.value, importance: importance, location: raw.location))
        }
        if !problems.isEmpty { throw ScenarioError.invalid(problems.sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) }) }
        var scenario = Scenario(file: raw.file, title: raw.title?.value ?? "Movements", subtitle: raw.subtitle?.value,
                                dateText: raw.date?.value, map: map, sources: sources, assets: assets, sightings: sightings,
                                markers: markers, resolutions: resolutions, places: places)
        scenario.avoid = avoid
        scenario.avoidLocations = avoidLocations
        return scenario
    }

    // MARK: Pieces

    private mutating func resolvePlace(_ text: Located<String>, kind: Located<String>?, local: [String: Place]) -> Place? {
        if let place = local[text.value.lowercased()] { return place }
        if let coordinate = Coordinate(longitudeLatitude: Substring(text.value)) {
            return Place(id: text.value, name: text.value, shortName: text.value, kind: .region, coordinate: coordinate,
                         country: nil, aliases: [], codes: [], area: nil)
        }
        var kinds: Set<PlaceKind>?
        if let kind {
            guard let parsed = parseKind(kind) else { return nil }
            kinds = [parsed]
        }
        guard let match = gazetteer.resolve(text.value, kinds: kinds) else {
            let suggestions = gazetteer.suggestions(for: text.value, limit: 5)
            problems.append(ScenarioProblem(location: text.location, message: "unknown place '\(text.value)'",
                                            fix: suggestions.isEmpty ? "give 'lon,lat' or define it under 'places:'"
                                                : "closest names: \(suggestions.joined(separator: ", "))"))
            return nil
        }
        resolutions.append(Scenario.Resolution(query: text.value, place: match.place, matched: match.matched,
                                               score: match.score, location: text.location))
        return match.place
    }

    private mutating func parseKind(_ text: Located<String>) -> PlaceKind? {
        let normalized = text.value.lowercased().replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_")
        if let kind = PlaceKind(rawValue: normalized) { return kind }
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

    private mutating func readMap(_ values: [String: Located<String>]) -> MapSettings {
        var settings = MapSettings()
        if let text = values["size"] {
            if let size = MapOptions.parseSize(text.value), size.width > 20_000 || size.height > 20_000 {
                problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is larger than 20000 pixels per side",
                                                fix: "use a smaller size (e.g. 1600x1000) and 'scale: 2', or SVG/PDF for large prints"))
            } else if let size = MapOptions.parseSize(text.value) { settings.size = size } else {
                problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not a size", fix: "write WIDTHxHEIGHT in pixels, e.g. 1600x1000"))
            }
        }
        if let text = values["scale"] {
            if let value = Double(text.value), MapOptions.scaleRange.contains(value) { settings.scale = value } else {
                problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not a scale", fix: "give a number from 0.5 to 8, e.g. 2 for HiDPI"))
            }
        }
        settings.region = values["region"]?.value
        settings.projection = values["projection"]?.value
        if let text = values["theme"] {
            if let theme = Theme.Name(rawValue: text.value.lowercased()) { settings.theme = theme } else {
                problems.append(ScenarioProblem(location: text.location, message: "unknown theme '\(text.value)'", fix: "use light, dark or print"))
            }
        }
        if let text = values["resolution"], text.value.lowercased() != "auto" {
            if let level = DetailLevel(rawValue: text.value.lowercased()) { settings.resolution = level } else {
                problems.append(ScenarioProblem(location: text.location, message: "unknown resolution '\(text.value)'", fix: "use auto, crude, low, intermediate or high"))
            }
        }
        for key in ["transparent", "graticule", "country_names"] {
            guard let text = values[key] else { continue }
            guard let value = ValueParsers.boolean(text.value) else {
                problems.append(ScenarioProblem(location: text.location, message: "'\(text.value)' is not true or false", fix: "write true or false"))
                continue
            }
            switch key {
            case "transparent": settings.transparent = value
            case "graticule": settings.graticule = value
            default: settings.countryNames = value
            }
        }
        return settings
    }
}
