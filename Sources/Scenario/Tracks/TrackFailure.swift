import Foundation
import Geo

/// Routing a track failed at one of its sightings: the one whose stop a leg could not
/// leave or reach, or the sea area no water path passes. Its ``Sighting/location`` says
/// where the scenario writes that stop.
public struct TrackFailure: Error, CustomStringConvertible {
    /// The asset whose track failed.
    public var asset: Asset
    /// The sighting that broke the track.
    public var sighting: Sighting
    /// The router's error.
    public var error: any Error

    /// Pins the router's `error` to the `sighting` of `asset` it is about.
    public init(asset: Asset, sighting: Sighting, error: any Error) {
        self.asset = asset
        self.sighting = sighting
        self.error = error
    }

    /// `cannot route 'Ivan Gren' at Caspian Sea: no water path …`.
    public var description: String { "cannot route '\(asset.name)' at \(sighting.stop.name): \(error)" }
}

extension TrackFailure: DescribedError {}
