import Foundation
import Geo

/// A sea whose winter ice the route notes without closing it (the Gulfs of Bothnia and
/// Finland): ships with ice class and icebreaker escort keep sailing there in winter.
struct IceArea: Sendable, Equatable {
    var id: String
    /// The sea's name, e.g. "Gulf of Bothnia".
    var name: String
    /// Where the ice lies, degrees.
    var area: [Coordinate]
    /// When the sea is usually ice-bound.
    var season: PassageSeason
    /// The seasonal passage whose waters these are, if any: a route through that passage
    /// has its season noted already, so this sea's ice is not noted again.
    var passage: String?

    init(id: String, name: String, area: [Coordinate], season: PassageSeason, passage: String? = nil) {
        self.id = id
        self.name = name
        self.area = area
        self.season = season
        self.passage = passage
    }
}
