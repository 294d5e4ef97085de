import Geo

/// An axis-aligned box on the page, in points from the top-left corner, y down.
public struct PageBox: Sendable, Equatable {
    /// The left edge, in points from the page's left.
    public var x: Double
    /// The top edge, in points from the page's top (y grows down).
    public var y: Double
    /// The width in points.
    public var width: Double
    /// The height in points.
    public var height: Double

    /// A box from its top-left corner and size, all in points.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Whether the two boxes overlap; boxes that only touch along an edge do not.
    public func intersects(_ other: PageBox) -> Bool {
        x < other.x + other.width && other.x < x + width && y < other.y + other.height && other.y < y + height
    }

    /// The box shrunk by `amount` points on every side (grown when negative).
    func inset(by amount: Double) -> PageBox {
        PageBox(x: x + amount, y: y + amount, width: width - 2 * amount, height: height - 2 * amount)
    }

    /// Whether `other` lies wholly inside this box (edges may touch).
    public func contains(_ other: PageBox) -> Bool {
        other.x >= x && other.y >= y && other.x + other.width <= x + width && other.y + other.height <= y + height
    }
}
