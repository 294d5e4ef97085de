import Foundation
import Geo
import MapVocabulary
import Render
import Routes
import Scenario

/// Parses `--region auto|W,S,E,N|NAME`: a place name shows its area, or a box around it.
public enum RegionParser {
    /// The box `text` names: `nil` for `auto`, a `W,S,E,N` box in degrees, or a place's area
    /// padded by 15% (a box round a point place). Throws ``MovemapError/usage(_:)`` for a place
    /// movemap cannot frame with confidence.
    public static func region(_ text: String, gazetteer: Gazetteer) throws -> BoundingBox? {
        if text.lowercased() == "auto" { return nil }
        if text.contains(","), let box = BoundingBox(parsing: text) { return box }
        if text.contains(",") {
            throw MovemapError.usage("region '\(text)' is not W,S,E,N — write e.g. '--region 25,30,40,40' (west, south, east, north in degrees; W > E crosses the dateline)")
        }
        let resolution = gazetteer.resolve(text, context: .none)
        guard resolution.verdict == .sure, let match = resolution.match else {
            let why = resolution.reasons.joined(separator: "; ")
            let readings = resolution.closestReadings()
            throw MovemapError.usage("region '\(text)' is not a place movemap can frame with confidence"
                + (why.isEmpty ? "" : " (\(why))")
                + (readings.isEmpty ? "" : " — closest: \(readings.joined(separator: "; "))")
                + "; write the place as it is named, or a box 'W,S,E,N' (e.g. --region=25,30,40,40)")
        }
        if let area = match.place.area, let box = BoundingBox.enclosing(area) { return box.padded(by: 0.15) }
        let center = match.place.coordinate
        let span = match.place.kind == .country ? 8.0 : 3.0
        return BoundingBox(west: Coordinate.wrap(center.longitude - span), south: max(center.latitude - span * 0.7, -90),
                           east: Coordinate.wrap(center.longitude + span), north: min(center.latitude + span * 0.7, 90))
    }
}
