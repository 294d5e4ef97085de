import Geo

/// A report to draft from: its text and what names it.
public struct DraftReport: Sendable {
    public var text: String
    /// The name sightings cite (`--source`, else the file name).
    public var sourceName: String
    public var url: String?
    /// The report's date; `nil` to look for a dateline in the text.
    public var date: CivilDay?

    public init(text: String, sourceName: String, url: String? = nil, date: CivilDay? = nil) {
        self.text = text
        self.sourceName = sourceName
        self.url = url
        self.date = date
    }
}

/// A scenario drafted from reports, every line with the words it came from.
public struct DraftScenario: Sendable {
    public struct Source: Sendable, Hashable {
        public var id: String
        public var name: String
        public var url: String?
    }

    public struct Asset: Sendable, Hashable {
        public var id: String
        public var name: String
        public var kind: AssetKind
        public var count: Int?
    }

    /// Where a line of the draft comes from: the exact words, and their line and column.
    public struct Evidence: Sendable, Hashable {
        public var quote: String
        public var line: Int
        public var column: Int
        public var source: String
    }

    public struct Sighting: Sendable, Hashable {
        public var asset: String
        /// The place as the scenario should name it (a name that reads back to the same place).
        public var place: String
        public var placeID: String
        public var kind: PlaceKind?
        public var time: DraftTime?
        public var status: String
        public var evidence: Evidence
        /// What the draft could not settle, for the analyst ("'Kilyos' is not placed: …").
        public var comments: [String]
    }

    public struct Marker: Sendable, Hashable {
        public var place: String
        public var placeID: String
        public var kind: PlaceKind?
        public var evidence: Evidence
    }

    public var title: String
    public var sources: [Source]
    public var assets: [Asset]
    public var sightings: [Sighting]
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
