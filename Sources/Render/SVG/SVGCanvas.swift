import Foundation
import Geo
import MapVocabulary

/// The editable SVG sink: each layer is a named group (`<g id="land" inkscape:groupmode="layer">`),
/// shapes are `<path>` elements with fill and stroke attributes, and text is real `<text>`
/// with its font, letter spacing and halo (a stroke painted first).
///
/// Text is measured with Pango on a small cairo surface, so layout and label placement
/// match the PNG. Numbers are written with two decimals, so the bytes are repeatable.
/// A class, as every ``Canvas`` is: it owns the measuring cairo surface.
final class SVGCanvas: Canvas {
    /// Page width in points (SVG user units, `px`).
    let width: Double
    /// Page height in points (SVG user units, `px`).
    let height: Double
    private let measurer: CairoCanvas
    private var body = SVGWriter()
    private var openLayer: String?
    private var clipOpen = false
    private var clipCount = 0
    private var layerNames: Set<String> = []

    /// Creates a `width`×`height` point page. Throws ``RenderError`` for an absurd size.
    init(width: Double, height: Double) throws {
        guard width >= 16, height >= 16, width <= 20_000, height <= 20_000 else {
            throw RenderError.invalidRequest("page \(Int(width))x\(Int(height)) is outside 16…20000 points per side")
        }
        self.width = width
        self.height = height
        measurer = try CairoCanvas(format: .png, width: 16, height: 16)
    }

    // MARK: Canvas

    func beginLayer(_ name: String) {
        endLayer()
        var id = XMLText.escaped(name)
        var suffix = 2
        while layerNames.contains(id) {
            id = XMLText.escaped(name) + "-\(suffix)"
            suffix += 1
        }
        layerNames.insert(id)
        body.append("<g id=\"\(id)\" inkscape:groupmode=\"layer\" inkscape:label=\"\(XMLText.escaped(name))\">\n")
        openLayer = id
    }

    func endLayer() {
        closeClip()
        guard openLayer != nil else { return }
        body.append("</g>\n")
        openLayer = nil
    }

    func fill(_ path: Path, color: Color) {
        guard !path.isEmpty, color.alpha > 0 else { return }
        body.append("<path d=\"")
        body.appendPath(path)
        body.append("\" fill=\"\(color.hexString)\"")
        if color.alpha < 1 { body.append(" fill-opacity=\""); body.append(number: color.alpha, decimals: 3); body.append("\"") }
        body.append(" fill-rule=\"evenodd\"/>\n")
    }

    func stroke(_ path: Path, pen: Pen) {
        guard !path.isEmpty, pen.width > 0, pen.color.alpha > 0 else { return }
        body.append("<path d=\"")
        body.appendPath(path)
        body.append("\" fill=\"none\"")
        appendStroke(color: pen.color, width: pen.width)
        let pattern = pen.dash.pattern.map { $0 * max(pen.width, 0.8) }
        if !pattern.isEmpty {
            body.append(" stroke-dasharray=\"")
            for (index, value) in pattern.enumerated() {
                if index > 0 { body.append(",") }
                body.append(number: value, decimals: 2)
            }
            body.append("\"")
        }
        body.append("/>\n")
    }

    func draw(_ run: TextRun) {
        let extent = measure(run.text, font: run.font, letterSpacing: run.letterSpacing)
        body.append("<text xml:space=\"preserve\" x=\"")
        body.append(number: run.rotation == 0 ? run.origin.x : 0, decimals: 2)
        body.append("\" y=\"")
        body.append(number: (run.rotation == 0 ? run.origin.y : 0) + extent.baseline, decimals: 2)
        if run.rotation != 0 {
            body.append("\" transform=\"translate(")
            body.append(number: run.origin.x, decimals: 2)
            body.append(" ")
            body.append(number: run.origin.y, decimals: 2)
            body.append(") rotate(")
            body.append(number: run.rotation * 180 / .pi, decimals: 2)
            body.append(")")
        }
        body.append("\"")
        appendTextStyle(font: run.font, letterSpacing: run.letterSpacing, color: run.color, halo: run.halo, haloWidth: run.haloWidth)
        body.append(XMLText.escaped(run.text))
        body.append("</text>\n")
    }

    /// The rest of a `<text>` start tag — font, letter spacing, fill and halo — and its `>`.
    private func appendTextStyle(font: Font, letterSpacing: Double, color: Color, halo: Color?, haloWidth: Double) {
        body.append(" font-family=\"\(XMLText.doubleQuotedAttribute(font.cssFamilyList))\" font-size=\"")
        body.append(number: font.size, decimals: 2)
        body.append("px\"")
        if font.bold { body.append(" font-weight=\"bold\"") }
        if font.italic { body.append(" font-style=\"italic\"") }
        if letterSpacing != 0 {
            body.append(" letter-spacing=\"")
            body.append(number: letterSpacing, decimals: 2)
            body.append("\"")
        }
        body.append(" fill=\"\(color.hexString)\"")
        if color.alpha < 1 { body.append(" fill-opacity=\""); body.append(number: color.alpha, decimals: 3); body.append("\"") }
        if let halo, halo.alpha > 0, haloWidth > 0 {
            appendStroke(color: halo, width: haloWidth * 2)
            body.append(" paint-order=\"stroke\"")
        }
        body.append(">")
    }

    /// One `<text>` holding the whole name, each character placed and turned by the `x`,
    /// `y` and `rotate` lists (baseline points, degrees clockwise), so the name stays one
    /// searchable string.
    func draw(_ text: PathText) {
        guard !text.glyphs.isEmpty else { return }
        let baseline = measure(text.text, font: text.font, letterSpacing: 0).baseline
        // One entry per scalar: a cluster of several repeats its frame.
        var xs: [Double] = [], ys: [Double] = [], turns: [Double] = []
        for glyph in text.glyphs {
            let x = glyph.origin.x - sin(glyph.rotation) * baseline, y = glyph.origin.y + cos(glyph.rotation) * baseline
            for _ in glyph.text.unicodeScalars {
                xs.append(x)
                ys.append(y)
                turns.append(glyph.rotation * 180 / .pi)
            }
        }
        func list(_ values: [Double]) {
            for (index, value) in values.enumerated() {
                if index > 0 { body.append(" ") }
                body.append(number: value, decimals: 2)
            }
        }
        body.append("<text xml:space=\"preserve\" x=\"")
        list(xs)
        body.append("\" y=\"")
        list(ys)
        body.append("\" rotate=\"")
        list(turns)
        body.append("\"")
        appendTextStyle(font: text.font, letterSpacing: 0, color: text.color, halo: text.halo, haloWidth: text.haloWidth)
        body.append(XMLText.escaped(text.glyphs.map(\.text).joined()))
        body.append("</text>\n")
    }

    func measure(_ text: String, font: Font, letterSpacing: Double) -> TextExtent {
        measurer.measure(text, font: font, letterSpacing: letterSpacing)
    }

    func clusterOffsets(_ text: String, font: Font) -> [Double] {
        measurer.clusterOffsets(text, font: font)
    }

    func clip(to path: Path) {
        closeClip()
        let id = "clip\(clipCount)"
        clipCount += 1
        body.append("<clipPath id=\"\(id)\"><path d=\"")
        body.appendPath(path)
        body.append("\"/></clipPath>\n<g clip-path=\"url(#\(id))\">\n")
        clipOpen = true
    }

    func resetClip() { closeClip() }

    // MARK: Output

    /// Closes open groups and returns the SVG document's UTF-8 bytes.
    func finish() -> [UInt8] {
        endLayer()
        var document = SVGWriter()
        document.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        document.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" width=\"")
        document.append(number: width, decimals: 2)
        document.append("px\" height=\"")
        document.append(number: height, decimals: 2)
        document.append("px\" viewBox=\"0 0 ")
        document.append(number: width, decimals: 2)
        document.append(" ")
        document.append(number: height, decimals: 2)
        document.append("\" version=\"1.1\">\n")
        return document.bytes + body.bytes + Array("</svg>\n".utf8)
    }

    // MARK: Private

    private func appendStroke(color: Color, width: Double) {
        body.append(" stroke=\"\(color.hexString)\"")
        if color.alpha < 1 { body.append(" stroke-opacity=\""); body.append(number: color.alpha, decimals: 3); body.append("\"") }
        body.append(" stroke-width=\"")
        body.append(number: width, decimals: 2)
        body.append("\" stroke-linecap=\"round\" stroke-linejoin=\"round\"")
    }

    private func closeClip() {
        guard clipOpen else { return }
        body.append("</g>\n")
        clipOpen = false
    }
}
