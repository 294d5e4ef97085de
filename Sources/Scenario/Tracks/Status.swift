import Foundation
import Geo
import Routes

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
