import Geo
import Foundation

/// Sines and cosines of every row's centre latitude and every column's centre longitude of a
/// ``WaterGrid``, so the searches get a cell's unit vector without trigonometry.
///
/// `vector(of:)` multiplies the same factors `UnitVector(grid.center(of:))` does, so the two
/// agree bit for bit. Built with the grid, in about a millisecond (height + width sine/cosine pairs).
struct CellVectors: Sendable {
    let width: Int
    private let cosLatitude: [Double]
    private let sinLatitude: [Double]
    private let cosLongitude: [Double]
    private let sinLongitude: [Double]

    /// The grid's table, made when the grid was loaded.
    init(grid: WaterGrid) {
        self = grid.vectors
    }

    /// The table for a grid of `cellsPerDegree`, `width` columns and `height` rows, with the
    /// centres ``WaterGrid/latitude(row:)`` and ``WaterGrid/longitude(column:)`` give.
    init(cellsPerDegree: Int, width: Int, height: Int) {
        self.width = width
        let k = Double(cellsPerDegree)
        let phi = (0..<height).map { row -> Double in
            let latitude: Double = 90 - (Double(row) + 0.5) / k
            return latitude * .pi / 180
        }
        let lambda = (0..<width).map { column -> Double in
            let longitude: Double = -180 + (Double(column) + 0.5) / k
            return longitude * .pi / 180
        }
        cosLatitude = phi.map { cos($0) }
        sinLatitude = phi.map { sin($0) }
        cosLongitude = lambda.map { cos($0) }
        sinLongitude = lambda.map { sin($0) }
    }

    /// The unit vector of a cell's centre.
    @inline(__always)
    func vector(of cell: Int) -> UnitVector {
        let row = cell / width, column = cell % width
        let c = cosLatitude[row]
        return UnitVector(x: c * cosLongitude[column], y: c * sinLongitude[column], z: sinLatitude[row])
    }

    /// The unit vector of the centre of the cell at `row` and wrapped `column`.
    @inline(__always)
    func vector(row: Int, column: Int) -> UnitVector {
        let c = cosLatitude[row]
        return UnitVector(x: c * cosLongitude[column], y: c * sinLongitude[column], z: sinLatitude[row])
    }

    /// The normalised sum of the unit vectors of a `size`×`size` square of cells from `row`,
    /// `column` (both within the grid): the sums separate by row and column, so 2·size terms.
    func squareMean(row: Int, column: Int, size: Int) -> UnitVector {
        var sumCosLat = 0.0, sumSinLat = 0.0, sumCosLon = 0.0, sumSinLon = 0.0
        for r in row..<(row + size) { sumCosLat += cosLatitude[r]; sumSinLat += sinLatitude[r] }
        for c in column..<(column + size) { sumCosLon += cosLongitude[c]; sumSinLon += sinLongitude[c] }
        let x = sumCosLat * sumCosLon, y = sumCosLat * sumSinLon, z = Double(size) * sumSinLat
        let norm = (x * x + y * y + z * z).squareRoot()
        return UnitVector(x: x / norm, y: y / norm, z: z / norm)
    }
}
