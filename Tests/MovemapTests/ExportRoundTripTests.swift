import Foundation
import Testing

/// The GeoJSON export is a scenario: read back, it validates as the original did and draws
/// the same map, byte for byte.
@Suite(.serialized) struct ExportRoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seed = root.appendingPathComponent("seeds/syria-drawdown-2024.yaml")

    /// Every status, mode and form of time; sources with names and a URL; notes with commas
    /// and quotes; a defined place, a `lon,lat` place, markers, a fixed track, map settings.
    static let everything = """
        title: "Every status, mode and time form"
        subtitle: Round trip through GeoJSON
        date: December 2024
        map:
          size: 900x600
          scale: 1.5
          graticule: true
          resolution: low
        sources:
          - id: afp
            name: AFP
          - {id: maxar, name: "Maxar \\"imagery\\"", url: "https://example.org/maxar?a=1&b=2"}
          - id: hur
        places:
          - {id: Depot-7, name: Depot 7, kind: city, position: "36.7,34.2", country: SY}
        assets:
          - {id: convoy, name: Convoy A, mode: road, speed: 26 km/h, count: 3}
          - {id: lift, name: "Il-76 \\"lift\\"", mode: air}
          - {id: ferry, name: Ferry, mode: sea, speed: 11.5}
          - {id: patrol, name: Patrol line, mode: road, fixed: true}
        sightings:
          - {asset: convoy, place: Damascus, time: 2024-12-08T06:45:30Z, status: observed, source: afp, note: "left base, heading north"}
          - {asset: convoy, place: Depot-7, time: ~2024-12-09, status: reported, source: maxar, note: "parked; 40 trucks — \\"seen\\""}
          - {asset: convoy, place: Homs, time: 2024-12-10/2024-12-12, status: planned, source: hur}
          - {asset: lift, place: Hmeimim, time: 2024-12, status: reported, source: hur}
          - {asset: lift, place: Beirut, status: inferred}
          - {asset: ferry, place: Tartus naval base, time: 2024-12-14T10:30+02:00, status: observed, source: maxar}
          - {asset: ferry, place: Famagusta, status: planned, source: afp, note: due in two days}
          - {asset: patrol, place: "36.1,33.5", time: 2024-12-11, status: observed, source: afp}
          - {asset: patrol, place: "36.3,33.7", status: observed, source: afp}
          - {asset: patrol, place: "36.25,33.95", status: observed, source: afp}
        markers:
          - {place: Depot-7, label: "Depot 7", note: stores, source: maxar, importance: 5}
          - place: Palmyra

        """

    /// A flight across the antimeridian: its leg is exported as a MultiLineString.
    static let dateline = """
        title: Across the dateline
        map: {size: 600x400}
        assets:
          - {id: flight, name: Il-62, mode: air}
        sightings:
          - {asset: flight, place: UHPP, time: 2024-12-01T02:00Z, status: observed}
          - {asset: flight, place: PANC, status: planned}

        """

    /// A folder holding `name`: the seed, `everything.yaml` or `dateline.yaml`.
    static func folder(with name: String) throws -> URL {
        let folder = try CLIRunner.folder()
        if name == "seed.yaml" {
            try FileManager.default.copyItem(at: seed, to: folder.appendingPathComponent(name))
        } else {
            try CLIRunner.write(name == "dateline.yaml" ? dateline : everything, to: folder.appendingPathComponent(name))
        }
        return folder
    }

    /// The warnings of a `validate` run, without their `file:line:col:` (the two files differ).
    static func warnings(_ errors: String) -> Set<String> {
        Set(errors.split(separator: "\n").compactMap { line in
            line.range(of: ": warning: ").map { String(line[$0.upperBound...]) }
        })
    }

    @Test("the export validates with no new warnings and renders the same PNG and SVG bytes as the scenario",
          arguments: ["seed.yaml", "everything.yaml", "dateline.yaml"])
    func exportRendersTheSameMap(_ name: String) throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try Self.folder(with: name)
        let export = try CLIRunner.run(["export", name, "-o", "x.geojson"], in: folder)
        #expect(export.status == 0, "\(export.errors)")
        let original = try CLIRunner.run(["validate", name], in: folder)
        let exported = try CLIRunner.run(["validate", "x.geojson"], in: folder)
        #expect(original.status == 0, "\(original.errors)")
        #expect(exported.status == 0, "\(exported.errors)")
        #expect(!exported.errors.contains("error:"), "\(exported.errors)")
        let added = Self.warnings(exported.errors).subtracting(Self.warnings(original.errors))
        #expect(added.isEmpty, "warnings the scenario did not have: \(added.sorted())")
        #expect(exported.errors.contains("x.geojson: ok"), "\(exported.errors)")
        for format in ["png", "svg"] {
            let a = try CLIRunner.run(["render", name, "-o", "a.\(format)", "-q"], in: folder)
            let b = try CLIRunner.run(["render", "x.geojson", "-o", "b.\(format)", "-q"], in: folder)
            #expect(a.status == 0 && b.status == 0, "\(a.errors)\(b.errors)")
            let drawn = try Data(contentsOf: folder.appendingPathComponent("a.\(format)"))
            let redrawn = try Data(contentsOf: folder.appendingPathComponent("b.\(format)"))
            #expect(drawn.count > 1000)
            #expect(drawn == redrawn, "\(name): the \(format) drawn from the export differs from the scenario's")
        }
        if name == "dateline.yaml" {
            let text = try String(contentsOf: folder.appendingPathComponent("x.geojson"), encoding: .utf8)
            #expect(text.contains("{\"type\":\"MultiLineString\""), "the leg is cut at the antimeridian (RFC 7946)")
        }
        // Exporting the export gives the same bytes: nothing is lost or added on the way.
        let again = try CLIRunner.run(["export", "x.geojson", "-o", "y.geojson"], in: folder)
        #expect(again.status == 0, "\(again.errors)")
        #expect(try Data(contentsOf: folder.appendingPathComponent("x.geojson")) == Data(contentsOf: folder.appendingPathComponent("y.geojson")))
    }

    static func features(_ data: Data, role: String) throws -> [[String: Any]] {
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        return features.compactMap { $0["properties"] as? [String: Any] }.filter { $0["role"] as? String == role }
    }

    @Test("each leg carries its asset id and name, status, times, sources and notes; each sighting its time as written")
    func legsAndSightingsCarryTheirFields() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try Self.folder(with: "everything.yaml")
        let result = try CLIRunner.run(["export", "everything.yaml", "--format", "geojson"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let data = Data(result.output.utf8)
        let legs = try Self.features(data, role: "leg")
        #expect(legs.count == 6)
        let first = try #require(legs.first { $0["asset"] as? String == "convoy" && $0["to"] as? String == "Depot 7" })
        #expect(first["asset_name"] as? String == "Convoy A")
        #expect(first["mode"] as? String == "road")
        #expect(first["status"] as? String == "reported")
        #expect(first["from"] as? String == "Damascus")
        #expect(first["from_status"] as? String == "observed")
        #expect(first["from_time"] as? String == "2024-12-08T06:45:30Z")
        #expect(first["to_time"] as? String == "~2024-12-09")
        #expect(first["departure"] as? String == "2024-12-08T06:45Z")
        #expect(first["arrival"] as? String == "2024-12-09T00:00Z")
        #expect(first["arrival_estimated"] as? Bool == false)
        #expect(first["source"] as? String == "afp, maxar")
        #expect(first["from_source"] as? String == "afp")
        #expect(first["to_source"] as? String == "maxar")
        #expect(first["from_note"] as? String == "left base, heading north")
        #expect(first["to_note"] as? String == "parked; 40 trucks — \"seen\"")
        let km = first["length_km"] as? Double ?? 0, nm = first["length_nm"] as? Double ?? 0
        #expect(abs(km - 85.4) < 2 && abs(km / 1.852 - nm) < 0.1, "Damascus–Depot 7 is about 85 km, got \(km) km, \(nm) nm")
        let ferry = try #require(legs.first { $0["asset"] as? String == "ferry" })
        #expect(ferry["from_time"] as? String == "2024-12-14T08:30Z", "times are given in UTC")
        #expect(ferry["status"] as? String == "planned")
        #expect(ferry["to_note"] as? String == "due in two days")
        #expect(ferry["arrival_estimated"] as? Bool == true)
        let lift = try #require(legs.first { $0["asset"] as? String == "lift" })
        #expect(lift["status"] as? String == "inferred")
        #expect(lift["from_time"] as? String == "2024-12")
        #expect(lift["to_source"] == nil && lift["to_time"] == nil, "fields without a value are left out")

        let sightings = try Self.features(data, role: "sighting")
        #expect(sightings.count == 10)
        #expect(sightings.compactMap { $0["time"] as? String }
                == ["2024-12-08T06:45:30Z", "~2024-12-09", "2024-12-10/2024-12-12", "2024-12", "2024-12-14T08:30Z", "2024-12-11"])
        #expect(sightings.map { $0["status"] as? String ?? "" }
                == ["observed", "reported", "planned", "reported", "inferred", "observed", "planned", "observed", "observed", "observed"])
        #expect(sightings[1]["place"] as? String == "Depot-7")
        #expect(sightings[3]["place"] as? String == "airbase:hmeimim")
        #expect(sightings[3]["asset_name"] as? String == "Il-76 \"lift\"")
        #expect(sightings[6]["note"] as? String == "due in two days")
        #expect(sightings[5]["source_name"] as? String == "Maxar \"imagery\"")
        #expect(try Self.features(data, role: "place").map { $0["id"] as? String } == ["Depot-7"])
        #expect(try Self.features(data, role: "marker").map { $0["label"] as? String } == ["Depot 7", "Tadmur"])
    }

    @Test("every gazetteer place used is a 'resolved' point with id, kind and country; markers and sightings carry the country too")
    func resolvedPlaces() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write("title: t\nmarkers:\n  - {place: Norway}\n  - {place: Tartus}\n", to: folder.appendingPathComponent("m.yaml"))
        let result = try CLIRunner.run(["export", "m.yaml", "--format", "geojson"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let data = Data(result.output.utf8)
        let resolved = try Self.features(data, role: "resolved")
        let norway = try #require(resolved.first { $0["id"] as? String == "country:NO" })
        #expect(norway["kind"] as? String == "country" && norway["country"] as? String == "NO")
        #expect(resolved.contains { ($0["id"] as? String)?.contains("tartus") == true && $0["country"] as? String == "SY" })
        let markers = try Self.features(data, role: "marker")
        #expect(markers.map { $0["country"] as? String } == ["NO", "SY"])
        // Read back, the resolved points add nothing: validate sees the two markers only.
        try CLIRunner.write(result.output, to: folder.appendingPathComponent("m.geojson"))
        let validate = try CLIRunner.run(["validate", "m.geojson"], in: folder)
        #expect(validate.status == 0, "\(validate.errors)")
    }

    @Test("a GeoJSON with an unknown role, a place role on a line or a bad asset member is refused where it is written, with exit 2")
    func unknownRolesAreRefused() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write("""
            {"type": "FeatureCollection", "assets": [{"id": "c", "mode": "road", "fixed": "maybe"}], "features": [
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.3, 33.5]}, "properties": {"role": "sightng", "asset": "c"}},
            {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[36.3, 33.5], [36.7, 34.7]]}, "properties": {"role": "place", "id": "x"}},
            {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}, "properties": {"role": "leg"}}
            ]}
            """, to: folder.appendingPathComponent("bad.geojson"))
        let result = try CLIRunner.run(["validate", "bad.geojson"], in: folder)
        #expect(result.status == 2)
        #expect(result.errors.contains("bad.geojson:2:104: error: unknown role 'sightng' — use sighting, track, place, marker, leg, resolved, or leave 'role' out"),
                "\(result.errors)")
        #expect(result.errors.contains("bad.geojson:3:42: error: a feature with role 'place' must be a Point"), "\(result.errors)")
        #expect(result.errors.contains("bad.geojson:1:79: error: 'maybe' is not true or false"), "members are read as YAML sections: \(result.errors)")
        #expect(!result.errors.contains("bad.geojson:4"), "a leg is not read: \(result.errors)")
    }
}
