import Geo

/// A point to mark and label.
public struct MapMarker: Sendable, Equatable {
    /// Where the marker goes, in degrees.
    public var coordinate: Coordinate
    /// What it stands for, which sets the symbol.
    public var kind: MarkerKind
    /// The label set beside the symbol.
    public var label: String
    /// A second, smaller line under the label, e.g. what was seen there and when.
    public var detail: String?
    /// Higher is placed first and dropped last when labels collide.
    public var importance: Int
    /// When the place was reported, short ("12–14 Dec", "~16 Dec"), set between the label
    /// and the detail; the first thing left out when labels run out of room.
    public var date: String?

    /// A marker at `coordinate` (degrees); importance 1 unless given.
    public init(coordinate: Coordinate, kind: MarkerKind, label: String, detail: String? = nil, importance: Int = 1,
                date: String? = nil) {
        self.coordinate = coordinate
        self.kind = kind
        self.label = label
        self.detail = detail
        self.importance = importance
        self.date = date
    }
}
