import Foundation
import Geo

/// The legend, generated from what the map actually uses: one row per route mode and
/// certainty drawn with its real pen, one row per marker kind with its real symbol.
struct Legend {
    enum Entry: Equatable {
        case route(RouteMode, Certainty)
        case marker(MarkerKind)
        /// A way round a voyage could have taken.
        case alternative
        /// A track whose name had no room along its line, by its key letter.
        case track(TrackKey)
        /// A line of text with no sample, e.g. that some dates were left out.
        case note(String)
    }

    /// A track's key letter and the name it stands for, in the track's colour.
    struct TrackKey: Equatable {
        var letter: String
        var text: String
        var color: Color
    }

    var entries: [Entry]
    var theme: Theme
    let font: Font
    let titleFont: Font
    let sampleWidth = 44.0
    let rowHeight = 20.0
    let padding = 10.0
    /// The entries flow down this many columns, each as wide as the widest entry: a small
    /// page takes a lower, wider legend.
    var columns = 1
    let columnGap = 14.0

    /// The widest a track key's name may be, in points; a longer one is cut with an ellipsis.
    var textWidthLimit = Double.infinity

    /// Rows per column.
    var rows: Int { (entries.count + columns - 1) / max(columns, 1) }

    init(document: MapDocument, theme: Theme, keys: [TrackKey] = [], datesOmitted: Bool = false) {
        var routeKeys: [(RouteMode, Certainty)] = []
        for route in document.routes where !routeKeys.contains(where: { $0 == (route.mode, route.certainty) }) {
            routeKeys.append((route.mode, route.certainty))
        }
        routeKeys.sort { (RouteMode.allCases.firstIndex(of: $0.0)!, $0.1) < (RouteMode.allCases.firstIndex(of: $1.0)!, $1.1) }
        let markerKinds = MarkerKind.allCases.filter { kind in document.markers.contains { $0.kind == kind } }
        entries = routeKeys.map { .route($0.0, $0.1) } + (document.alternatives.isEmpty ? [] : [.alternative])
            + markerKinds.map { .marker($0) } + keys.map { .track($0) }
            + (datesOmitted ? [.note("Some dates left out for room")] : [])
        self.theme = theme
        font = theme.font(size: 13)
        titleFont = theme.font(size: 13, bold: true)
    }

    static func text(for entry: Entry) -> String {
        switch entry {
        case let .route(mode, certainty):
            let modeName = ["air": "Flight", "sea": "Sea passage", "road": "Road move"][mode.rawValue]!
            return "\(modeName), \(certainty.rawValue)"
        case let .marker(kind): return MarkerSymbol.legendName(kind)
        case .alternative: return "Other way, not taken"
        case let .track(key): return key.text
        case let .note(text): return text
        }
    }

    /// The entry's text as drawn: a track's name cut with an ellipsis to fit
    /// ``textWidthLimit``; the legend's own words are never cut.
    func label(for entry: Entry, on canvas: Canvas) -> String {
        let text = Legend.text(for: entry)
        guard case .track = entry, textWidthLimit.isFinite, canvas.measure(text, font: font, letterSpacing: 0).width > textWidthLimit else { return text }
        var kept = Substring(text)
        while kept.count > 1 {
            kept = kept.dropLast()
            let candidate = kept.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) + "…"
            if canvas.measure(candidate, font: font, letterSpacing: 0).width <= textWidthLimit { return candidate }
        }
        return "…"
    }

    func size(on canvas: Canvas) -> (width: Double, height: Double) {
        guard !entries.isEmpty else { return (0, 0) }
        let widest = entries.map { canvas.measure(label(for: $0, on: canvas), font: font, letterSpacing: 0).width }.max() ?? 0
        let titleWidth = canvas.measure("Legend", font: titleFont, letterSpacing: 0).width
        let columnCount = Double(min(columns, entries.count))
        return (max((widest + sampleWidth + 10) * columnCount + columnGap * (columnCount - 1), titleWidth) + 2 * padding,
                Double(rows) * rowHeight + 22 + 2 * padding - 4)
    }

    func draw(on canvas: Canvas, at origin: ProjectedPoint) {
        guard !entries.isEmpty else { return }
        let (width, height) = size(on: canvas)
        canvas.fill(Path.rectangle(x: origin.x, y: origin.y, width: width, height: height), color: theme.panel)
        canvas.draw(TextRun(text: "Legend", origin: ProjectedPoint(x: origin.x + padding, y: origin.y + padding),
                            font: titleFont, color: theme.panelText))
        let columnWidth = (entries.map { canvas.measure(label(for: $0, on: canvas), font: font, letterSpacing: 0).width }.max() ?? 0)
            + sampleWidth + 10 + columnGap
        for (index, entry) in entries.enumerated() {
            let y = origin.y + padding + 22 + Double(index % rows) * rowHeight
            let middle = y + rowHeight / 2 - 2
            let x0 = origin.x + padding + Double(index / rows) * columnWidth
            switch entry {
            case let .route(mode, certainty):
                let style = RouteStyle(mode: mode, certainty: certainty, count: 1, theme: theme)
                var path = Path()
                path.add([ProjectedPoint(x: x0, y: middle), ProjectedPoint(x: x0 + sampleWidth - 8, y: middle)], closed: false)
                canvas.stroke(path, pen: style.casing)
                canvas.stroke(path, pen: style.pen)
                canvas.fill(Arrowhead.path(tip: ProjectedPoint(x: x0 + sampleWidth - 2, y: middle), angle: 0,
                                           size: style.pen.width * 2 + 4), color: style.pen.color)
            case .alternative:
                var path = Path()
                path.add([ProjectedPoint(x: x0, y: middle), ProjectedPoint(x: x0 + sampleWidth - 2, y: middle)], closed: false)
                canvas.stroke(path, pen: Pen(width: 1.4, color: theme.alternative))
            case let .marker(kind):
                let center = ProjectedPoint(x: x0 + sampleWidth / 2 - 4, y: middle)
                MarkerPainter.draw(kind, at: center, on: canvas, theme: theme)
            case let .track(key):
                MapPainter.drawKey(key.letter, at: ProjectedPoint(x: x0 + sampleWidth / 2 - 4, y: middle), color: key.color,
                                   font: theme.font(size: 10.5, bold: true), theme: theme, on: canvas)
            case .note:
                break
            }
            let text = label(for: entry, on: canvas)
            let extent = canvas.measure(text, font: font, letterSpacing: 0)
            canvas.draw(TextRun(text: text,
                                origin: ProjectedPoint(x: x0 + sampleWidth + 6, y: middle - extent.height / 2),
                                font: font, color: theme.panelText))
        }
    }
}
