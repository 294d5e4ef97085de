import Foundation
import Geo
import MapVocabulary
import Routes

/// A checked scenario: places resolved, values parsed, ready to route and draw.
public struct Scenario: Sendable {
    /// A source sightings and markers cite.
    public struct Source: Sendable, Hashable {
        /// The key sightings use.
        public var id: String
        /// The name the credit line shows.
        public var name: String
        /// Where the source can be read.
        public var url: String?
    }

    /// A place to mark with a note, beyond those the tracks pass.
    public struct Marker: Sendable, Hashable {
        /// The resolved place, with its position in degrees.
        public var place: Place
        /// The label to show.
        public var label: String
        /// A second line under the label.
        public var note: String?
        /// The `sources:` id.
        public var source: String?
        /// Label priority 0…100: higher is placed first and dropped last.
        public var importance: Int
        /// Where the marker is written, for messages.
        public var location: SourceLocation
    }

    /// How a place the scenario names was matched, for `validate` to report.
    public struct Resolution: Sendable, Hashable {
        /// The place as the scenario writes it.
        public var query: String
        /// The place it was read as.
        public var place: Place
        /// The gazetteer name, alias or code that matched (``Geo/PlaceMatch/matched``).
        public var matched: String
        /// How well the text matched, 0…1 (``Geo/PlaceMatch/score``); 1 is exact.
        public var score: Double
        /// Where the place is written.
        public var location: SourceLocation
        /// 0…1; sure at 0.85 and above, doubtful below (see ``Geo/PlaceResolution``).
        public var confidence: Double
        /// Sure or doubtful, from the confidence (a refused place is a problem, not a resolution).
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

    /// The path the scenario was read from, for messages.
    public var file: String
    /// The map's title.
    public var title: String
    /// One line under the title.
    public var subtitle: String?
    /// The date or span the map shows, as the file writes it; `nil` lets the map show the
    /// span of the sightings' times.
    public var dateText: String?
    /// Map settings from the file's `map:` section (flags override them).
    public var map: MapSettings
    /// The declared sources, in file order.
    public var sources: [Source]
    /// The assets with their modes, speeds (knots) and counts, in file order.
    public var assets: [Asset]
    /// The sightings with resolved places and parsed times, in file order.
    public var sightings: [Sighting]
    /// The markers with resolved places, in file order.
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
