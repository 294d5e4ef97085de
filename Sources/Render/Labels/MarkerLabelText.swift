import Foundation
import Geo

/// A marker's label as lines — its name, then its date and detail in smaller type — measured
/// and drawn the same way on the main map and in the detail inset.
struct MarkerLabelText {
    var title: String
    var date: String?
    var detail: String?

    struct Fonts {
        var title: Font
        var date: Font
        var detail: Font
    }

    /// The lines with their fonts and colours, name first.
    func lines(_ fonts: Fonts, theme: Theme) -> [(text: String, font: Font, color: Color)] {
        [(title, fonts.title, theme.text), date.map { ($0, fonts.date, theme.text.opacity(0.78)) },
         detail.map { ($0, fonts.detail, theme.text) }].compactMap { $0 }
    }

    /// The block's width and height in points.
    func size(_ fonts: Fonts, theme: Theme, on canvas: Canvas) -> (width: Double, height: Double) {
        lines(fonts, theme: theme).reduce((0, 0)) { size, line in
            let extent = canvas.measure(line.text, font: line.font, letterSpacing: 0)
            return (max(size.0, extent.width), size.1 + extent.height)
        }
    }

    /// Draws the lines in `box`, flush right when the label sits left of its marker so its
    /// lines start at the marker side; the name's halo is `titleHalo` points wide.
    func draw(in box: PageBox, flushRight: Bool, fonts: Fonts, theme: Theme, titleHalo: Double, on canvas: Canvas) {
        var y = box.y
        for (index, line) in lines(fonts, theme: theme).enumerated() {
            let extent = canvas.measure(line.text, font: line.font, letterSpacing: 0)
            let x = flushRight ? box.x + box.width - extent.width : box.x
            canvas.draw(TextRun(text: line.text, origin: ProjectedPoint(x: x, y: y), font: line.font, color: line.color,
                                halo: theme.halo, haloWidth: index == 0 ? titleHalo : 2.5))
            y += extent.height
        }
    }
}
