import Foundation
import Render

extension BatchRunner {
    /// The output formats of `text` (`png,svg,pdf,tif`, comma-separated, in any case), in
    /// order and without repeats.
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for a name that is not a format, for none, or for
    ///   a `paper` size (other than `none`) without PDF among the formats.
    public static func formats(_ text: String, paper: String? = nil) throws -> [OutputFormat] {
        var formats: [OutputFormat] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let parsed = OutputFormat(pathExtension: name) else { throw MovemapError.usage("--format '\(name)' is not png, svg, pdf or tif") }
            if !formats.contains(parsed) { formats.append(parsed) }
        }
        guard !formats.isEmpty else { throw MovemapError.usage("--format needs at least one of png, svg, pdf, tif") }
        if let paper, paper.lowercased() != "none", !formats.contains(.pdf) {
            throw MovemapError.usage("--paper \(paper) is for PDF output — add pdf to --format (e.g. --format png,pdf), or give the page in pixels with --size")
        }
        return formats
    }

    /// How many scenarios to draw at once: `jobs`, or the number of cores.
    ///
    /// - Throws: ``MovemapError/usage(_:)`` for a count outside 1…256.
    public static func jobs(_ jobs: Int?) throws -> Int {
        if let jobs, !(1...256).contains(jobs) { throw MovemapError.usage("--jobs \(jobs) is outside 1…256") }
        return jobs ?? ProcessInfo.processInfo.activeProcessorCount
    }
}
