import Geo
import MapVocabulary

/// Which detail inset a map draws.
public enum DetailInsetRequest: Sendable, Equatable {
    /// A magnified view of the largest group of markers that crowd each other, if any.
    case auto
    /// No detail inset.
    case off
    /// A magnified view of the markers within 50 km of these places (degrees).
    case places([Coordinate])
}
