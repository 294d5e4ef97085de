import Foundation
import Geo

extension MapPainter {
    /// The names of the tracks, each set once along its line, or a key letter.
    struct TrackLabels {
        var tracks: [TrackLabeler.Track]
        var placements: [TrackLabeler.Placement]
        var keys: [TrackLabeler.Key]

        /// Where the names and keys lie, for other labels to keep clear of.
        var boxes: [PageBox] { placements.map(\.bounds) + keys.map(\.box) }

        /// The legend's key rows: letter, name and colour.
        var legendKeys: [Legend.TrackKey] {
            keys.map { Legend.TrackKey(letter: $0.letter, text: tracks[$0.track].text, color: tracks[$0.track].color) }
        }
    }

    var trackFont: Font { theme.font(size: 12.5, bold: true, italic: true) }
    var keyFont: Font { theme.font(size: 10.5, bold: true) }

    /// One track per distinct route label (an asset's legs share its label), with its lines.
    func labelledTracks(_ lines: [[[ProjectedPoint]]]) -> [TrackLabeler.Track] {
        var tracks: [TrackLabeler.Track] = []
        var byText: [String: Int] = [:]
        for (route, pieces) in zip(document.routes, lines) {
            guard let text = route.label, !text.isEmpty, !pieces.isEmpty else { continue }
            let style = RouteStyle(mode: route.mode, certainty: route.certainty, count: route.count, theme: theme)
            if let index = byText[text] {
                tracks[index].pieces += pieces
                tracks[index].lineWidth = max(tracks[index].lineWidth, style.pen.width)
            } else {
                byText[text] = tracks.count
                tracks.append(.init(text: text, pieces: pieces, color: style.pen.color.opacity(1), lineWidth: style.pen.width))
            }
        }
        return tracks
    }

    /// Places the track names clear of `obstacles` and of where the `markers`' own names
    /// are likely to go (to their right).
    func placeTrackLabels(_ tracks: [TrackLabeler.Track], obstacles: [PageBox],
                          markers: [(MapMarker, ProjectedPoint)], memo: TrackLabelMemo,
                          on canvas: Canvas) -> TrackLabels {
        var reserved = obstacles
        for (marker, point) in markers {
            let r = MarkerSymbol.radius(for: marker.kind)
            let width = canvas.measure(marker.label, font: labelFont, letterSpacing: 0).width
            reserved.append(PageBox(x: point.x - r - 2, y: point.y - 11, width: width + 2 * r + 8, height: 22))
        }
        let font = trackFont
        let labeler = TrackLabeler(page: labelArea,
                                   obstacles: reserved, measure: { canvas.measure($0, font: font, letterSpacing: 0) },
                                   clusterOffsets: { canvas.clusterOffsets($0, font: font) }, memo: memo)
        let (placements, keys) = labeler.place(tracks)
        return TrackLabels(tracks: tracks, placements: placements, keys: keys)
    }

    /// Draws the names along their lines and the keys on theirs.
    func drawTrackLabels(_ labels: TrackLabels, on canvas: Canvas) {
        guard !labels.placements.isEmpty || !labels.keys.isEmpty else { return }
        canvas.beginLayer("track-labels")
        for placement in labels.placements {
            let track = labels.tracks[placement.track]
            canvas.draw(PathText(text: track.text, glyphs: placement.glyphs, font: trackFont, color: track.color,
                                 halo: theme.halo, haloWidth: 2.5))
        }
        for key in labels.keys {
            let track = labels.tracks[key.track]
            Self.drawKey(key.letter, at: key.center, color: track.color, font: keyFont, theme: theme, on: canvas)
        }
        canvas.endLayer()
    }

    /// A key letter in a white disc ringed in the track's colour.
    static func drawKey(_ letter: String, at center: ProjectedPoint, color: Color, font: Font, theme: Theme, on canvas: Canvas) {
        let disc = Path.circle(center: center, radius: TrackLabeler.keyRadius)
        canvas.fill(disc, color: theme.halo)
        canvas.stroke(disc, pen: Pen(width: 1.8, color: color))
        let extent = canvas.measure(letter, font: font, letterSpacing: 0)
        canvas.draw(TextRun(text: letter, origin: ProjectedPoint(x: center.x - extent.width / 2, y: center.y - extent.height / 2),
                            font: font, color: color))
    }
}
