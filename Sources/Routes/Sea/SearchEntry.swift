/// A priority-queue entry: a search state and its estimated total cost (meters).
struct SearchEntry: Comparable {
    var estimate: Double
    var state: Int

    static func < (lhs: SearchEntry, rhs: SearchEntry) -> Bool { lhs.estimate < rhs.estimate }
}
