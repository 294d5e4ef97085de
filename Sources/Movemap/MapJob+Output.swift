import Foundation
import Render
import Scenario

extension MapJob {
    /// The format of a map written to `path` (`-` for standard output): `format` (`png`,
    /// `svg`, `pdf` or `tif`, in any case), which must agree with the path's extension when it
    /// has one; else the extension.
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for no format at all, a format that is not one,
    ///   or one the extension contradicts.
    public static func outputFormat(path: String, format: String?) throws -> OutputFormat {
        let byExtension = path == "-" ? nil : OutputFormat(pathExtension: URL(fileURLWithPath: path).pathExtension)
        guard let text = format else {
            guard let byExtension else {
                throw MovemapError.usage(path == "-" ? "-o - needs --format png, svg, pdf or tif"
                                         : "-o \(path): the extension must be .png, .svg, .pdf or .tif (.tiff)")
            }
            return byExtension
        }
        guard let chosen = OutputFormat(pathExtension: text.lowercased()) else {
            throw MovemapError.usage("--format \(text): use png, svg, pdf or tif")
        }
        if let byExtension, byExtension != chosen {
            throw MovemapError.usage("--format \(text) does not match -o \(path)")
        }
        return chosen
    }

    /// The format of a scenario read from standard input, `yaml`, `json`, `csv` or `geojson`
    /// in any case; `nil` for none given (recognised from the text).
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for a name that is not one.
    public static func inputFormat(_ text: String?) throws -> ScenarioFormat? {
        try text.map { text in
            guard let parsed = ScenarioFormat(rawValue: text.lowercased()) else {
                throw MovemapError.usage("--input-format \(text): use yaml, json, csv or geojson")
            }
            return parsed
        }
    }

    /// Refuses settings the output cannot carry: real SVG text in another format, a paper
    /// size outside PDF, or a world file beside a vector map or standard output (`path` `-`).
    ///
    /// - Throws: ``MovemapError/usage(_:)`` saying which flag goes with which output.
    public static func checkOutput(path: String, format: OutputFormat, overrides: Overrides, worldFile: Bool) throws {
        guard overrides.map.svgText != .real || format == .svg else {
            throw MovemapError.usage("--svg-text real goes with a .svg output")
        }
        if let paper = overrides.map.paper, paper != "none", format != .pdf {
            throw MovemapError.usage("--paper \(paper) is for PDF output — write -o FILE.pdf, or give a \(format.rawValue.uppercased())'s page in pixels with --size")
        }
        guard !worldFile || format.isRaster else { throw MovemapError.usage("--world-file goes with a .png or .tif output") }
        guard !worldFile || path != "-" else { throw MovemapError.usage("--world-file needs -o FILE.png or FILE.tif, not standard output") }
    }
}
