import Foundation
import Geo
import Routes

/// An asset's sightings in order of time.
public struct Track: Sendable, Hashable {
    /// The asset that moves.
    public var asset: Asset
    /// Its sightings, in time order (untimed ones after the timed sighting before them in
    /// the input).
    public var sightings: [Sighting]

    /// A track of `asset` through `sightings`, kept in the order given.
    public init(asset: Asset, sightings: [Sighting]) {
        self.asset = asset
        self.sightings = sightings
    }
}
