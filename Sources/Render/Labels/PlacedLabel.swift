import Geo

/// A label that found a place: its box, where its text starts, and an optional leader line
/// from the anchor to the box.
struct PlacedLabel: Sendable, Equatable {
    /// The ``LabelPlacer/Request/id`` of the request it answers.
    var id: Int
    /// Where the label's text goes, in page points.
    var box: PageBox
    /// A line from the anchor to the nearest point of the box (page points), for labels
    /// placed away from their anchor; `nil` beside it.
    var leader: (ProjectedPoint, ProjectedPoint)?

    /// Equal when id, box and leader ends are equal (tuples are not `Equatable`).
    static func == (lhs: PlacedLabel, rhs: PlacedLabel) -> Bool {
        lhs.id == rhs.id && lhs.box == rhs.box && lhs.leader?.0 == rhs.leader?.0 && lhs.leader?.1 == rhs.leader?.1
    }
}
