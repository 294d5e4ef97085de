import Foundation
import Geo
import MapVocabulary
import Routes
import Scenario

/// The GeoJSON export (RFC 7946): a scenario that `GeoJSONScenarioReader` reads
/// back to the same map, plus the routed legs for other tools.
///
/// The collection's foreign members hold what is not a feature — `title`, `subtitle`,
/// `date`, `map`, `sources`, `assets` — as the YAML sections of the same names. Features,
/// each with a `role` property: `place` (the places the scenario defines), `resolved` (each
/// gazetteer place the scenario uses, with its id, name, kind and country; derived, never
/// read back), `marker`,
/// `sighting` (every sighting, in file order, naming its place by gazetteer id so it reads
/// back exactly), and `leg` (a routed leg, cut at the antimeridian; derived, never read back
/// as input). Names the reader does not need (`asset_name`, `place_name`, `source_name`) are
/// there for people and GIS tools.
extension ScenarioExport {
    func geoJSON() -> String {
        var members = ["\"type\":\"FeatureCollection\"", "\"name\":\(Self.quote(scenario.title))", "\"title\":\(Self.quote(scenario.title))"]
        if let subtitle = scenario.subtitle { members.append("\"subtitle\":\(Self.quote(subtitle))") }
        if let date = scenario.dateText { members.append("\"date\":\(Self.quote(date))") }
        let map = mapMembers()
        if !map.isEmpty { members.append("\"map\":{\(map.joined(separator: ","))}") }
        if !scenario.sources.isEmpty { members.append("\"sources\":[\n" + scenario.sources.map(sourceObject).joined(separator: ",\n") + "\n]") }
        members.append("\"assets\":[\n" + scenario.assets.map(assetObject).joined(separator: ",\n") + "\n]")
        let features = definedPlaces.map(placeFeature) + resolvedPlaces.map(resolvedFeature) + scenario.markers.map(markerFeature)
            + scenario.sightings.map(sightingFeature) + legs.compactMap(legFeature)
        members.append("\"features\":[\n" + features.joined(separator: ",\n") + "\n]")
        return "{" + members.joined(separator: ",\n") + "}\n"
    }

    /// The places the scenario defines under `places:` (not the gazetteer's), sorted by id.
    var definedPlaces: [Place] {
        var byID: [String: Place] = [:]
        for place in scenario.places.values where place.id.hasPrefix(Self.definedPrefix) { byID[place.id] = place }
        for marker in scenario.markers where marker.place.id.hasPrefix(Self.definedPrefix) { byID[marker.place.id] = marker.place }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// The gazetteer's places the scenario uses — where each written name was put — sorted
    /// by id: a layer of points for GIS tools and checks, never read back (the sightings and
    /// markers name them by id).
    var resolvedPlaces: [Place] {
        var byID: [String: Place] = [:]
        for place in scenario.places.values where !place.id.hasPrefix(Self.definedPrefix) { byID[place.id] = place }
        for marker in scenario.markers where !marker.place.id.hasPrefix(Self.definedPrefix) { byID[marker.place.id] = marker.place }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// The prefix the resolver gives the ids of places a scenario defines.
    static let definedPrefix = "local:"

    /// The text a scenario names `place` by so that it resolves to the same place: the id.
    static func reference(_ place: Place) -> String {
        place.id.hasPrefix(definedPrefix) ? String(place.id.dropFirst(definedPrefix.count)) : place.id
    }

    /// A number as JSON in its shortest form that reads back to the same `Double`: `14`, `13.5`.
    static func exact(_ value: Double) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    static func pair(_ key: String, _ text: String?) -> String? {
        text.map { "\"\(key)\":\(quote($0))" }
    }

    static func point(_ coordinate: Coordinate) -> String {
        "{\"type\":\"Point\",\"coordinates\":[\(exact(coordinate.longitude)),\(exact(coordinate.latitude))]}"
    }

    static func feature(_ geometry: String, _ properties: [String?]) -> String {
        "{\"type\":\"Feature\",\"geometry\":\(geometry),\"properties\":{\(properties.compactMap { $0 }.joined(separator: ","))}}"
    }

    /// The scenario's map settings, each as the vocabulary writes it: yes/no and the scale
    /// as JSON literals, the rest as strings.
    func mapMembers() -> [String] {
        MapSetting.all.compactMap { setting in
            guard let text = setting.text(scenario.map) else { return nil }
            let literal = setting.isBoolean || setting.key == MapSetting.scale.key
            return "\(Self.quote(setting.key)):\(literal ? text : Self.quote(text))"
        }
    }

    func sourceObject(_ source: Scenario.Source) -> String {
        "{" + [Self.pair("id", source.id), Self.pair("name", source.name), Self.pair("url", source.url)].compactMap { $0 }.joined(separator: ",") + "}"
    }

    func assetObject(_ asset: Asset) -> String {
        var fields = [Self.pair("id", asset.id), Self.pair("name", asset.name), Self.pair("mode", asset.mode.rawValue)]
        if let speed = asset.speedKnots { fields.append("\"speed\":\(Self.exact(speed))") }
        fields.append("\"count\":\(asset.count)")
        if let avoid = scenario.avoid[asset.id], !avoid.isEmpty {
            fields.append("\"avoid\":[\(avoid.map(Self.quote).joined(separator: ","))]")
        }
        if asset.alternatives { fields.append("\"alternatives\":true") }
        if asset.fixedPath { fields.append("\"fixed\":true") }
        if let label = asset.label { fields.append(label.isEmpty ? "\"label\":false" : "\"label\":\(Self.quote(label))") }
        return "{" + fields.compactMap { $0 }.joined(separator: ",") + "}"
    }

    func placeFeature(_ place: Place) -> String {
        Self.feature(Self.point(place.coordinate), [
            Self.pair("role", "place"), Self.pair("id", Self.reference(place)), Self.pair("name", place.name),
            Self.pair("kind", place.kind.rawValue), Self.pair("country", place.country),
        ])
    }

    func resolvedFeature(_ place: Place) -> String {
        Self.feature(Self.point(place.coordinate), [
            Self.pair("role", "resolved"), Self.pair("id", place.id), Self.pair("name", place.name),
            Self.pair("kind", place.kind.rawValue), Self.pair("country", place.country),
        ])
    }

    func markerFeature(_ marker: Scenario.Marker) -> String {
        Self.feature(Self.point(marker.place.coordinate), [
            Self.pair("role", "marker"), Self.pair("place", Self.reference(marker.place)), Self.pair("place_name", marker.place.name),
            Self.pair("country", marker.place.country), Self.pair("label", marker.label), Self.pair("note", marker.note), Self.pair("source", marker.source),
            Self.pair("source_name", marker.source.map(scenario.sourceName)), "\"importance\":\(marker.importance)",
        ])
    }

    func sightingFeature(_ sighting: Sighting) -> String {
        let asset = scenario.assets.first { $0.id == sighting.asset }
        let place = scenario.places[sighting.stop.id]
        return Self.feature(Self.point(sighting.stop.coordinate), [
            Self.pair("role", "sighting"), Self.pair("asset", sighting.asset), Self.pair("asset_name", asset?.name),
            Self.pair("mode", asset?.mode.rawValue), Self.pair("place", place.map(Self.reference) ?? sighting.stop.id),
            Self.pair("place_name", sighting.stop.name), Self.pair("country", place?.country), Self.pair("time", sighting.span.map(ValueParsers.text)),
            Self.pair("status", sighting.status.rawValue), Self.pair("source", sighting.source),
            Self.pair("source_name", sighting.source.map(scenario.sourceName)), Self.pair("note", sighting.note),
        ])
    }

    /// The sources of a leg's two reports, each once, from first: `hur` or `reuters, tracking`.
    static func legSources(_ leg: Leg) -> String? {
        var sources: [String] = []
        for source in [leg.from.source, leg.to.source].compactMap({ $0 }) where !sources.contains(source) { sources.append(source) }
        return sources.isEmpty ? nil : sources.joined(separator: ", ")
    }

    func legFeature(_ leg: Leg) -> String? {
        let parts = Polyline(leg.points).pieces().map { part in
            "[" + part.points.map { "[\(Self.number($0.longitude, 6)),\(Self.number($0.latitude, 6))]" }.joined(separator: ",") + "]"
        }
        guard !parts.isEmpty else { return nil }
        let geometry = parts.count == 1 ? "{\"type\":\"LineString\",\"coordinates\":\(parts[0])}"
            : "{\"type\":\"MultiLineString\",\"coordinates\":[\(parts.joined(separator: ","))]}"
        return Self.feature(geometry, [
            Self.pair("role", "leg"), Self.pair("asset", leg.asset.id), Self.pair("asset_name", leg.asset.name),
            Self.pair("mode", leg.mode.rawValue), Self.pair("status", leg.status.rawValue),
            Self.pair("from", leg.from.stop.name), Self.pair("to", leg.to.stop.name),
            Self.pair("from_status", leg.from.status.rawValue), Self.pair("to_status", leg.to.status.rawValue),
            Self.pair("from_time", leg.from.span.map(ValueParsers.text)), Self.pair("to_time", leg.to.span.map(ValueParsers.text)),
            Self.pair("departure", Self.time(leg.departure)), Self.pair("arrival", Self.time(leg.arrival)),
            leg.arrival == nil ? nil : "\"arrival_estimated\":\(leg.arrivalEstimated)",
            Self.pair("source", Self.legSources(leg)),
            Self.pair("from_source", leg.from.source), Self.pair("to_source", leg.to.source),
            Self.pair("from_note", leg.from.note), Self.pair("to_note", leg.to.note),
            "\"length_km\":\(Self.number(leg.lengthMeters / 1000, 1))",
            "\"length_nm\":\(Self.number(leg.lengthMeters / .metersPerNauticalMile, 1))",
            Self.pair("drawn_as", leg.geometryNote),
        ])
    }
}
