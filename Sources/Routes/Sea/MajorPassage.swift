import Foundation
import Geo

/// A passage or group of passages a navigator weighs as one choice ("Suez or the Cape").
struct MajorPassage: Sendable {
    /// How a reader names the choice: "Turkish Straits".
    var name: String
    /// The passage ids closed to avoid it.
    var ids: [String]
    /// Passages closed by default that the way round it takes (the Kiel Canal round the
    /// Danish straits).
    var opens: [String] = []

    /// The choices ``SeaRouter/alternatives(_:options:)`` weighs, in the order tried.
    static let all: [MajorPassage] = [
        MajorPassage(name: "Suez Canal", ids: ["suez"]),
        MajorPassage(name: "Panama Canal", ids: ["panama"]),
        MajorPassage(name: "Turkish Straits", ids: ["bosporus", "dardanelles"]),
        MajorPassage(name: "Strait of Gibraltar", ids: ["gibraltar"]),
        MajorPassage(name: "Bab el-Mandeb", ids: ["bab-el-mandeb"]),
        MajorPassage(name: "Strait of Hormuz", ids: ["hormuz"]),
        MajorPassage(name: "Strait of Malacca", ids: ["malacca", "singapore"]),
        MajorPassage(name: "Strait of Dover", ids: ["dover"]),
        MajorPassage(name: "Danish straits", ids: ["oresund", "great-belt", "little-belt"], opens: ["kiel"]),
        MajorPassage(name: "Kiel Canal", ids: ["kiel"]),
        MajorPassage(name: "Bering Strait", ids: ["bering"]),
        MajorPassage(name: "Northern Sea Route", ids: ["northern-sea-route"]),
        MajorPassage(name: "Northwest Passage", ids: ["northwest-passage"]),
    ]
}
