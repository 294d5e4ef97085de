import Geo

/// A report to draft from: its text and what names it.
public struct DraftReport: Sendable {
    /// The report's text, as read (plain text, any line breaks).
    public var text: String
    /// The name sightings cite (`--source`, else the file name).
    public var sourceName: String
    /// Where the report was published, when known; cited in the draft's `sources:`.
    public var url: String?
    /// The report's date; `nil` to look for a dateline in the text.
    public var date: CivilDay?

    /// A report with its `text`, the name sightings cite it by, and optionally its URL and
    /// date (without a date the text's dateline is looked for).
    public init(text: String, sourceName: String, url: String? = nil, date: CivilDay? = nil) {
        self.text = text
        self.sourceName = sourceName
        self.url = url
        self.date = date
    }
}
