import Geo

/// A label for a sea or other area, set in spaced italics at a representative point.
public struct AreaLabel: Sendable, Equatable {
    /// The point the label is centred on, in degrees; it may move a little to make room.
    public var coordinate: Coordinate
    /// The name to set.
    public var text: String
    /// Whether the area is land (a country, a region, an island), named in the country
    /// names' style, rather than water (a sea, a strait), named in blue italics.
    public var onLand: Bool

    /// A label `text` centred on `coordinate` (degrees), water unless `onLand`.
    public init(coordinate: Coordinate, text: String, onLand: Bool = false) {
        self.coordinate = coordinate
        self.text = text
        self.onLand = onLand
    }
}
