import Foundation
import Testing
@testable import Scenario

@Suite struct ImportReaderTests {
    @Test func extensionChoosesTheReader() {
        #expect(ScenarioFormat(path: "a/b.YML") == .yaml)
        #expect(ScenarioFormat(path: "b.json") == .json)
        #expect(ScenarioFormat(path: "b.csv") == .csv)
        #expect(ScenarioFormat(path: "b.geojson") == .geojson)
        #expect(ScenarioFormat(path: "b.txt") == nil)
    }

    @Test func csvRowsBecomeSightingsWithImpliedAssets() throws {
        let text = "asset,place,time,status,source,note,mode\nconv,Damascus,2024-12-01,observed,afp,\"left base, north\",road\nconv,\"Homs\",,reported,afp,,\n"
        let raw = try CSVScenarioReader(file: "t.csv").parse(text)
        #expect(raw.sightings.count == 2)
        #expect(raw.sightings[0].note?.value == "left base, north")
        #expect(raw.sightings[1].place?.location.description == "t.csv:3:6")
        #expect(raw.assets.map(\.id.value) == ["conv"])
        #expect(raw.assets.first?.mode?.value == "road")
    }

    @Test func csvAssetWithoutModeIsAProblemNamingTheSidecar() {
        let text = "asset,place,time,status,source\nconv,Damascus,2024-12-01,observed,afp\n"
        #expect(throws: ScenarioError.invalid([ScenarioProblem(location: .init(file: "t.csv", line: 2, column: 1),
                                                               message: "asset 'conv' has no mode",
                                                               fix: "fill the 'mode' column (air, sea or road) or declare it under 'assets:' in t.csv.yaml")])) {
            try CSVScenarioReader(file: "t.csv").parse(text)
        }
    }

    @Test func csvUnknownColumnSuggestsTheClosest() {
        let text = "asset,place,tiem,status,source\n"
        do {
            _ = try CSVScenarioReader(file: "t.csv").parse(text)
            Issue.record("expected an error")
        } catch let error as ScenarioError {
            #expect(error.description.contains("t.csv:1:13: error: unknown column 'tiem' — did you mean 'time'?"))
            #expect(error.description.contains("lacks the 'time' column"))
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test func geoJSONPointsAreSightingsAndLinesAreFixedTracks() throws {
        let text = """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.3, 33.5]},
          "properties": {"asset": "conv", "time": "2024-12-01", "status": "observed", "source": "x", "mode": "road"}},
         {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[35.9, 35.4], [36.2, 35.0], [36.7, 34.7]]},
          "properties": {"asset": "column", "status": "reported"}}
        ]}
        """
        let raw = try GeoJSONScenarioReader(file: "g.geojson").parse(text)
        #expect(raw.sightings.map { $0.place?.value } == ["36.3,33.5", "35.9,35.4", "36.2,35.0", "36.7,34.7"])
        #expect(raw.assets.map(\.id.value) == ["conv", "column"])
        #expect(raw.assets.map { $0.mode?.value } == ["road", "road"])
    }

    @Test func geoJSONBadPositionIsReportedWithItsLine() {
        let text = """
        {"type": "FeatureCollection", "features": [
         {"type": "Feature", "geometry": {"type": "Point", "coordinates": [360, 33.5]},
          "properties": {"asset": "conv", "status": "observed", "mode": "road"}}
        ]}
        """
        do {
            _ = try GeoJSONScenarioReader(file: "g.geojson").parse(text)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("g.geojson:2:") && "\(error)".contains("not a position"), "\(error)")
        }
    }
}

@Suite struct AbsurdRequestTests {
    @Test func csvWithMoreRowsThanTheLimitIsRefusedWithAClearMessage() {
        let row = "a,Homs,,observed,x,road\n"
        let text = "asset,place,time,status,source,mode\n" + String(repeating: row, count: ScenarioReader.maximumSightings + 1)
        do {
            _ = try CSVScenarioReader(file: "big.csv").parse(text)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("100001 rows is more than the 100000 a scenario may hold"), "\(error)")
        }
    }
}
