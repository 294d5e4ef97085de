import Geo

/// How sure a line or position is. Ordered from most to least certain.
public enum Certainty: String, Sendable, Codable, CaseIterable, Comparable {
    /// Seen, not only reported: a solid line.
    case observed
    /// Reported by a source, not seen: a dashed line.
    case reported
    /// Announced or expected, not yet done: a dotted line.
    case planned
    /// Inferred from other evidence, neither seen nor reported: a fainter dash-dot line.
    case inferred

    /// Whether `lhs` is more certain than `rhs` (observed < reported < planned < inferred).
    public static func < (lhs: Certainty, rhs: Certainty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
