import Geo

extension MapPainter {
    struct Panels {
        var boxes: [PageBox]
        var draw: (Canvas) -> Void
    }

    /// Positions the title block (top left), legend (bottom left), scale bar and credit
    /// line (bottom right), and returns their boxes so labels keep clear of them.
    func layoutPanels(on canvas: Canvas, keys: [Legend.TrackKey] = [], datesOmitted: Bool = false) -> Panels {
        let margin = 14.0
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
        let titleBox = PageBox(x: margin, y: margin, width: titleSize.width, height: titleSize.height)

        let creditFont = theme.font(size: 11)
        let creditLines = wrap(creditLines(), font: creditFont, width: frame.width * 0.55, on: canvas)
        let credit = TextPanel(lines: creditLines.map { .init(text: $0, font: creditFont, color: theme.panelText.opacity(0.85)) },
                               padding: 5, spacing: 1)
        let creditSize = credit.size(on: canvas)
        let creditBox = PageBox(x: frame.width - creditSize.width - margin, y: frame.height - creditSize.height - margin,
                                width: creditSize.width, height: creditSize.height)

        let legend = Legend(document: document, theme: theme, keys: keys, datesOmitted: datesOmitted)
        let legendSize = legend.size(on: canvas)
        let legendBox = PageBox(x: margin, y: frame.height - legendSize.height - margin,
                                width: legendSize.width, height: legendSize.height)

        var boxes = [titleBox, creditBox]
        if legendSize.width > 0 { boxes.append(legendBox) }
        let scaleBar = ScaleBar(frame: frame, theme: theme)
        var scaleBox: PageBox?
        if let scaleBar {
            let size = scaleBar.size
            let box = PageBox(x: frame.width - size.width - margin, y: creditBox.y - size.height - 6,
                              width: size.width, height: size.height)
            boxes.append(box)
            scaleBox = box
        }
        let panel = theme.panel
        return Panels(boxes: boxes) { canvas in
            canvas.beginLayer("legend")
            title.draw(on: canvas, at: ProjectedPoint(x: titleBox.x, y: titleBox.y), background: panel)
            if legendSize.width > 0 { legend.draw(on: canvas, at: ProjectedPoint(x: legendBox.x, y: legendBox.y)) }
            if let scaleBar, let scaleBox { scaleBar.draw(on: canvas, at: ProjectedPoint(x: scaleBox.x, y: scaleBox.y)) }
            credit.draw(on: canvas, at: ProjectedPoint(x: creditBox.x, y: creditBox.y), background: panel)
            canvas.endLayer()
        }
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
