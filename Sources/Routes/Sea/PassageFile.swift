import Foundation
import Geo

/// The JSON form of `passages.json`.
struct PassageFile: Decodable {
    struct Season: Decodable {
        var opens: String
        var closes: String
        var source: String
    }
    struct Ice: Decodable {
        var id: String
        var name: String
        var area: [[Double]]
        var season: Season
        var passage: String?
    }
    struct Item: Decodable {
        var id: String
        var name: String
        var canal: Bool
        var open: Bool
        var gate: [[Double]]
        var channel: [[Double]]?
        var season: Season?
    }
    var passages: [Item]
    var ice: [Ice]?
}
