import Foundation
import Geo

/// A name set along a line glyph by glyph: each grapheme cluster upright in its own turned
/// frame, where the Pango layout of the whole name puts it, so the name bends with the line.
/// Canvases draw every glyph's halo before any glyph, so no halo covers a neighbour.
struct PathText: Equatable {
    /// One grapheme cluster and its frame.
    struct Glyph: Equatable {
        /// The cluster's text.
        var text: String
        /// The top-left corner of the cluster's logical box, in page points (y down).
        var origin: ProjectedPoint
        /// Clockwise turn of the cluster about ``origin``, in radians.
        var rotation: Double
    }

    /// The whole name, as a reader (or a search in an SVG) finds it.
    var text: String
    var glyphs: [Glyph]
    var font: Font
    var color: Color
    /// A halo stroked behind the glyphs; `nil` for none.
    var halo: Color?
    /// How far the halo reaches beyond the glyph outlines, in points.
    var haloWidth: Double

    /// The grapheme clusters of `text`, composed, so an accented letter is one cluster of
    /// one scalar (an SVG places and turns its text scalar by scalar).
    static func clusters(_ text: String) -> [String] {
        text.precomposedStringWithCanonicalMapping.map(String.init)
    }

    /// Each cluster's offset from the start of the name, then the whole width, from the
    /// widths of its prefixes as `measure` gives them: for a measure that cannot lay out
    /// the whole name once (``Canvas/clusterOffsets(_:font:)`` does).
    static func prefixOffsets(_ clusters: [String], measure: (String) -> Double) -> [Double] {
        var offsets = [0.0]
        var prefix = ""
        for cluster in clusters {
            prefix += cluster
            offsets.append(measure(prefix))
        }
        return offsets
    }
}
