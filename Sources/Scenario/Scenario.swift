import Foundation
import Geo
import MapVocabulary
import Routes

/// A checked scenario: places resolved, values parsed, ready to route and draw.
public struct Scenario: Sendable {
    public struct Source: Sendable, Hashable {
        public var id: String
        public var name: String
        public var url: String?
    }

    /// A place to mark with a note, beyond those the tracks pass.
    public struct Marker: Sendable, Hashable {
        public var place: Place
        public var label: String
        public var note: String?
        public var source: String?
        public var importance: Int
        public var location: SourceLocation
    }

    /// How a place the scenario names was matched, for `validate` to report.
    public struct Resolution: Sendable, Hashable {
        public var query: String
        public var place: Place
        public var matched: String
        public var score: Double
        public var location: SourceLocation
        /// 0…1; sure at 0.85 and above, doubtful below (see ``Geo/PlaceResolution``).
        public var confidence: Double
        public var verdict: PlaceResolution.Verdict
        /// Why a doubtful reading is doubtful.
        public var reasons: [String]
        /// Kilometers from the centre of the scenario's surely placed points; `nil` when there are none.
        public var distanceFromCentre: Double?

        /// `FILE:LINE:COL: note|warning: 'WRITTEN' is NAME (ID), KIND, COUNTRY, confidence C, N km
        /// from the scenario's centre, matched 'M'` — one line per place, which scripts read.
        public var line: String {
            "\(location): \(verdict == .sure ? "note" : "warning"): \(summary)"
        }

        /// The line without its location and level: what was written, what it is, how sure.
        public var summary: String {
            var parts = ["'\(query)' is \(place.name) (\(place.id))", place.kind.phrase]
            if let country = place.country { parts.append(country) }
            parts.append("confidence \(String(format: "%.2f", confidence))")
            if let distanceFromCentre { parts.append("\(DistanceText.kilometers(distanceFromCentre)) from the scenario's centre") }
            parts.append("matched '\(matched)'")
            return parts.joined(separator: ", ") + (reasons.isEmpty ? "" : " — doubtful: \(reasons.joined(separator: "; "))")
        }
    }

    public var file: String
    public var title: String
    public var subtitle: String?
    public var dateText: String?
    /// Map settings from the file's `map:` section (flags override them).
    public var map: MapSettings
    public var sources: [Source]
    public var assets: [Asset]
    public var sightings: [Sighting]
    public var markers: [Marker]
    /// Every place name resolved through the gazetteer, in file order.
    public var resolutions: [Resolution]
    /// The resolutions that are doubtful: each is a `warning:` (an error with `--strict`).
    public var doubtful: [Resolution] { resolutions.filter { $0.verdict != .sure } }
    /// Places of sightings by stop id, for marker kinds and labels.
    public var places: [String: Place]
    /// Passages (ships) or airspace (aircraft) each asset must avoid, by asset id.
    public var avoid: [String: [String]] = [:]
    /// Where each `avoid` entry is written, by asset id and lowercased entry.
    public var avoidLocations: [String: [String: SourceLocation]] = [:]

    /// The name of a source key, or the key itself.
    public func sourceName(_ key: String) -> String {
        sources.first { $0.id == key }?.name ?? key
    }
}
