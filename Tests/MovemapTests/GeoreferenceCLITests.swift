import Foundation
import Testing

/// GeoTIFF output and world files, checked the way a GIS user would: through GDAL.
@Suite(.serialized) struct GeoreferenceCLITests {
    static let scenario = RouteCacheTests.coastalHop
    /// West, south, east, north of the map in degrees; at 240x180 points a 3°×3° square
    /// in longitude/latitude fills the height and shows 4° of longitude.
    static let region = "34,33,37,36"
    static let gdalAvailable = CLIRunner.isAvailable && CLIRunner.which("gdalinfo") != nil
        && CLIRunner.which("gdaltransform") != nil

    /// A folder holding the scenario as `hop.yaml`.
    static func folder() throws -> URL {
        let folder = try CLIRunner.folder()
        try CLIRunner.write(scenario, to: folder.appendingPathComponent("hop.yaml"))
        return folder
    }

    static func render(_ extra: [String], in folder: URL) throws {
        let result = try CLIRunner.run(["render", "hop.yaml", "--region", region] + extra, in: folder)
        #expect(result.status == 0, "\(result.errors)")
    }

    /// `gdalinfo -json` of a file, parsed.
    static func gdalinfo(_ name: String, in folder: URL, _ options: [String] = []) throws -> [String: Any] {
        let text = try tool("gdalinfo", ["-json"] + options + [name], in: folder)
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Runs a GDAL program in `folder` with `input` on standard input; returns its output.
    static func tool(_ name: String, _ arguments: [String], input: String = "", in folder: URL) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(CLIRunner.which(name)))
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let stdin = Pipe(), out = Pipe()
        process.standardInput = stdin
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(name) \(arguments) failed")
        return String(decoding: output, as: UTF8.self)
    }

    /// Longitude and latitude of pixel positions (column, row; corners at whole numbers).
    static func coordinates(of pixels: [(Double, Double)], in name: String, folder: URL) throws -> [(Double, Double)] {
        let input = pixels.map { "\($0.0) \($0.1)" }.joined(separator: "\n") + "\n"
        let output = try tool("gdaltransform", ["-t_srs", "EPSG:4326", name], input: input, in: folder)
        return output.split(separator: "\n").map { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return (numbers[0], numbers[1])
        }
    }

    /// Pixel positions (column, row) of longitude/latitude points.
    static func pixels(of points: [(Double, Double)], in name: String, folder: URL) throws -> [(Double, Double)] {
        let input = points.map { "\($0.0) \($0.1)" }.joined(separator: "\n") + "\n"
        let output = try tool("gdaltransform", ["-i", "-t_srs", "EPSG:4326", name], input: input, in: folder)
        return output.split(separator: "\n").map { line in
            let numbers = line.split(separator: " ").compactMap { Double($0) }
            return (numbers[0], numbers[1])
        }
    }

    /// The six numbers of a world file.
    static func worldFile(_ name: String, in folder: URL) throws -> [Double] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").compactMap { Double($0) }
    }

    /// The projection method's name and parameters (name → value) GDAL reads, from PROJJSON.
    static func projection(_ info: [String: Any]) throws -> (method: String, parameters: [String: Double]) {
        let stac = try #require(info["stac"] as? [String: Any])
        let crs = try #require(stac["proj:projjson"] as? [String: Any])
        let conversion = try #require(crs["conversion"] as? [String: Any])
        let method = try #require((conversion["method"] as? [String: Any])?["name"] as? String)
        var parameters: [String: Double] = [:]
        for case let parameter as [String: Any] in conversion["parameters"] as? [Any] ?? [] {
            if let name = parameter["name"] as? String, let value = parameter["value"] as? Double { parameters[name] = value }
        }
        return (method, parameters)
    }

    static func checksums(_ info: [String: Any]) -> [Int] {
        (info["bands"] as? [[String: Any]] ?? []).compactMap { $0["checksum"] as? Int }
    }

    static func close(_ a: Double, _ b: Double, tolerance: Double) -> Bool { abs(a - b) <= tolerance }

    @Test("a longitude/latitude GeoTIFF states EPSG:4326, the world file's transform and the region's corners",
          .enabled(if: gdalAvailable))
    func geographicGeoTIFF() throws {
        let folder = try Self.folder()
        try Self.render(["-o", "map.tif", "--projection", "EPSG:4326", "--world-file"], in: folder)
        let info = try Self.gdalinfo("map.tif", in: folder)
        #expect(info["driverShortName"] as? String == "GTiff")
        #expect(info["size"] as? [Int] == [240, 180])
        #expect((info["bands"] as? [Any])?.count == 4)
        let stac = try #require(info["stac"] as? [String: Any])
        #expect(stac["proj:epsg"] as? Int == 4326)
        // gdalinfo's geotransform is the world file's, moved from the top-left pixel's
        // centre to its corner.
        let world = try Self.worldFile("map.tfw", in: folder)
        let transform = try #require(info["geoTransform"] as? [Double])
        #expect(world.count == 6 && transform.count == 6)
        let expected = [world[4] - world[0] / 2, world[0], world[1], world[5] - world[3] / 2, world[2], world[3]]
        for (got, want) in zip(transform, expected) { #expect(Self.close(got, want, tolerance: 1e-9), "\(transform) \(expected)") }
        // 3° of latitude over 180 rows, and the square region centred in a 4:3 frame.
        #expect(Self.close(transform[1], 1.0 / 60, tolerance: 1e-9) && Self.close(transform[5], -1.0 / 60, tolerance: 1e-9))
        let corners = try #require(info["cornerCoordinates"] as? [String: [Double]])
        let upperLeft = try #require(corners["upperLeft"]), lowerRight = try #require(corners["lowerRight"])
        #expect(Self.close(upperLeft[0], 33.5, tolerance: 1e-6) && Self.close(upperLeft[1], 36, tolerance: 1e-6), "\(upperLeft)")
        #expect(Self.close(lowerRight[0], 37.5, tolerance: 1e-6) && Self.close(lowerRight[1], 33, tolerance: 1e-6), "\(lowerRight)")
    }

    @Test("a Lambert azimuthal equal-area GeoTIFF states the method, its centre, and covers the region",
          .enabled(if: gdalAvailable))
    func equalAreaGeoTIFF() throws {
        let folder = try Self.folder()
        try Self.render(["-o", "map.tif", "--projection", "laea"], in: folder)
        let info = try Self.gdalinfo("map.tif", in: folder)
        let (method, parameters) = try Self.projection(info)
        #expect(method == "Lambert Azimuthal Equal Area")
        #expect(parameters["Latitude of natural origin"] == 34.5)
        #expect(parameters["Longitude of natural origin"] == 35.5)
        let wkt = try #require((info["coordinateSystem"] as? [String: Any])?["wkt"] as? String)
        #expect(wkt.contains("WGS 84"))
        // The centre pixel lies at the region's centre; every corner of the region is on the map.
        let centre = try Self.coordinates(of: [(120, 90)], in: "map.tif", folder: folder)[0]
        #expect(Self.close(centre.0, 35.5, tolerance: 0.05) && Self.close(centre.1, 34.5, tolerance: 0.05), "\(centre)")
        // Every corner of the region is on the map, and the region fills its height.
        let corners = try Self.pixels(of: [(34, 36), (37, 36), (34, 33), (37, 33), (35.5, 36), (35.5, 33)],
                                      in: "map.tif", folder: folder)
        for (column, row) in corners { #expect((0...240).contains(column) && (0...180).contains(row), "\(corners)") }
        let rows = corners.map(\.1)
        #expect(rows.min()! < 1 && rows.max()! > 179, "\(rows)")
    }

    @Test("projections GeoTIFF has no keys for arrive as ESRI WKT that GDAL reads", .enabled(if: gdalAvailable),
          arguments: [("robinson", "Robinson"), ("equal-earth", "Equal Earth")])
    func fallbackProjections(name: String, method: String) throws {
        let folder = try Self.folder()
        try Self.render(["-o", "map.tif", "--projection", name], in: folder)
        let (read, parameters) = try Self.projection(try Self.gdalinfo("map.tif", in: folder))
        #expect(read == method)
        #expect(parameters.values.contains(35.5), "\(parameters)")
    }

    @Test("the GeoTIFF holds the PNG's pixels, opaque and transparent", .enabled(if: gdalAvailable))
    func samePixels() throws {
        let folder = try Self.folder()
        for extra in [[], ["--transparent"]] {
            try Self.render(["-o", "map.png"] + extra, in: folder)
            try Self.render(["-o", "map.tif"] + extra, in: folder)
            let png = Self.checksums(try Self.gdalinfo("map.png", in: folder, ["-checksum"]))
            let tif = try Self.gdalinfo("map.tif", in: folder, ["-checksum", "-stats"])
            let tifSums = Self.checksums(tif)
            #expect(tifSums.count == 4)
            if extra.isEmpty {
                #expect(png.count == 3 && Array(tifSums.prefix(3)) == png, "\(png) \(tifSums)")
                let alpha = try #require((tif["bands"] as? [[String: Any]])?.last)
                #expect(alpha["minimum"] as? Double == 255 && alpha["colorInterpretation"] as? String == "Alpha")
            } else {
                #expect(png.count == 4 && tifSums == png, "\(png) \(tifSums)")
            }
        }
    }

    @Test("the same scenario gives the same GeoTIFF bytes, to a file or to standard output", .enabled(if: CLIRunner.isAvailable))
    func deterministicBytes() throws {
        let folder = try Self.folder()
        try Self.render(["-o", "a.tif"], in: folder)
        try Self.render(["-o", "b.tiff"], in: folder)
        let first = try Data(contentsOf: folder.appendingPathComponent("a.tif"))
        #expect(first.prefix(4) == Data([0x49, 0x49, 0x2A, 0x00]))
        #expect(first == (try Data(contentsOf: folder.appendingPathComponent("b.tiff"))))
        for format in ["tif", "tiff"] {
            let (process, out, _) = CLIRunner.process(["render", "hop.yaml", "--region", Self.region, "-o", "-",
                                                       "--format", format], in: folder)
            try process.run()
            let bytes = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            #expect(bytes == first, "--format \(format)")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test("--world-file beside a PNG gives GDAL the CRS (.aux.xml) and the transform (.pgw)", .enabled(if: gdalAvailable))
    func pngWorldFile() throws {
        let folder = try Self.folder()
        try Self.render(["-o", "map.png", "--projection", "lcc", "--world-file"], in: folder)
        for name in ["map.pgw", "map.prj", "map.png.aux.xml"] {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path), "\(name)")
        }
        let prj = try String(contentsOf: folder.appendingPathComponent("map.prj"), encoding: .utf8)
        #expect(prj.hasPrefix("PROJCS[") && prj.contains("Lambert_Conformal_Conic"))
        let info = try Self.gdalinfo("map.png", in: folder)
        let (method, parameters) = try Self.projection(info)
        #expect(method == "Lambert Conic Conformal (2SP)")
        #expect(parameters["Longitude of false origin"] == 35.5)
        let world = try Self.worldFile("map.pgw", in: folder)
        let transform = try #require(info["geoTransform"] as? [Double])
        let expected = [world[4] - world[0] / 2, world[0], world[1], world[5] - world[3] / 2, world[2], world[3]]
        for (got, want) in zip(transform, expected) { #expect(Self.close(got, want, tolerance: 1e-6), "\(transform) \(expected)") }
        #expect(info["size"] as? [Int] == [240, 180])
        // The PNG and a GeoTIFF of the same map agree on where it lies.
        try Self.render(["-o", "map.tif", "--projection", "lcc"], in: folder)
        let tif = try #require(try Self.gdalinfo("map.tif", in: folder)["geoTransform"] as? [Double])
        for (a, b) in zip(tif, transform) { #expect(Self.close(a, b, tolerance: 1e-6)) }
    }

    @Test("unknown extensions and formats, and a format against the extension, exit 2", .enabled(if: CLIRunner.isAvailable))
    func formatErrors() throws {
        let folder = try Self.folder()
        let gif = try CLIRunner.run(["render", "hop.yaml", "-o", "map.gif"], in: folder)
        #expect(gif.status == 2 && gif.errors.contains("the extension must be .png, .svg, .pdf or .tif (.tiff)"), "\(gif.errors)")
        let jpeg = try CLIRunner.run(["render", "hop.yaml", "-o", "-", "--format", "jpeg"], in: folder)
        #expect(jpeg.status == 2 && jpeg.errors.contains("--format jpeg: use png, svg, pdf or tif"), "\(jpeg.errors)")
        let clash = try CLIRunner.run(["render", "hop.yaml", "-o", "map.png", "--format", "tiff"], in: folder)
        #expect(clash.status == 2 && clash.errors.contains("--format tiff does not match -o map.png"), "\(clash.errors)")
        let piped = try CLIRunner.run(["render", "hop.yaml", "-o", "-", "--format", "tif", "--world-file"], in: folder)
        #expect(piped.status == 2 && piped.errors.contains("--world-file needs -o FILE.png or FILE.tif"), "\(piped.errors)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names == ["hop.yaml"], "\(names)")
    }
}
