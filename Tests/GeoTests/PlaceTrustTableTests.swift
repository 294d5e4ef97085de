import Foundation
import Testing
@testable import Geo

/// Place names written the way reports write them — transliterations, typos, codes, other
/// scripts, kind words, qualifiers, context, and junk that must be refused — each with the
/// place it means (`Fixtures/place-queries.tsv`, columns described in its header). A row is
/// resolved as `validate` resolves a scenario: the query together with the row's `near`
/// places, its `kind` and its asset's `mode`.
struct PlaceTrustTableTests {
    struct Row: Sendable {
        var query, context, expect, category, note: String
        var coordinate: Coordinate?
        var tolerance: Double
    }

    enum Outcome: String { case right, flagged, unresolved, silent }

    static let rows: [Row] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/place-queries.tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").dropFirst().map { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            let coordinate = Double(f[3]).flatMap { lon in Double(f[4]).map { Coordinate(latitude: $0, longitude: lon) } }
            return Row(query: f[0], context: f[1], expect: f[2], category: f[6], note: f[7], coordinate: coordinate,
                       tolerance: Double(f[5]) ?? 0)
        }
    }()

    static func mentions(for row: Row) -> [Gazetteer.Mention] {
        var first = Gazetteer.Mention(text: row.query)
        var near: [Gazetteer.Mention] = []
        for part in row.context.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0] {
            case "kind": first.kinds = PlaceKind(parsing: pair[1]).map { [$0] }
            case "mode": first.preferred = pair[1] == "air" ? PlaceContext.airfieldKinds : PlaceContext.seaKinds
            case "near": near = pair[1].split(separator: ";").map { Gazetteer.Mention(text: String($0)) }
            default: break
            }
        }
        return [first] + near
    }

    static func outcome(_ row: Row, _ resolution: PlaceResolution) -> Outcome {
        let place = resolution.place
        if row.expect == "refuse" {
            return place == nil ? .right : resolution.verdict == .doubtful ? .flagged : .silent
        }
        guard let place else { return .unresolved }
        let right: Bool
        if row.expect == "country" {
            right = place.country == row.note.components(separatedBy: "iso=").last.map { String($0.prefix(2)) }
        } else {
            right = row.coordinate.map { GazetteerFixture.kilometres($0, place.coordinate) <= row.tolerance } ?? false
        }
        return right ? .right : resolution.verdict == .doubtful ? .flagged : .silent
    }

    @Test("at least 97% of 1,200 queries written as reports write them land right, and none lands wrong silently")
    func table() {
        let gazetteer = GazetteerFixture.shared
        #expect(Self.rows.count >= 1000)
        #expect(Self.rows.filter { $0.expect == "refuse" }.count >= 60)
        var counts: [Outcome: Int] = [:]
        var misses: [String] = []
        for row in Self.rows {
            let resolution = gazetteer.resolve(mentions: Self.mentions(for: row))[0]
            let outcome = Self.outcome(row, resolution)
            counts[outcome, default: 0] += 1
            if outcome != .right {
                misses.append("\(outcome.rawValue): '\(row.query)' [\(row.context)] → \(resolution.place?.name ?? "refused") \(resolution.reasons)")
            }
        }
        let right = Double(counts[.right] ?? 0) / Double(Self.rows.count)
        print("place trust table: \(counts[.right] ?? 0)/\(Self.rows.count) right (\(String(format: "%.1f", 100 * right))%), "
            + "\(counts[.silent] ?? 0) wrong and silent, \(counts[.flagged] ?? 0) wrong but flagged, \(counts[.unresolved] ?? 0) unresolved")
        #expect(counts[.silent, default: 0] == 0, "wrong and silent:\n\(misses.filter { $0.hasPrefix("silent") }.joined(separator: "\n"))")
        #expect(right >= 0.97, "\(counts) — misses:\n\(misses.joined(separator: "\n"))")
    }

    @Test("every refusal of junk names what came closest or says why", arguments: ["Xyzzy", "qwerty", "nan,nan", "999,999", "NATO"])
    func junkIsRefused(_ query: String) {
        let resolution = GazetteerFixture.shared.resolve(query, context: .none)
        #expect(resolution.verdict == .refused)
        #expect(resolution.place == nil)
        #expect(!resolution.reasons.isEmpty)
        #expect(resolution.confidence < Gazetteer.acceptConfidence)
    }

    @Test("confidence bands agree with verdicts: sure ≥ 0.85 > doubtful ≥ 0.6 > refused")
    func bands() {
        let gazetteer = GazetteerFixture.shared
        for row in Self.rows.prefix(400) {
            let resolution = gazetteer.resolve(mentions: Self.mentions(for: row))[0]
            switch resolution.verdict {
            case .sure: #expect(resolution.confidence >= Gazetteer.sureConfidence, "\(row.query)")
            case .doubtful: #expect(resolution.confidence < Gazetteer.sureConfidence && resolution.confidence >= Gazetteer.acceptConfidence, "\(row.query)")
            case .refused: #expect(resolution.confidence < Gazetteer.acceptConfidence, "\(row.query)")
            }
        }
    }
}
