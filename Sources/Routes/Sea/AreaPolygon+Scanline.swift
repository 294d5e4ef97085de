extension AreaPolygon {
    /// The longitudes (in the polygon's unwrapped frame, degrees) where the parallel at
    /// `latitude` crosses the polygon's edges, ascending: a point of that parallel lies
    /// inside when it is at or east of an even-numbered crossing and west of the next
    /// (counting from 0), as ``contains(_:)`` decides with the same arithmetic.
    func crossings(atLatitude latitude: Double) -> [Double] {
        guard latitude >= south, latitude <= north, longitudes.count >= 3 else { return [] }
        var result: [Double] = []
        var j = longitudes.count - 1
        for i in 0..<longitudes.count {
            let yi = latitudes[i], yj = latitudes[j]
            if (yi > latitude) != (yj > latitude) {
                result.append(longitudes[i] + (latitude - yi) / (yj - yi) * (longitudes[j] - longitudes[i]))
            }
            j = i
        }
        return result.sorted()
    }
}
