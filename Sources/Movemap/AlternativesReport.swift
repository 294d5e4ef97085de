import Foundation
import Geo
import Routes
import Scenario

/// A voyage and its alternatives (`route sea --alternatives`): the shortest route, then the
/// best way round each major passage it uses, and the passages no route avoids.
public struct AlternativesReport: Sendable {
    /// The routes' reports, the shortest first, each alternative with its label and the
    /// passages it avoids.
    public var routes: [RouteReport]
    /// The passages no water route avoids, each with why.
    public var unroutable: [SeaAlternatives.Unroutable]
    /// The speed in knots the days an alternative adds are counted at.
    public var speedKnots: Double

    /// A report of `routes` (shortest first) and `unroutable`, days counted at `speedKnots`.
    public init(routes: [RouteReport], unroutable: [SeaAlternatives.Unroutable], speedKnots: Double) {
        self.routes = routes
        self.unroutable = unroutable
        self.speedKnots = speedKnots
    }

    /// One line per passage no route avoids: `via Cape Horn: no water route (…)`.
    public var unroutableLines: [String] {
        unroutable.map { "\($0.label): no water route (\($0.reason))" }
    }

    /// The shortest route as ``RouteReport/text``, then one line per alternative with its
    /// length, the miles and days it adds and its passages, then its own notes, then
    /// ``unroutableLines``; each line ends in a newline:
    ///
    /// ```
    /// via Cape of Good Hope: 11,714 nm (+3,434 nm, +10.2 days at 14 kn); passages: dover
    /// ```
    public var text: String {
        guard let shortest = routes.first else { return unroutableLines.map { $0 + "\n" }.joined() }
        var lines: [String] = []
        for report in routes.dropFirst() {
            lines.append(line(report, shortest: shortest))
            // The first route's notes already say whether seasons could be judged.
            for note in report.notes ?? [] where !(shortest.notes ?? []).contains(note) && !note.contains("no departure date") {
                lines.append("  note: \(note)")
            }
        }
        lines += unroutableLines
        return shortest.text + lines.map { $0 + "\n" }.joined()
    }

    /// Every route as one JSON array, shortest first (``RouteReport/json(_:)``).
    public func json() throws -> String { try RouteReport.json(routes) }

    /// Every route as a GeoJSON FeatureCollection, shortest first (``RouteReport/geoJSON(_:)``).
    public func geoJSON() throws -> String { try RouteReport.geoJSON(routes) }

    /// `via Cape of Good Hope: 11,714 nm (+3,434 nm, +10.2 days at 14 kn); passages: dover`.
    func line(_ report: RouteReport, shortest: RouteReport) -> String {
        let extra = report.lengthNauticalMiles - shortest.lengthNauticalMiles
        let days = String(format: "%.1f", extra / speedKnots / 24)
        var line = "\(report.label ?? ""): \(DistanceText.nauticalMiles(report.lengthNauticalMiles)) "
            + "(+\(DistanceText.nauticalMiles(extra)), +\(days) days at \(String(format: "%g", speedKnots)) kn)"
        if let passages = report.passages, !passages.isEmpty { line += "; passages: \(passages.joined(separator: ", "))" }
        return line
    }
}
