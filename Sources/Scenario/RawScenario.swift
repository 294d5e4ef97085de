import Routes

/// A scenario as written: strings with their locations, before places are resolved and
/// values are checked. Produced by ``ScenarioReader``; checked by ``ScenarioResolver``.
public struct RawScenario: Sendable, Hashable {
    /// An entry of `sources:`, a source sightings and markers cite.
    public struct Source: Sendable, Hashable {
        /// The key sightings use in `source:`.
        public var id: Located<String>
        /// The name for the credit line (the id when not given).
        public var name: Located<String>
        /// Where the source can be read, as written.
        public var url: Located<String>?
    }

    /// An entry of `places:`, a place the gazetteer does not know.
    public struct Place: Sendable, Hashable {
        /// The key sightings and markers use in `place:`.
        public var id: Located<String>
        /// The name to show (the id when absent).
        public var name: Located<String>?
        /// A place kind such as `port` or `air_base` (a city when absent).
        public var kind: Located<String>?
        /// The position as written, `lon,lat` in decimal degrees.
        public var position: Located<String>
        /// The country as written, e.g. an ISO code.
        public var country: Located<String>?
    }

    /// An entry of `assets:`, something that moves.
    public struct Asset: Sendable, Hashable {
        /// The key sightings use in `asset:`.
        public var id: Located<String>
        /// The name to show (the id when absent).
        public var name: Located<String>?
        /// `air`, `sea` or `road`, or a word for one (`ship`, `aircraft`, `convoy`).
        public var mode: Located<String>?
        /// What it is, as written (`Il-76`, `Ropucha class`); kept, not checked or drawn.
        public var type: Located<String>?
        /// Cruising speed as written: `14`, `14 kn`, `26 km/h` or `16 mph`.
        public var speed: Located<String>?
        /// How many movements a line of this asset stands for, as written.
        public var count: Located<String>?
        /// Passages (ships) or countries and groups of countries (aircraft) to keep out of,
        /// each as written.
        public var avoid: [Located<String>]
        /// `alternatives: true`: draw the best ways round the major passages its voyages use.
        public var alternatives: Located<String>? = nil
        /// Drawn through its sightings as given (`fixed: true`, or a GeoJSON line), not routed.
        public var fixed = false
        /// `label: false` draws no name along the track; `label: TEXT` draws TEXT instead of the name.
        public var label: Located<String>? = nil
    }

    /// Where a line comes from: the report's words and their `LINE:COL`.
    public struct Evidence: Sendable, Hashable {
        /// `evidence`: the report's words, copied exactly.
        public var quote: Located<String>?
        /// `evidence_at`: where the words start in the report, `LINE:COL` (1-based).
        public var at: Located<String>?
    }

    /// An entry of `sightings:` (or a row or point of a table or GeoJSON file): an asset at
    /// a place.
    public struct Sighting: Sendable, Hashable {
        /// Where the entry starts in its file.
        public var location: SourceLocation
        /// The `assets:` id.
        public var asset: Located<String>?
        /// The place as written: a name, a `places:` id or a position.
        public var place: Located<String>?
        /// A place kind that narrows the lookup (`canal`, `air_base` …).
        public var kind: Located<String>?
        /// The time as written: an instant, a day, a month, a span of days or `~day`.
        public var time: Located<String>?
        /// `observed`, `reported`, `planned` or `inferred`, as written.
        public var status: Located<String>?
        /// The `sources:` id.
        public var source: Located<String>?
        /// What was seen; carried into exports (KML, CSV), not drawn.
        public var note: Located<String>?
        /// The words of the report the sighting comes from; not drawn.
        public var evidence: Evidence?
    }

    /// An entry of `markers:`, a place to mark with a note.
    public struct Marker: Sendable, Hashable {
        /// Where the entry starts in its file.
        public var location: SourceLocation
        /// The place as written: a name, a `places:` id or a position.
        public var place: Located<String>?
        /// A place kind that narrows the lookup.
        public var kind: Located<String>?
        /// The label to show (the place's short name when absent).
        public var label: Located<String>?
        /// A second line under the label.
        public var note: Located<String>?
        /// The `sources:` id.
        public var source: Located<String>?
        /// Label priority as written, an integer 0…100; higher is placed first.
        public var importance: Located<String>?
        /// The words of the report the marker comes from; not drawn.
        public var evidence: Evidence?
    }

    /// The path the scenario was read from (`<stdin>` for standard input), for messages.
    public var file: String
    /// `title:`, the map's title.
    public var title: Located<String>?
    /// `subtitle:`, one line under the title.
    public var subtitle: Located<String>?
    /// `date:`, the date or span the map shows as it should read.
    public var date: Located<String>?
    /// Map settings by key, as ``MapVocabulary/MapSetting`` defines them (the long
    /// command-line flags with `_` for `-`).
    public var map: [String: Located<String>]
    /// `sources:`, in file order.
    public var sources: [Source]
    /// `places:`, in file order.
    public var places: [Place]
    /// `assets:`, in file order.
    public var assets: [Asset]
    /// `sightings:`, in file order.
    public var sightings: [Sighting]
    /// `markers:`, in file order.
    public var markers: [Marker]
}
