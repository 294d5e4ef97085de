import Geo

extension MapPainter {
    struct Panels {
        var boxes: [PageBox]
        var northArrow: NorthArrow?
        var draw: (Canvas) -> Void
    }

    /// What the panels should not cover: page points along the routes, and the markers.
    struct PanelData {
        var routeSamples: [ProjectedPoint] = []
        var markers: [ProjectedPoint] = []
        /// The routes and markers actually drawn, for the legend to list only those.
        var drawn: MapDocument?
    }

    /// Positions the title block, legend, scale bar and credit line inside the banner's
    /// bands where they cover the least of `data` (``PanelArrangement``), and the north
    /// arrow in a corner they leave free; returns their boxes so labels keep clear of them.
    func layoutPanels(on canvas: Canvas, data: PanelData, keys: [Legend.TrackKey] = [], datesOmitted: Bool = false) -> Panels {
        let margin = 14.0
        let (top, bottom) = (bannerHeight, frame.height - bannerHeight)
        // A title longer than the page allows wraps rather than running off the page.
        let titleWidth = frame.width - 2 * margin - 24
        let titleFont = theme.font(size: 26, bold: true)
        var lines: [TextPanel.Line] = wrap([document.title], font: titleFont, width: titleWidth, on: canvas)
            .map { .init(text: $0, font: titleFont, color: theme.panelText) }
        if let subtitle = document.subtitle {
            let font = theme.font(size: 16)
            lines += wrap([subtitle], font: font, width: titleWidth, on: canvas).map { .init(text: $0, font: font, color: theme.panelText) }
        }
        if let date = document.dateText {
            lines.append(.init(text: date, font: theme.font(size: 14, bold: true), color: theme.air))
        }
        let title = TextPanel(lines: lines, padding: 12)
        let titleSize = title.size(on: canvas)

        let creditFont = theme.font(size: 11)
        let creditLines = wrap(creditLines(), font: creditFont, width: frame.width * 0.55, on: canvas)
        let credit = TextPanel(lines: creditLines.map { .init(text: $0, font: creditFont, color: theme.panelText.opacity(0.85)) },
                               padding: 5, spacing: 1)
        let creditSize = credit.size(on: canvas)
        let legend = Legend(document: data.drawn ?? document, theme: theme, keys: keys, datesOmitted: datesOmitted)
        let legendSize = legend.size(on: canvas)
        let scaleBar = ScaleBar(frame: frame, theme: theme)
        let arrangement = PanelArrangement.best(width: frame.width, height: bottom - top, margin: margin, title: titleSize,
                                                legend: legendSize.width > 0 ? legendSize : nil, credit: creditSize,
                                                scale: scaleBar.map(\.size), routeSamples: data.routeSamples.map { ProjectedPoint(x: $0.x, y: $0.y - top) },
                                                markers: data.markers.map { ProjectedPoint(x: $0.x, y: $0.y - top) })
            .shifted(down: top)
        let titleBox = arrangement.title, creditBox = arrangement.credit, scaleBox = arrangement.scale
        let legendBox = arrangement.legend ?? PageBox(x: 0, y: 0, width: 0, height: 0)
        var boxes = arrangement.boxes
        let arrow = options.northArrow ? northArrow(avoiding: boxes, margin: margin) : nil
        if let arrow { boxes.append(arrow.box) }
        let panel = theme.panel
        let arrowTheme = theme
        return Panels(boxes: boxes, northArrow: arrow) { canvas in
            canvas.beginLayer("legend")
            title.draw(on: canvas, at: ProjectedPoint(x: titleBox.x, y: titleBox.y), background: panel)
            if legendSize.width > 0 { legend.draw(on: canvas, at: ProjectedPoint(x: legendBox.x, y: legendBox.y)) }
            if let scaleBar, let scaleBox { scaleBar.draw(on: canvas, at: ProjectedPoint(x: scaleBox.x, y: scaleBox.y)) }
            credit.draw(on: canvas, at: ProjectedPoint(x: creditBox.x, y: creditBox.y), background: panel)
            canvas.endLayer()
            if let arrow {
                canvas.beginLayer("north-arrow")
                arrow.draw(on: canvas, theme: arrowTheme)
                canvas.endLayer()
            }
        }
    }

    /// The north arrow in the first corner clear of `boxes` and the inset: top right (below
    /// the inset, if there is one), above the scale bar, then above the legend; `nil` when
    /// none is clear or north is undefined there.
    func northArrow(avoiding boxes: [PageBox], margin: Double) -> NorthArrow? {
        let side = NorthArrow.side
        let taken = boxes + (inset.map { [$0.box] } ?? [])
        let right = frame.width - margin - side / 2, left = margin + side / 2
        let below = (inset.map { $0.box.y + $0.box.height } ?? bannerHeight) + margin + side / 2
        let aboveRight = (boxes.filter { $0.x > frame.width / 2 && $0.y > frame.height / 2 }.map(\.y).min()
            ?? frame.height - bannerHeight) - margin - side / 2
        let aboveLeft = (boxes.filter { $0.x < frame.width / 2 && $0.y > frame.height / 2 }.map(\.y).min()
            ?? frame.height - bannerHeight) - margin - side / 2
        for center in [ProjectedPoint(x: right, y: below), ProjectedPoint(x: right, y: aboveRight),
                       ProjectedPoint(x: left, y: aboveLeft)] {
            guard let arrow = NorthArrow(at: center, frame: frame) else { continue }
            let box = arrow.box
            guard box.y >= bannerHeight, box.y + box.height <= frame.height - bannerHeight,
                  !taken.contains(where: { $0.intersects(box) }) else { continue }
            return arrow
        }
        return nil
    }

    /// "Sources: …", then "Basemap: GSHHG … · Map: movemap" — the scenario's sources, then
    /// the data credits.
    func creditLines() -> [String] {
        var lines: [String] = []
        if !document.sources.isEmpty { lines.append("Sources: " + document.sources.joined(separator: "; ")) }
        lines.append("\(Basemap.attribution) · Map: movemap")
        return lines
    }

    /// Breaks each line at spaces so none is wider than `width` points.
    func wrap(_ lines: [String], font: Font, width: Double, on canvas: Canvas) -> [String] {
        var output: [String] = []
        for line in lines {
            var current = ""
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                let candidate = current.isEmpty ? String(word) : current + " " + word
                if !current.isEmpty, canvas.measure(candidate, font: font, letterSpacing: 0).width > width {
                    output.append(current)
                    current = String(word)
                } else {
                    current = candidate
                }
            }
            if !current.isEmpty { output.append(current) }
        }
        return output
    }
}
