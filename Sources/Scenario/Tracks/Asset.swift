import Foundation
import Geo
import Routes

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
