/// A binary min-heap of search states keyed by estimated total cost, shared by the sea
/// searches and the flight router's visibility-graph search.
///
/// Each entry is one 64-bit word: the key as a Float32's bits (non-negative floats order
/// like their bit patterns) above the state's 32 bits, so a push or pop compares and moves
/// plain integers. Keys are rounded to Float32 (a relative 6e-8, under 2 m at 20,000 km);
/// the searches keep exact Double path costs, the key only orders the frontier. Equal keys
/// pop in state order, so results are the same on every run. Push and pop are O(log n).
struct MinQueue {
    private var entries: [UInt64] = []

    init(capacity: Int = 0) {
        entries.reserveCapacity(capacity)
    }

    var isEmpty: Bool { entries.isEmpty }

    /// Adds `state` (0 ..< 2³²) with a non-negative `key`.
    mutating func push(_ key: Double, _ state: Int) {
        let entry = UInt64(Float(key).bitPattern) << 32 | UInt64(UInt32(truncatingIfNeeded: state))
        var index = entries.count
        entries.append(entry)
        entries.withUnsafeMutableBufferPointer { e in
            while index > 0 {
                let parent = (index - 1) >> 1
                guard entry < e[parent] else { break }
                e[index] = e[parent]
                index = parent
            }
            e[index] = entry
        }
    }

    /// Removes and returns the state with the smallest key, or nil when empty.
    mutating func pop() -> Int? {
        guard let top = entries.first else { return nil }
        let last = entries.removeLast()
        let count = entries.count
        if count > 0 {
            entries.withUnsafeMutableBufferPointer { e in
                var index = 0
                while true {
                    var child = 2 * index + 1
                    guard child < count else { break }
                    if child + 1 < count && e[child + 1] < e[child] { child += 1 }
                    guard e[child] < last else { break }
                    e[index] = e[child]
                    index = child
                }
                e[index] = last
            }
        }
        return Int(top & 0xFFFF_FFFF)
    }
}
