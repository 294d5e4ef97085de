import Foundation
import Geo
import Render
import Routes
import Scenario

/// KML 2.2 for Google Earth: places, every sighting at its time and every leg over its
/// span, so the time slider plays the story; a style per mode and status in the map's own
/// colours (KML has no dashes: certainty is shown by width and opacity); and each feature's
/// fields as ExtendedData (asset, status, source, note, times, lengths — a leg's the same
/// fields as in the GeoJSON export). Valid against the OGC KML 2.2 schema (`scripts/kml-schema`).
extension ScenarioExport {
    func kml() -> String {
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <kml xmlns="http://www.opengis.net/kml/2.2">
        <Document>
        <name>\(Self.xml(scenario.title))</name>

        """
        for mode in TravelMode.allCases {
            for status in Status.allCases { out += Self.lineStyle(mode: mode, status: status) }
        }
        for status in Status.allCases { out += Self.pointStyle(status: status) }
        let names = Dictionary(scenario.assets.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        out += "<Folder><name>Places</name>\n"
        for place in places {
            out += "<Placemark><name>\(Self.xml(place.name))</name><description>\(Self.xml(place.kind.rawValue))</description>"
                + Self.extendedData([("id", place.id), ("kind", place.kind.rawValue), ("country", place.country)])
                + "<Point><coordinates>\(Self.kmlPoint(place.coordinate))</coordinates></Point></Placemark>\n"
        }
        out += "</Folder>\n<Folder><name>Sightings</name>\n"
        for sighting in scenario.sightings {
            let asset = names[sighting.asset] ?? sighting.asset
            out += "<Placemark><name>\(Self.xml("\(asset) at \(sighting.stop.name)"))</name>"
                + Self.kmlTime(sighting) + "<styleUrl>#sighting-\(sighting.status.rawValue)</styleUrl>"
                + Self.extendedData([("asset", sighting.asset), ("asset_name", asset), ("place", sighting.stop.name),
                                     ("status", sighting.status.rawValue), ("time", sighting.span.map(ValueParsers.text)),
                                     ("source", sighting.source), ("note", sighting.note)])
                + "<Point><coordinates>\(Self.kmlPoint(sighting.stop.coordinate))</coordinates></Point></Placemark>\n"
        }
        out += "</Folder>\n<Folder><name>Legs</name>\n"
        for leg in legs {
            let parts = Polyline(leg.points).pieces()
            guard !parts.isEmpty else { continue }
            let lines = parts.map { part in
                "<LineString><tessellate>1</tessellate><coordinates>" + part.points.map(Self.kmlPoint).joined(separator: " ")
                    + "</coordinates></LineString>"
            }
            var description = "\(leg.mode.rawValue), \(leg.status.rawValue), \(Self.number(leg.lengthMeters / 1000, 1)) km"
            if let departure = Self.time(leg.departure) { description += ", departs \(departure)" }
            if let arrival = Self.time(leg.arrival) { description += ", arrives \(arrival)\(leg.arrivalEstimated ? " (est.)" : "")" }
            var span = ""
            if leg.departure != nil || leg.arrival != nil {
                span = "<TimeSpan>" + (leg.departure.map { "<begin>\(Self.kmlDateTime($0))</begin>" } ?? "")
                    + (leg.arrival.map { "<end>\(Self.kmlDateTime($0))</end>" } ?? "") + "</TimeSpan>"
            }
            out += "<Placemark><name>\(Self.xml("\(leg.asset.name): \(leg.from.stop.name) → \(leg.to.stop.name)"))</name>"
                + "<description>\(Self.xml(description))</description>" + span
                + "<styleUrl>#\(leg.mode.rawValue)-\(leg.status.rawValue)</styleUrl>"
                + Self.extendedData([("asset", leg.asset.id), ("asset_name", leg.asset.name), ("mode", leg.mode.rawValue),
                                     ("status", leg.status.rawValue), ("from", leg.from.stop.name), ("to", leg.to.stop.name),
                                     ("from_time", leg.from.span.map(ValueParsers.text)), ("to_time", leg.to.span.map(ValueParsers.text)),
                                     ("departure", Self.time(leg.departure)), ("arrival", Self.time(leg.arrival)),
                                     ("arrival_estimated", leg.arrival == nil ? nil : String(leg.arrivalEstimated)),
                                     ("source", Self.legSources(leg)), ("from_source", leg.from.source), ("to_source", leg.to.source),
                                     ("from_note", leg.from.note), ("to_note", leg.to.note),
                                     ("length_km", Self.number(leg.lengthMeters / 1000, 1)),
                                     ("length_nm", Self.number(leg.lengthMeters / .metersPerNauticalMile, 1))])
                + (lines.count == 1 ? lines[0] : "<MultiGeometry>\(lines.joined())</MultiGeometry>") + "</Placemark>\n"
        }
        return out + "</Folder>\n</Document>\n</kml>\n"
    }

    /// Line width by certainty, as the map draws it thinner and fainter the less certain.
    static let kmlWidths: [Status: (width: Int, alpha: Double)] = [
        .observed: (4, 1), .reported: (3, 0.9), .planned: (2, 0.8), .inferred: (2, 0.6),
    ]

    /// `<Style id="sea-reported">`: the light theme's colour for the mode.
    static func lineStyle(mode: TravelMode, status: Status) -> String {
        let theme = Theme.light
        let colour = mode == .air ? theme.air : mode == .sea ? theme.sea : theme.road
        let (width, alpha) = kmlWidths[status]!
        return "<Style id=\"\(mode.rawValue)-\(status.rawValue)\"><LineStyle><color>\(kmlColour(colour, alpha: alpha))</color>"
            + "<width>\(width)</width></LineStyle></Style>\n"
    }

    /// `<Style id="sighting-reported">`: a marker in the map's marker colour.
    static func pointStyle(status: Status) -> String {
        "<Style id=\"sighting-\(status.rawValue)\"><IconStyle><color>\(kmlColour(Theme.light.marker, alpha: kmlWidths[status]!.alpha))</color>"
            + "<scale>0.8</scale></IconStyle></Style>\n"
    }

    /// KML's `aabbggrr`.
    static func kmlColour(_ colour: Color, alpha: Double) -> String {
        func byte(_ value: Double) -> String { String(format: "%02x", Int((max(0, min(1, value)) * 255).rounded())) }
        return byte(alpha) + byte(colour.blue) + byte(colour.green) + byte(colour.red)
    }

    static func kmlPoint(_ point: Coordinate) -> String {
        "\(number(point.longitude, 6)),\(number(point.latitude, 6)),0"
    }

    /// `2024-12-14T10:30:00Z` (xsd:dateTime).
    static func kmlDateTime(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// A sighting's time as KML gives it: `<TimeStamp>` for a moment, `<TimeSpan>` for a day,
    /// days or a month as reported; nothing without a time.
    static func kmlTime(_ sighting: Sighting) -> String {
        if let span = sighting.span, span.precision != .instant {
            return "<TimeSpan><begin>\(kmlDateTime(span.start))</begin><end>\(kmlDateTime(span.end))</end></TimeSpan>"
        }
        return sighting.time.map { "<TimeStamp><when>\(kmlDateTime($0))</when></TimeStamp>" } ?? ""
    }

    /// `<ExtendedData>` with a `<Data>` per field that has a value.
    static func extendedData(_ fields: [(String, String?)]) -> String {
        let data = fields.compactMap { name, value in
            value.map { "<Data name=\"\(name)\"><value>\(xml($0))</value></Data>" }
        }
        return data.isEmpty ? "" : "<ExtendedData>\(data.joined())</ExtendedData>"
    }
}
