import CCairo
import CPangoCairo
import Geo

/// The Cairo sink: draws onto an image surface (PNG, GeoTIFF) or a streaming SVG or PDF surface.
///
/// Owns one cairo surface and context, is used by one render job on one thread, and
/// produces its bytes with an explicit ``finish()``.
public final class CairoCanvas: Canvas {
    /// Width of the drawing area in points (the page less its margins); PNG pixels are
    /// points times `scale`.
    public let width: Double
    /// Height of the drawing area in points.
    public let height: Double
    /// Pixels per point of a raster output (2 for HiDPI); vector outputs ignore it.
    public let scale: Double
    /// Blank paper round the drawing area on every side, in points.
    public let margin: Double
    /// The file format ``finish()`` produces.
    public let format: OutputFormat
    private let surface: OpaquePointer
    private let context: OpaquePointer
    private let sink = ByteSink()
    private let georeference: Georeference?
    private var fonts: [Font: OpaquePointer] = [:]
    /// Extents already measured: the legend and the panels measure the same labels again for
    /// every arrangement they try. Keyed by the transform too, which Pango lays out under.
    private var extents: [MeasureKey: TextExtent] = [:]
    private var finished = false

    /// The largest PNG the renderer will allocate, in pixels (about 400 MB of memory).
    public static let maximumPixels = 100_000_000

    /// A PDF's document information: what viewers show as its title and subject, and the
    /// dates it states. The dates are fixed, never the time of the run, so the same map
    /// gives the same bytes.
    public struct PDFMetadata: Sendable, Equatable {
        /// The Title entry, e.g. the scenario's title; `nil` for none.
        public var title: String?
        /// The Subject entry, e.g. the scenario's subtitle; `nil` for none.
        public var subject: String?
        /// The CreationDate and ModDate, ISO 8601 (`2000-01-01T00:00:00Z`).
        public var date: String

        /// Metadata with a title and subject, dated 2000-01-01 unless `date` is given.
        public init(title: String? = nil, subject: String? = nil, date: String = "2000-01-01T00:00:00Z") {
            self.title = title
            self.subject = subject
            self.date = date
        }
    }

    /// Creates a drawing area of `width`×`height` points on a page with `margin` points of
    /// blank paper on every side (the page is `width + 2 × margin` across). PNG pages are
    /// rasterized at `scale` pixels per point. A PDF carries `metadata`, Creator `movemap`
    /// and fixed dates. A GeoTIFF needs `georeference`, where its pixels lie on the Earth.
    public init(format: OutputFormat, width: Double, height: Double, scale: Double = 1, margin: Double = 0,
                metadata: PDFMetadata = .init(), georeference: Georeference? = nil) throws {
        guard width >= 16, height >= 16, width <= 20_000, height <= 20_000, scale > 0, scale <= 8 else {
            throw RenderError.invalidRequest("page \(Int(width))x\(Int(height)) at scale \(scale) is outside 16…20000 points per side and scale 0…8")
        }
        let pixels = Double(width) * scale * Double(height) * scale
        guard !format.isRaster || pixels <= Double(CairoCanvas.maximumPixels) else {
            throw RenderError.invalidRequest("a \(Int(width * scale))x\(Int(height * scale)) \(format == .tif ? "GeoTIFF" : "PNG") is \(Int(pixels / 1_000_000)) megapixels; the limit is \(CairoCanvas.maximumPixels / 1_000_000) — use a smaller --size or --scale, or SVG/PDF")
        }
        self.width = width
        self.height = height
        self.scale = scale
        self.margin = max(margin, 0)
        let (pageWidth, pageHeight) = (width + 2 * self.margin, height + 2 * self.margin)
        self.format = format
        guard format != .tif || georeference != nil else {
            throw RenderError.invalidRequest("a GeoTIFF needs the map's georeference")
        }
        self.georeference = georeference
        let closure = Unmanaged.passUnretained(sink).toOpaque()
        let created: OpaquePointer?
        switch format {
        case .png, .tif:
            created = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32((pageWidth * scale).rounded()),
                                                 Int32((pageHeight * scale).rounded()))
        case .svg:
            created = cairo_svg_surface_create_for_stream(ByteSink.write, closure, pageWidth, pageHeight)
            if let created { cairo_svg_surface_set_document_unit(created, CAIRO_SVG_UNIT_PX) }
        case .pdf:
            created = cairo_pdf_surface_create_for_stream(ByteSink.write, closure, pageWidth, pageHeight)
            if let created {
                cairo_pdf_surface_set_metadata(created, CAIRO_PDF_METADATA_CREATE_DATE, metadata.date)
                cairo_pdf_surface_set_metadata(created, CAIRO_PDF_METADATA_MOD_DATE, metadata.date)
                cairo_pdf_surface_set_metadata(created, CAIRO_PDF_METADATA_CREATOR, "movemap")
                if let title = metadata.title { cairo_pdf_surface_set_metadata(created, CAIRO_PDF_METADATA_TITLE, title) }
                if let subject = metadata.subject { cairo_pdf_surface_set_metadata(created, CAIRO_PDF_METADATA_SUBJECT, subject) }
            }
        }
        guard let created else { throw RenderError.cairo(operation: "create surface", status: "no surface") }
        let status = cairo_surface_status(created)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(created)
            throw RenderError.cairo(operation: "create surface", status: String(cString: cairo_status_to_string(status)))
        }
        surface = created
        context = cairo_create(created)
        if format.isRaster { cairo_scale(context, scale, scale) }
        cairo_set_line_join(context, CAIRO_LINE_JOIN_ROUND)
        cairo_set_line_cap(context, CAIRO_LINE_CAP_ROUND)
        if self.margin > 0 {
            cairo_translate(context, self.margin, self.margin)
            clipToDrawingArea()
        }
    }

    deinit {
        for description in fonts.values { pango_font_description_free(description) }
        cairo_destroy(context)
        cairo_surface_destroy(surface)
    }

    // MARK: Canvas

    /// Cairo output has no layers; the editable SVG sink names them.
    public func beginLayer(_ name: String) {}
    /// Cairo output has no layers.
    public func endLayer() {}

    /// Fills `path` (non-zero winding) with `color`.
    public func fill(_ path: Path, color: Color) {
        guard !path.isEmpty, color.alpha > 0 else { return }
        trace(path)
        setSource(color)
        cairo_set_fill_rule(context, CAIRO_FILL_RULE_EVEN_ODD)
        cairo_fill(context)
    }

    /// Strokes `path` with the pen's width, colour and dash; dashes scale with the width.
    public func stroke(_ path: Path, pen: Pen) {
        guard !path.isEmpty, pen.width > 0, pen.color.alpha > 0 else { return }
        trace(path)
        setSource(pen.color)
        cairo_set_line_width(context, pen.width)
        let pattern = pen.dash.pattern.map { $0 * max(pen.width, 0.8) }
        pattern.withUnsafeBufferPointer { cairo_set_dash(context, $0.baseAddress, Int32($0.count), 0) }
        cairo_stroke(context)
    }

    /// Draws text with Pango: the halo first, then the glyphs, turned about the origin when
    /// the run has a rotation.
    public func draw(_ run: TextRun) {
        guard run.rotation == 0 else {
            // Set upright at the origin in a turned frame.
            cairo_save(context)
            cairo_translate(context, run.origin.x, run.origin.y)
            cairo_rotate(context, run.rotation)
            var upright = run
            upright.origin = ProjectedPoint(x: 0, y: 0)
            upright.rotation = 0
            draw(upright)
            cairo_restore(context)
            return
        }
        let layout = makeLayout(run.text, font: run.font, letterSpacing: run.letterSpacing)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        if let halo = run.halo, halo.alpha > 0, run.haloWidth > 0 {
            cairo_move_to(context, run.origin.x, run.origin.y)
            pango_cairo_layout_path(context, layout)
            setSource(halo)
            cairo_set_line_width(context, run.haloWidth * 2)
            cairo_set_dash(context, nil, 0, 0)
            strokeHalo()
        }
        cairo_move_to(context, run.origin.x, run.origin.y)
        setSource(run.color)
        pango_cairo_show_layout(context, layout)
        cairo_new_path(context)
    }

    /// Strokes the current path, a text's outline, as its halo. On raster pages the halo's
    /// edge is sampled on cairo's fast 4×4 grid rather than its finest: the halo is a soft
    /// light band under the letters, so coverage in sixteenths does not show, and its wide
    /// stroke round every glyph is a map's costliest drawing (about 14 ms of a 1600×1000
    /// briefing map at the finest sampling). The letters themselves keep full anti-aliasing.
    private func strokeHalo() {
        if format.isRaster { cairo_set_antialias(context, CAIRO_ANTIALIAS_FAST) }
        cairo_stroke(context)
        if format.isRaster { cairo_set_antialias(context, CAIRO_ANTIALIAS_DEFAULT) }
    }

    /// Draws a name glyph by glyph along its line: the halos of all glyphs as one stroke,
    /// then the glyphs, each laid out by Pango in its own turned frame.
    func draw(_ text: PathText) {
        let layouts = text.glyphs.map { makeLayout($0.text, font: text.font, letterSpacing: 0) }
        defer { for layout in layouts { g_object_unref(UnsafeMutableRawPointer(layout)) } }
        func inFrame(_ index: Int, _ body: (OpaquePointer) -> Void) {
            let glyph = text.glyphs[index]
            cairo_save(context)
            cairo_translate(context, glyph.origin.x, glyph.origin.y)
            cairo_rotate(context, glyph.rotation)
            cairo_move_to(context, 0, 0)
            body(layouts[index])
            cairo_restore(context)
        }
        if let halo = text.halo, halo.alpha > 0, text.haloWidth > 0 {
            // The path survives the frames' save and restore, in device space.
            for index in layouts.indices { inFrame(index) { pango_cairo_layout_path(context, $0) } }
            setSource(halo)
            cairo_set_line_width(context, text.haloWidth * 2)
            cairo_set_dash(context, nil, 0, 0)
            strokeHalo()
        }
        setSource(text.color)
        for index in layouts.indices { inFrame(index) { pango_cairo_show_layout(context, $0) } }
        cairo_new_path(context)
    }

    /// The logical extent Pango gives `text` in `font`, in points.
    public func measure(_ text: String, font: Font, letterSpacing: Double) -> TextExtent {
        var matrix = cairo_matrix_t()
        cairo_get_matrix(context, &matrix)
        let key = MeasureKey(text: text, font: font, letterSpacing: letterSpacing, xx: matrix.xx, yx: matrix.yx,
                             xy: matrix.xy, yy: matrix.yy, x0: matrix.x0, y0: matrix.y0)
        if let known = extents[key] { return known }
        let extent = layoutExtent(text, font: font, letterSpacing: letterSpacing)
        extents[key] = extent
        return extent
    }

    private struct MeasureKey: Hashable {
        var text: String
        var font: Font
        var letterSpacing: Double
        /// The transform, Cairo's six numbers.
        var xx, yx, xy, yy, x0, y0: Double
    }

    private func layoutExtent(_ text: String, font: Font, letterSpacing: Double) -> TextExtent {
        let layout = makeLayout(text, font: font, letterSpacing: letterSpacing)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        let unit = Double(PANGO_SCALE)
        return TextExtent(width: Double(logical.width) / unit, height: Double(logical.height) / unit,
                          baseline: Double(pango_layout_get_baseline(layout)) / unit)
    }

    /// Each grapheme cluster's logical x in one Pango layout of `text` (kerning and
    /// shaping as the whole name has them), then the layout's width; one layout, however
    /// long the text.
    func clusterOffsets(_ text: String, font: Font) -> [Double] {
        let layout = makeLayout(text, font: font, letterSpacing: 0)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let unit = Double(PANGO_SCALE)
        var offsets: [Double] = []
        var index = 0
        for cluster in text {
            var position = PangoRectangle()
            pango_layout_index_to_pos(layout, Int32(index), &position)
            offsets.append(Double(position.x) / unit)
            index += String(cluster).utf8.count
        }
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(layout, &ink, &logical)
        offsets.append(Double(logical.width) / unit)
        return offsets
    }

    /// How many characters of `text` no installed font can draw (they would show as
    /// boxes); 0 when Pango's font fallback covers every script in it.
    public func unknownGlyphCount(_ text: String, font: Font) -> Int {
        let layout = makeLayout(text, font: font, letterSpacing: 0)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return Int(pango_layout_get_unknown_glyphs_count(layout))
    }

    /// Restricts drawing to `path` until ``resetClip()``.
    public func clip(to path: Path) {
        trace(path)
        cairo_clip(context)
    }

    /// Lets drawing reach the whole drawing area again (never the margin).
    public func resetClip() {
        cairo_reset_clip(context)
        if margin > 0 { clipToDrawingArea() }
    }

    private func clipToDrawingArea() {
        cairo_new_path(context)
        cairo_rectangle(context, 0, 0, width, height)
        cairo_clip(context)
    }

    // MARK: Output

    /// Runs `body` over the image surface's pixel rows (``pixelByteCount`` bytes, Cairo's
    /// premultiplied ARGB32), to read them or to replace them; nil for other formats.
    func withPixels<Result>(_ body: (UnsafeMutableRawBufferPointer) -> Result) -> Result? {
        guard format.isRaster, !finished else { return nil }
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let result = body(UnsafeMutableRawBufferPointer(start: data, count: pixelByteCount))
        cairo_surface_mark_dirty(surface)
        return result
    }

    /// How many bytes ``withPixels(_:)`` gives: the rows of the image surface (0 for other formats).
    var pixelByteCount: Int {
        format.isRaster ? Int(cairo_image_surface_get_stride(surface)) * Int(cairo_image_surface_get_height(surface)) : 0
    }

    /// Completes the page and returns the file's bytes. PNGs carry a pHYs chunk and GeoTIFFs
    /// resolution tags stating 72 × scale pixels per inch.
    public func finish() throws -> [UInt8] {
        guard !finished else { return sink.bytes }
        finished = true
        switch format {
        case .png:
            cairo_surface_flush(surface)
            guard let data = cairo_image_surface_get_data(surface) else {
                throw RenderError.cairo(operation: "write PNG", status: "no image data")
            }
            // The encoder filters the rows over the pixels: the canvas is finished.
            sink.bytes = PNGEncoder.encode(data: data, width: Int(cairo_image_surface_get_width(surface)),
                                           height: Int(cairo_image_surface_get_height(surface)),
                                           stride: Int(cairo_image_surface_get_stride(surface)), dotsPerInch: 72 * scale)
            return sink.bytes
        case .tif:
            cairo_surface_flush(surface)
            guard let data = cairo_image_surface_get_data(surface), let georeference else {
                throw RenderError.cairo(operation: "write GeoTIFF", status: "no image data")
            }
            sink.bytes = try GeoTIFFEncoder.encode(data: data, width: Int(cairo_image_surface_get_width(surface)),
                                                   height: Int(cairo_image_surface_get_height(surface)),
                                                   stride: Int(cairo_image_surface_get_stride(surface)),
                                                   dotsPerInch: 72 * scale, georeference: georeference)
            return sink.bytes
        case .svg, .pdf:
            cairo_surface_finish(surface)
            let status = cairo_surface_status(surface)
            guard status == CAIRO_STATUS_SUCCESS else {
                throw RenderError.cairo(operation: "finish \(format.rawValue)", status: String(cString: cairo_status_to_string(status)))
            }
            return format == .svg ? SVGIdentifiers.renumbered(sink.bytes) : sink.bytes
        }
    }

    // MARK: Private

    private func trace(_ path: Path) {
        cairo_new_path(context)
        for element in path.elements {
            switch element {
            case let .move(point): cairo_move_to(context, point.x, point.y)
            case let .line(point): cairo_line_to(context, point.x, point.y)
            case let .curve(a, b, c): cairo_curve_to(context, a.x, a.y, b.x, b.y, c.x, c.y)
            case .close: cairo_close_path(context)
            }
        }
    }

    private func setSource(_ color: Color) {
        cairo_set_source_rgba(context, color.red, color.green, color.blue, color.alpha)
    }

    private func makeLayout(_ text: String, font: Font, letterSpacing: Double) -> OpaquePointer {
        let layout = pango_cairo_create_layout(context)!
        let pangoContext = pango_layout_get_context(layout)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(pangoContext, options)
        cairo_font_options_destroy(options)
        pango_layout_context_changed(layout)
        pango_layout_set_font_description(layout, fontDescription(font))
        if letterSpacing != 0 {
            let attributes = pango_attr_list_new()
            pango_attr_list_insert(attributes, pango_attr_letter_spacing_new(Int32(letterSpacing * Double(PANGO_SCALE))))
            pango_layout_set_attributes(layout, attributes)
            pango_attr_list_unref(attributes)
        }
        pango_layout_set_text(layout, text, -1)
        return layout
    }

    private func fontDescription(_ font: Font) -> OpaquePointer {
        if let cached = fonts[font] { return cached }
        let description = pango_font_description_from_string(font.pangoDescription)!
        fonts[font] = description
        return description
    }
}
