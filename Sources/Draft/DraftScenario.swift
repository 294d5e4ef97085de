import Geo

/// A scenario drafted from reports, every line with the words it came from.
public struct DraftScenario: Sendable {
    /// A report as the draft's `sources:` cite it.
    public struct Source: Sendable, Hashable {
        /// The source key sightings cite, a slug of the report's name.
        public var id: String
        /// The report's name, as given.
        public var name: String
        /// Where the report was published, when known.
        public var url: String?
    }

    /// Something the reports say moved.
    public struct Asset: Sendable, Hashable {
        /// The asset key, a slug of its name.
        public var id: String
        /// The name as the reports write it ("HMS Richmond", "C-17").
        public var name: String
        /// A ship, an aircraft or a convoy, which sets the scenario's `mode:`.
        public var kind: AssetKind
        /// How many moved together, when the reports say more than one.
        public var count: Int?
    }

    /// Where a line of the draft comes from: the exact words, and their line and column.
    public struct Evidence: Sendable, Hashable {
        /// The sentence the line comes from, as written.
        public var quote: String
        /// Line of the sentence in its report, from 1.
        public var line: Int
        /// Column of the sentence in its report, from 1.
        public var column: Int
        /// The ``Source/id`` of the report.
        public var source: String
    }

    /// One movement or position of an asset the reports give.
    public struct Sighting: Sendable, Hashable {
        /// The ``Asset/id`` of the asset.
        public var asset: String
        /// The place as the scenario should name it (a name that reads back to the same place).
        public var place: String
        /// The gazetteer id of the place, e.g. `airbase:ramstein`.
        public var placeID: String
        /// The place's kind, written when the bare name would not read back to this place.
        public var kind: PlaceKind?
        /// When, as the report says it; `nil` when it does not.
        public var time: DraftTime?
        /// The scenario's status: `observed`, `reported`, `planned` or `inferred`.
        public var status: String
        /// The words the sighting comes from.
        public var evidence: Evidence
        /// What the draft could not settle, for the analyst ("'Kilyos' is not placed: …").
        public var comments: [String]
    }

    /// A place the reports name that is no asset's stop: drawn as a marker.
    public struct Marker: Sendable, Hashable {
        /// The place as the scenario should name it.
        public var place: String
        /// The gazetteer id of the place.
        public var placeID: String
        /// The place's kind, written when the bare name would not read back to this place.
        public var kind: PlaceKind?
        /// The words the marker comes from.
        public var evidence: Evidence
    }

    /// The scenario's title: the first report's headline, else "Draft from …" naming the
    /// reports.
    public var title: String
    /// The reports, in the order given.
    public var sources: [Source]
    /// The assets found, merged by name across reports.
    public var assets: [Asset]
    /// The sightings, asset by asset (by ``Asset/id``), each asset's in the order it moved.
    public var sightings: [Sighting]
    /// Places named without an asset at them.
    public var markers: [Marker]
    /// Mentions that could not be placed with confidence and belong to no sighting.
    public var unplaced: [String]
    /// One line each for the user: no movement found, no date to read relative times by.
    public var notices: [String]
    /// One line per place name read, for `--verbose`: where, what it was read as, and what
    /// the draft made of it ("3:41 'Ramstein' → airbase:ramstein, sure; from, of c-17").
    public var readings: [String] = []

    /// `true` when the reports gave at least one movement or position of an asset.
    public var hasMovement: Bool { !sightings.isEmpty }
}
