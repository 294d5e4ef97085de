import Foundation
import Geo

/// One step of a fine path: a cell and the number of via-areas passed on arrival, and the
/// channel taken to reach it, if any.
struct PathStep: Equatable {
    var cell: Int
    var layer: Int
    var channel: Int?
}
