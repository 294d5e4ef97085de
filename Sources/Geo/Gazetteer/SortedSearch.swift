/// Binary search over ascending collections.
enum SortedSearch {
    /// The first position whose element is not less than `value`.
    static func lowerBound<C: RandomAccessCollection>(_ array: C, _ value: C.Element) -> Int
    where C.Element: Comparable, C.Index == Int {
        var low = 0, high = array.count
        while low < high {
            let middle = (low + high) / 2
            if array[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
