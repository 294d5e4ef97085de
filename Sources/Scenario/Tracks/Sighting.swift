import Foundation
import Geo
import Routes

/// One report of an asset at a place and time.
public struct Sighting: Sendable, Hashable {
    /// The ``Asset/id`` of the asset seen.
    public var asset: String
    /// Where it was seen.
    public var stop: Stop
    /// When; `nil` when the report gives no time (order then follows the file). For a span
    /// (a month, days, an approximate day) its ``TimeSpan/representative`` time.
    public var time: Date?
    /// The time as the report gives it, when it is more than an exact time.
    public var span: TimeSpan?
    /// How sure the report is.
    public var status: Status
    /// The source's key or name, e.g. "Maxar".
    public var source: String?
    /// What was seen, e.g. "2× An-124 with nose cones open".
    public var note: String?
    /// Where the scenario writes this sighting, for messages.
    public var location: SourceLocation?

    /// A sighting of the asset with id `asset` at `stop`, at `time` when given.
    public init(asset: String, stop: Stop, time: Date? = nil, status: Status, source: String? = nil,
                note: String? = nil, location: SourceLocation? = nil) {
        self.asset = asset
        self.stop = stop
        self.time = time
        self.status = status
        self.source = source
        self.note = note
        self.location = location
    }
}
