import Geo

extension MapPainter {
    struct LabelOutcome {
        var placed: [(text: String, box: PageBox)] = []
        var warnings: [String] = []
    }

    var labelFont: Font { Font(family: theme.fontFamily, size: 14, bold: true) }
    var detailFont: Font { Font(family: theme.fontFamily, size: 11.5) }
    var seaFont: Font { Font(family: theme.fontFamily, size: 13, italic: true) }

    /// Places marker labels (name, then an optional detail line) and sea names without
    /// overlaps, draws them with halos and leader lines, and reports what was dropped.
    /// Labels keep clear of `routes` (sampled line boxes) where a position allows.
    func placeLabels(markers: [(MapMarker, ProjectedPoint)], obstacles: [PageBox], routes: [PageBox],
                     on canvas: Canvas) -> LabelOutcome {
        var outcome = LabelOutcome()
        var requests: [LabelPlacer.Request] = []
        var texts: [Int: (title: String, detail: String?, sea: Bool)] = [:]
        for (index, (marker, point)) in markers.enumerated() {
            let title = canvas.measure(marker.label, font: labelFont, letterSpacing: 0)
            var width = title.width, height = title.height
            if let detail = marker.detail {
                let extent = canvas.measure(detail, font: detailFont, letterSpacing: 0)
                width = max(width, extent.width)
                height += extent.height
            }
            requests.append(.init(id: index, anchor: point, clearance: MarkerSymbol.radius(for: marker.kind),
                                  width: width, height: height, importance: 100 + marker.importance))
            texts[index] = (marker.label, marker.detail, false)
        }
        for (offset, area) in document.areaLabels.enumerated() {
            guard let point = frame.page(area.coordinate), point.x >= 0, point.y >= 0,
                  point.x <= frame.width, point.y <= frame.height else { continue }
            let text = area.text.uppercased()
            let extent = canvas.measure(text, font: seaFont, letterSpacing: 2)
            let id = 10_000 + offset
            requests.append(.init(id: id, anchor: point, clearance: 0, width: extent.width, height: extent.height,
                                  importance: 0, centered: true))
            texts[id] = (text, nil, true)
        }
        var placer = LabelPlacer(page: PageBox(x: 4, y: 4, width: frame.width - 8, height: frame.height - 8),
                                 obstacles: obstacles, softObstacles: routes)
        let result = placer.place(requests)
        canvas.beginLayer("labels")
        for label in result.placed.sorted(by: { $0.id < $1.id }) {
            guard let text = texts[label.id] else { continue }
            if let (start, end) = label.leader {
                var path = Path()
                path.add([start, end], closed: false)
                canvas.stroke(path, pen: Pen(width: 2.6, color: theme.halo))
                canvas.stroke(path, pen: Pen(width: 1, color: theme.text))
            }
            if text.sea {
                canvas.draw(TextRun(text: text.title, origin: ProjectedPoint(x: label.box.x, y: label.box.y),
                                    font: seaFont, color: theme.seaText, halo: theme.ocean.opacity(0.7),
                                    haloWidth: 2, letterSpacing: 2))
            } else {
                let title = canvas.measure(text.title, font: labelFont, letterSpacing: 0)
                // A label left of its marker is set flush right, so its lines start at the marker side.
                let flushRight = markers.indices.contains(label.id) && label.box.x + label.box.width <= markers[label.id].1.x
                func x(_ width: Double) -> Double { flushRight ? label.box.x + label.box.width - width : label.box.x }
                canvas.draw(TextRun(text: text.title, origin: ProjectedPoint(x: x(title.width), y: label.box.y),
                                    font: labelFont, color: theme.text, halo: theme.halo, haloWidth: 3))
                if let detail = text.detail {
                    let width = canvas.measure(detail, font: detailFont, letterSpacing: 0).width
                    canvas.draw(TextRun(text: detail, origin: ProjectedPoint(x: x(width), y: label.box.y + title.height),
                                        font: detailFont, color: theme.text, halo: theme.halo, haloWidth: 2.5))
                }
            }
            outcome.placed.append((text.title, label.box))
        }
        canvas.endLayer()
        for id in result.dropped {
            guard let text = texts[id] else { continue }
            outcome.warnings.append("label '\(text.title)' was left out: no room without overlapping another label or marker")
        }
        return outcome
    }
}
