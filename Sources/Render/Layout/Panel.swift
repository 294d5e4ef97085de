import Geo

/// A block of text lines in a rounded panel: the title block and the credit line.
struct TextPanel {
    struct Line {
        var text: String
        var font: Font
        var color: Color
    }

    var lines: [Line]
    var padding = 10.0
    var spacing = 3.0

    func size(on canvas: Canvas) -> (width: Double, height: Double) {
        var width = 0.0, height = 0.0
        for line in lines {
            let extent = canvas.measure(line.text, font: line.font, letterSpacing: 0)
            width = max(width, extent.width)
            height += extent.height + spacing
        }
        return (width + 2 * padding, height - spacing + 2 * padding)
    }

    func draw(on canvas: Canvas, at origin: ProjectedPoint, background: Color) {
        let (width, height) = size(on: canvas)
        canvas.fill(Path.rectangle(x: origin.x, y: origin.y, width: width, height: height), color: background)
        var y = origin.y + padding
        for line in lines {
            let extent = canvas.measure(line.text, font: line.font, letterSpacing: 0)
            canvas.draw(TextRun(text: line.text, origin: ProjectedPoint(x: origin.x + padding, y: y),
                                font: line.font, color: line.color))
            y += extent.height + spacing
        }
    }
}
