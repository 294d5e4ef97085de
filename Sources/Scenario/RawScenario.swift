import Routes

/// A scenario as written: strings with their locations, before places are resolved and
/// values are checked. Produced by ``ScenarioReader``; checked by ``ScenarioResolver``.
public struct RawScenario: Sendable, Hashable {
    public struct Source: Sendable, Hashable {
        public var id: Located<String>
        public var name: Located<String>
        public var url: Located<String>?
    }

    public struct Place: Sendable, Hashable {
        public var id: Located<String>
        public var name: Located<String>?
        public var kind: Located<String>?
        public var position: Located<String>
        public var country: Located<String>?
    }

    public struct Asset: Sendable, Hashable {
        public var id: Located<String>
        public var name: Located<String>?
        public var mode: Located<String>?
        public var type: Located<String>?
        public var speed: Located<String>?
        public var count: Located<String>?
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
        public var quote: Located<String>?
        public var at: Located<String>?
    }

    public struct Sighting: Sendable, Hashable {
        public var location: SourceLocation
        public var asset: Located<String>?
        public var place: Located<String>?
        public var kind: Located<String>?
        public var time: Located<String>?
        public var status: Located<String>?
        public var source: Located<String>?
        public var note: Located<String>?
        public var evidence: Evidence?
    }

    public struct Marker: Sendable, Hashable {
        public var location: SourceLocation
        public var place: Located<String>?
        public var kind: Located<String>?
        public var label: Located<String>?
        public var note: Located<String>?
        public var source: Located<String>?
        public var importance: Located<String>?
        public var evidence: Evidence?
    }

    public var file: String
    public var title: Located<String>?
    public var subtitle: Located<String>?
    public var date: Located<String>?
    /// Map settings by key, as ``MapVocabulary/MapSetting`` defines them (the long
    /// command-line flags with `_` for `-`).
    public var map: [String: Located<String>]
    public var sources: [Source]
    public var places: [Place]
    public var assets: [Asset]
    public var sightings: [Sighting]
    public var markers: [Marker]
}
