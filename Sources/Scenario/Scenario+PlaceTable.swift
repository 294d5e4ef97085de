import Foundation
import Geo

extension Scenario {
    /// How every place name was resolved, as an aligned text table (`validate --places`):
    /// location, written, verdict, confidence, place, id, kind, country, distance from the
    /// scenario's centre, and why a doubtful reading is doubtful.
    public static func placeTable(_ resolutions: [Resolution]) -> String {
        let header = ["where", "written", "verdict", "conf", "place", "id", "kind", "country", "from centre", "why"]
        let rows = resolutions.map { resolution -> [String] in
            [resolution.location.description, resolution.query, resolution.verdict.rawValue,
             String(format: "%.2f", resolution.confidence), resolution.place.name, resolution.place.id,
             resolution.place.kind.phrase, resolution.place.country ?? "",
             resolution.distanceFromCentre.map { DistanceText.kilometers($0) } ?? "", resolution.reasons.joined(separator: "; ")]
        }
        var widths = header.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        return ([header] + rows).map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
