import Foundation
import Geo

/// How an asset moves, which decides how its legs are routed.
public enum TravelMode: String, Sendable, Codable, CaseIterable {
    /// Geodesic arcs between airfields.
    case air
    /// Water-only paths through the sea areas and straits named.
    case sea
    /// Overland moves; drawn as geodesics until a road network exists.
    case road
}

/// How sure a report is, from most to least certain. A leg takes the less certain
/// status of its two ends: a leg from a reported to a planned stop is planned.
public enum Status: String, Sendable, Codable, CaseIterable, Comparable {
    /// Seen: imagery, a photograph, a tracked transponder.
    case observed
    /// Said by a named source, not seen.
    case reported
    /// Announced or expected, not yet happened.
    case planned
    /// Deduced by the analyst (a stop between two others, a likely port).
    case inferred

    /// More certain statuses order first: `observed < reported < planned < inferred`.
    public static func < (lhs: Status, rhs: Status) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Where an input value came from, for messages that point at it.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The file, as the user named it.
    public var file: String
    /// Line number, from 1.
    public var line: Int
    /// Column number, from 1.
    public var column: Int

    /// A location at `line` and `column` (both from 1) of `file`.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the file name escaped for a terminal (``TerminalText``).
    public var description: String { "\(TerminalText.escaped(file)):\(line):\(column)" }
}

/// A place a track passes: a point (base, port, `lon,lat`) or an area (sea, strait).
public struct Stop: Sendable, Hashable {
    /// Identifier of the gazetteer place, or the `lon,lat` text.
    public var id: String
    /// The name to show on the map.
    public var name: String
    /// The representative point.
    public var coordinate: Coordinate
    /// For seas and straits: the area a route must pass through.
    public var area: [Coordinate]?
    /// `true` for straits and canals: a route passes through their narrows, near
    /// `coordinate`, not merely anywhere in their approaches.
    public var isNarrows: Bool

    /// A stop at `coordinate` (degrees), through `area` (vertices in degrees) when given;
    /// `isNarrows` for straits and canals.
    public init(id: String, name: String, coordinate: Coordinate, area: [Coordinate]? = nil, isNarrows: Bool = false) {
        self.id = id
        self.name = name
        self.coordinate = coordinate
        self.area = area
        self.isNarrows = isNarrows
    }

    /// The area a sea route must pass through for this stop: a sea's polygon, or for a
    /// strait or canal a disc of 50 km radius (a 24-sided polygon) around its narrows point.
    public var transitArea: [Coordinate]? {
        guard isNarrows else { return area }
        return Stop.disc(center: coordinate, radius: Stop.narrowsRadius)
    }

    /// Radius of the disc a route must enter to pass a strait or canal, in meters.
    static let narrowsRadius = 50_000.0

    /// A 24-sided polygon approximating the geodesic circle of `radius` meters.
    static func disc(center: Coordinate, radius: Double) -> [Coordinate] {
        (0..<24).map { Geodesic.wgs84.destination(from: center, azimuth: Double($0) * 15, distance: radius) }
    }

    /// `true` for seas, straits and other areas.
    public var isArea: Bool { area != nil }

    /// The stop for a gazetteer place; straits and canals are narrows.
    public init(place: Place) {
        self.init(id: place.id, name: place.shortName, coordinate: place.coordinate, area: place.area,
                  isNarrows: place.kind == .strait || place.kind == .canal)
    }
}

/// Something that moves: a ship, an aircraft, a convoy, or a group moving together.
public struct Asset: Sendable, Hashable {
    /// Stable identifier, the scenario's asset key.
    public var id: String
    /// The name shown on the map and in messages.
    public var name: String
    /// How it moves, which decides how its legs are routed.
    public var mode: TravelMode
    /// Cruising speed in knots; `nil` uses the mode's default.
    public var speedKnots: Double?
    /// How many movements the asset stands for (e.g. 5 flights a day, 2 ships together).
    public var count: Int
    /// `true` for a track drawn exactly through its stops as given (an imported line),
    /// instead of routed by its mode.
    public var fixedPath: Bool
    /// `true` to draw, beside each voyage, the best ways round the major passages it uses.
    public var alternatives: Bool
    /// The name set along the track on a map: `nil` for the name with its count ("×2"),
    /// empty for no name.
    public var label: String?

    /// An asset moving by `mode`, at `speedKnots` knots when given, standing for `count`
    /// movements; routed unless `fixedPath`, without alternatives unless asked.
    public init(id: String, name: String, mode: TravelMode, speedKnots: Double? = nil, count: Int = 1,
                fixedPath: Bool = false, alternatives: Bool = false, label: String? = nil) {
        self.id = id
        self.name = name
        self.mode = mode
        self.speedKnots = speedKnots
        self.count = count
        self.fixedPath = fixedPath
        self.alternatives = alternatives
        self.label = label
    }

    /// The name a map sets along the track: ``label``, else the name with the count when
    /// the name does not already say a number ("Cargo flights ×7"); `nil` for none.
    public var trackLabel: String? {
        if let label { return label.isEmpty ? nil : label }
        guard count > 1, !name.contains(where: \.isNumber) else { return name }
        return "\(name) ×\(count)"
    }

    /// The cruising speed used for ETAs: the asset's, or the mode's
    /// ``TravelMode/defaultSpeedKnots`` (14 kn at sea, 420 kn in the air, 15 kn on the road).
    public var cruisingSpeedKnots: Double {
        speedKnots ?? mode.defaultSpeedKnots
    }
}

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
