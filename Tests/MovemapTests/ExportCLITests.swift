import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite(.serialized) struct ExportCLITests {
    @Test func geoJSONAndKMLExportsOpenInGDALAndRepeatByteForByte() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write(CLIRunner.scenario(day: 1), to: folder.appendingPathComponent("s.yaml"))
        let first = try CLIRunner.run(["export", "s.yaml", "--format", "geojson", "-o", "a.geojson"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        _ = try CLIRunner.run(["export", "s.yaml", "--format", "geojson", "-o", "b.geojson"], in: folder)
        let a = try Data(contentsOf: folder.appendingPathComponent("a.geojson"))
        #expect(a == (try Data(contentsOf: folder.appendingPathComponent("b.geojson"))))
        let json = try JSONSerialization.jsonObject(with: a) as? [String: Any]
        let features = json?["features"] as? [[String: Any]] ?? []
        let legs = features.filter { ($0["geometry"] as? [String: Any])?["type"] as? String == "LineString" }
        #expect(features.count == 5, "two resolved places, two sightings and one leg")
        let properties = legs.first?["properties"] as? [String: Any]
        #expect(properties?["status"] as? String == "reported")
        let km = properties?["length_km"] as? Double ?? 0
        #expect(abs(km - 140.5) < 3, "Damascus–Homs is about 140 km, got \(km)")
        let kml = try CLIRunner.run(["export", "s.yaml", "-o", "s.kml"], in: folder)
        #expect(kml.status == 0)
        guard let ogrinfo = CLIRunner.which("ogrinfo") else {
            print("skipping the GDAL check: ogrinfo is not installed (apt-get install gdal-bin)")
            return
        }
        for (file, count) in [("a.geojson", "Feature Count: 5"), ("s.kml", "Feature Count: 1")] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: ogrinfo)
            process.arguments = ["-ro", "-al", "-so", folder.appendingPathComponent(file).path]
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(file): \(text)")
            #expect(text.contains(count), "\(file): \(text)")
        }
    }

    @Test func csvExportListsLegsWithDistancesAndTimes() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write("""
            asset,place,time,status,source,note,mode
            conv,Damascus,2024-12-01,observed,afp,"left base, heading north",road
            conv,Homs,2024-12-02,reported,afp,,

            """, to: folder.appendingPathComponent("t.csv"))
        let result = try CLIRunner.run(["export", "t.csv", "--format", "csv"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.first == "asset,mode,status,from,to,departure,arrival,length_km,length_nm,hours")
        #expect(lines.count == 2)
        #expect(lines.last?.hasPrefix("conv,road,reported,Damascus,Homs,2024-12-01T00:00Z,2024-12-02T00:00Z,") == true)
        #expect(lines.last?.hasSuffix(",24.0") == true)
    }

    @Test func validateReportsCSVProblemsWithLineAndColumnAndExitCode2() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write("""
            asset,place,time,status,source,mode
            conv,Damascus,2024-12-01,observed,afp,road
            conv,Homs,2024-12-45,seen,afp,

            """, to: folder.appendingPathComponent("t.csv"))
        try CLIRunner.write(CLIRunner.scenario(day: 1).replacingOccurrences(of: "200x150", with: "100000x100000"),
                            to: folder.appendingPathComponent("big.yaml"))
        let result = try CLIRunner.run(["validate", "t.csv", "big.yaml"], in: folder)
        #expect(result.errors.contains("big.yaml:3:9: error: '100000x100000' is larger than 20000 pixels per side"), "\(result.errors)")
        #expect(result.status == 2)
        #expect(result.errors.contains("t.csv:3:11: error: '2024-12-45' is not a time"), "\(result.errors)")
        #expect(result.errors.contains("t.csv:3:22: error: unknown status 'seen'"), "\(result.errors)")
    }

    @Test("KML plays on a time slider: sightings at their times, legs over their spans, styles per mode and status, fields as ExtendedData")
    func kmlTimesStylesAndFields() throws {
        try #require(CLIRunner.isAvailable, "build movemap first: swift build")
        let folder = try CLIRunner.folder()
        try CLIRunner.write(CLIRunner.scenario(day: 1).replacingOccurrences(of: "status: reported}", with: "status: reported, source: afp, note: \"two trucks\"}"),
                            to: folder.appendingPathComponent("s.yaml"))
        let result = try CLIRunner.run(["export", "s.yaml", "--format", "kml"], in: folder)
        #expect(result.status == 0, "\(result.errors)")
        let kml = result.output
        final class Counter: NSObject, XMLParserDelegate {
            var counts: [String: Int] = [:]
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                        attributes: [String: String] = [:]) { counts[name, default: 0] += 1 }
        }
        let counter = Counter()
        let parser = XMLParser(data: Data(kml.utf8))
        parser.delegate = counter
        #expect(parser.parse(), "well-formed XML")
        #expect(counter.counts["Placemark"] == 5, "two places, two sightings, one leg")
        #expect(counter.counts["Style"] == 16, "twelve line styles (3 modes × 4 statuses) and four sighting styles")
        #expect(kml.contains("<Placemark><name>conv at Damascus</name><TimeSpan><begin>2024-12-01T00:00:00Z</begin><end>2024-12-02T00:00:00Z</end></TimeSpan>"))
        #expect(kml.contains("<TimeStamp><when>2024-12-01T12:00:00Z</when></TimeStamp>"))
        #expect(kml.contains("<TimeSpan><begin>2024-12-01T00:00:00Z</begin><end>2024-12-01T12:00:00Z</end></TimeSpan><styleUrl>#road-reported</styleUrl>"))
        #expect(kml.contains("<Data name=\"source\"><value>afp</value></Data><Data name=\"note\"><value>two trucks</value></Data>"))
        #expect(kml.contains("<Data name=\"length_km\"><value>"))
        // The road colour of the map's light theme, as KML's aabbggrr.
        #expect(kml.contains("<Style id=\"road-observed\"><LineStyle><color>ff1d4f7a</color><width>4</width>"))
    }
}
