import Foundation
import Render
import Geo
import Routes
import Scenario

/// A scenario and its routed legs as data for other tools: GeoJSON (RFC 7946,
/// split at the antimeridian), KML for Google Earth, or a CSV table of legs with
/// distances and times. Output is deterministic: the same scenario gives the same bytes.
public struct ScenarioExport: Sendable {
    /// The formats `movemap export` writes.
    public enum Format: String, Sendable, CaseIterable {
        /// GeoJSON (RFC 7946) that `movemap` reads back as the same scenario.
        case geojson
        /// KML 2.2 for Google Earth, with time spans and styles per mode and status.
        case kml
        /// One row per leg: asset, mode, status, ends, times, lengths and hours.
        case csv

        /// The file extensions an output of this format may have.
        public var extensions: [String] {
            switch self {
            case .geojson: return ["geojson", "json"]
            case .kml: return ["kml"]
            case .csv: return ["csv"]
            }
        }

        /// The format an output path's extension names, or nil.
        public init?(path: String) {
            let ext = (path as NSString).pathExtension.lowercased()
            guard let format = Format.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
            self = format
        }

        /// The format `movemap export` writes: `format` when given (`geojson`, `kml` or
        /// `csv`, in any case), else the one `output`'s extension names, else GeoJSON.
        ///
        /// - Throws: ``MovemapError/usage(_:)`` for a format that is not one, or an output
        ///   whose extension names none (without `format`).
        public static func chosen(format: String?, output: String?) throws -> Format {
            if let format {
                guard let parsed = Format(rawValue: format.lowercased()) else {
                    throw MovemapError.usage("--format '\(format)' is not geojson, kml or csv")
                }
                return parsed
            }
            guard let output else { return .geojson }
            guard let parsed = Format(path: output) else {
                throw MovemapError.usage("-o \(output): the extension is not .geojson, .json, .kml or .csv — rename it or give --format")
            }
            return parsed
        }
    }

    /// Refuses an output that would destroy an input — the same file as `inputs` (the
    /// scenario and its sidecar), also through links — or whose extension does not match
    /// `format`. Throws ``MovemapError/usage(_:)``; call before any work.
    public static func checkOutput(_ output: String, format: Format, inputs: [String]) throws {
        guard format.extensions.contains((output as NSString).pathExtension.lowercased()) else {
            throw MovemapError.usage("-o \(output): the extension does not match --format \(format.rawValue) — name the file .\(format.extensions.joined(separator: " or ."))")
        }
        for input in inputs where FileIdentity.same(output, input) {
            throw MovemapError.usage("-o \(output) is the input \(input) — writing it would destroy the scenario; choose another output file")
        }
    }

    /// The scenario exported: its places, assets and sightings.
    public var scenario: Scenario
    /// Its routed legs, as the map draws them.
    public var legs: [Leg]

    /// An export of `scenario` with the legs the linker routed for it.
    public init(scenario: Scenario, legs: [Leg]) {
        self.scenario = scenario
        self.legs = legs
    }

    /// The places the scenario names, sorted by id.
    var places: [Place] {
        var byID = scenario.places
        for marker in scenario.markers { byID[marker.place.id] = marker.place }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// The export as text.
    public func text(_ format: Format) -> String {
        switch format {
        case .geojson: return geoJSON()
        case .kml: return kml()
        case .csv: return csv()
        }
    }

    static func number(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func time(_ date: Date?) -> String? {
        date.map(ValueParsers.format)
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String { doubleQuoted(text) }

    /// XML text escaping, shared with the SVG writer.
    static func xml(_ text: String) -> String {
        XMLText.escaped(text)
    }

    static func csvCell(_ text: String) -> String {
        text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// A text cell a spreadsheet will not run as a formula: one starting with `=`, `+`, `-`,
    /// `@`, a tab or a carriage return gets a leading `'` (OWASP's CSV injection advice).
    static func csvTextCell(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return csvCell(text) }
        return csvCell("'" + text)
    }

    func csv() -> String {
        var lines = ["asset,mode,status,from,to,departure,arrival,length_km,length_nm,hours"]
        for leg in legs {
            var hours = ""
            if let departure = leg.departure, let arrival = leg.arrival {
                hours = Self.number(arrival.timeIntervalSince(departure) / 3600, 1)
            }
            let text = [leg.asset.name, leg.mode.rawValue, leg.status.rawValue, leg.from.stop.name, leg.to.stop.name].map(Self.csvTextCell)
            let values = [Self.time(leg.departure) ?? "", Self.time(leg.arrival) ?? "",
                          Self.number(leg.lengthMeters / 1000, 1), Self.number(leg.lengthMeters / .metersPerNauticalMile, 1), hours]
            lines.append((text + values.map(Self.csvCell)).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
