import Geo

extension MapPainter {
    struct Panels {
        var boxes: [PageBox]
        var northArrow: NorthArrow?
        /// No arrangement kept the title, legend, scale and credit apart on the page.
        var crowded = false
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
    /// Panels keep off the `avoid` boxes (the detail inset and its frame) where some
    /// arrangement can.
    func layoutPanels(on canvas: Canvas, data: PanelData, keys: [Legend.TrackKey] = [], datesOmitted: Bool = false,
                      avoid: [PageBox] = []) -> Panels {
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
        let creditColor = theme.panelText.opacity(0.85)
        let credits = creditLines()
        // The credit wraps at 55% of the page's width, or narrower where that leaves the legend no room.
        let creditPanel = { (share: Double) in
            TextPanel(lines: self.wrap(credits, font: creditFont, width: self.frame.width * share, on: canvas)
                .map { .init(text: $0, font: creditFont, color: creditColor) }, padding: 5, spacing: 1)
        }
        var legend = Legend(document: data.drawn ?? document, theme: theme, keys: keys, datesOmitted: datesOmitted)
        var scaleBar = ScaleBar(frame: frame, theme: theme)
        var fit = fitPanels(legend: legend, title: titleSize, credit: creditPanel(0.55).size(on: canvas), scale: scaleBar.map(\.size),
                            height: bottom - top, margin: margin, data: data, top: top, avoid: avoid, on: canvas)
        var credit = creditPanel(0.55)
        for share in [0.4, 0.3] where fit.crowded {
            credit = creditPanel(share)
            fit = fitPanels(legend: legend, title: titleSize, credit: credit.size(on: canvas), scale: scaleBar.map(\.size),
                            height: bottom - top, margin: margin, data: data, top: top, avoid: avoid, on: canvas)
        }
        legend = fit.legend
        let legendSize = legend.size(on: canvas)
        let arrangement = fit.arrangement.shifted(down: top)
        let titleBox = arrangement.title, creditBox = arrangement.credit, scaleBox = arrangement.scale
        let legendBox = arrangement.legend ?? PageBox(x: 0, y: 0, width: 0, height: 0)
        if arrangement.scale == nil { scaleBar = nil }
        var boxes = arrangement.boxes
        let arrow = options.northArrow ? northArrow(avoiding: boxes, margin: margin) : nil
        if let arrow { boxes.append(arrow.box) }
        let panel = theme.panel
        let arrowTheme = theme
        let drawnLegend = legend, drawnCredit = credit
        return Panels(boxes: boxes, northArrow: arrow, crowded: fit.crowded) { canvas in
            canvas.beginLayer("legend")
            title.draw(on: canvas, at: ProjectedPoint(x: titleBox.x, y: titleBox.y), background: panel)
            if legendSize.width > 0 { drawnLegend.draw(on: canvas, at: ProjectedPoint(x: legendBox.x, y: legendBox.y)) }
            if let scaleBar, let scaleBox { scaleBar.draw(on: canvas, at: ProjectedPoint(x: scaleBox.x, y: scaleBox.y)) }
            drawnCredit.draw(on: canvas, at: ProjectedPoint(x: creditBox.x, y: creditBox.y), background: panel)
            canvas.endLayer()
            if let arrow {
                canvas.beginLayer("north-arrow")
                arrow.draw(on: canvas, theme: arrowTheme)
                canvas.endLayer()
            }
        }
    }

    /// The panels' arrangement and the legend as it fits: on a small page a long legend
    /// flows into up to three columns, narrower in steps (its longest entries cut short),
    /// and last the scale bar is left out, until the panels are apart and on the page;
    /// `crowded` when they never are (then the standard corners, overlapping).
    func fitPanels(legend: Legend, title: PanelArrangement.Size, credit: PanelArrangement.Size, scale: PanelArrangement.Size?,
                   height: Double, margin: Double, data: PanelData, top: Double, avoid: [PageBox] = [],
                   on canvas: Canvas) -> (arrangement: PanelArrangement, legend: Legend, crowded: Bool) {
        let samples = data.routeSamples.map { ProjectedPoint(x: $0.x, y: $0.y - top) }
        let markers = data.markers.map { ProjectedPoint(x: $0.x, y: $0.y - top) }
        let shunned = avoid.map { PageBox(x: $0.x, y: $0.y - top, width: $0.width, height: $0.height) }
        var legend = legend
        var tried: Set<[Double]> = []
        // Clear of the inset if any arrangement is; else as if there were none.
        let scales = scale == nil ? [nil] : [scale, nil]
        for avoid in shunned.isEmpty ? [[]] : [shunned, []] {
            for scale in scales {
                for columns in 1...3 where columns == 1 || legend.entries.count >= columns * 3 {
                    for share in [1.0, 0.75, 0.6, 0.5] {
                        legend.columns = columns
                        let across = frame.width * share - 2 * margin - 2 * legend.padding - Double(columns - 1) * legend.columnGap
                        legend.textWidthLimit = max(60, across / Double(columns) - legend.sampleWidth - 10)
                        let size = legend.size(on: canvas)
                        guard tried.insert([size.width, size.height, scale == nil ? 0 : 1, Double(avoid.count)]).inserted else { continue }
                        if let found = PanelArrangement.best(width: frame.width, height: height, margin: margin, title: title,
                                                             legend: size.width > 0 ? size : nil, credit: credit, scale: scale,
                                                             routeSamples: samples, markers: markers, avoid: avoid) {
                            return (found, legend, false)
                        }
                    }
                }
            }
        }
        legend.columns = 1
        legend.textWidthLimit = max(60, frame.width - 2 * margin - 2 * legend.padding - legend.sampleWidth - 10)
        let size = legend.size(on: canvas)
        return (PanelArrangement.standard(width: frame.width, height: height, margin: margin, title: title,
                                          legend: size.width > 0 ? size : nil, credit: credit, scale: scale), legend, true)
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
