import Geo

/// A date on a track away from any named marker — when an asset passed a sea, a strait or a
/// position given as coordinates — set beside the line where it passes.
public struct TrackDate: Sendable, Equatable {
    /// Where the line passes, lon/lat degrees.
    public var coordinate: Coordinate
    /// The short date, e.g. "12 Dec", "~14 Dec", "mid-Dec".
    public var text: String

    /// A date `text` for the line at `coordinate`.
    public init(coordinate: Coordinate, text: String) {
        self.coordinate = coordinate
        self.text = text
    }
}
