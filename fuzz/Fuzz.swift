import Draft
import Foundation
@testable import Geo
@testable import Movemap
@testable import MapVocabulary
import Render
@testable import Routes
@testable import Scenario

/// libFuzzer entry for every decoder and parser that reads outside input. `FUZZ_TARGET`
/// picks one (see `scripts/fuzz`). Any thrown error or nil is a correct answer; only a
/// crash, trap, leak of memory or hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    Fuzz.targets[Fuzz.target]?(bytes)
    return 0
}

enum Fuzz {
    static let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "scenario"
    static let gazetteer = try! Gazetteer.load()

    static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Splits input at the first NUL byte: a file and its sidecar, or a value and its context.
    static func halves(_ bytes: UnsafeBufferPointer<UInt8>) -> (String, String) {
        let cut = bytes.firstIndex(of: 0) ?? bytes.count
        return (text(UnsafeBufferPointer(rebasing: bytes[..<cut])), text(UnsafeBufferPointer(rebasing: bytes[min(cut + 1, bytes.count)...])))
    }

    static let targets: [String: (UnsafeBufferPointer<UInt8>) -> Void] = [
        // The scenario decoders: the first byte picks YAML/JSON, CSV or GeoJSON.
        "scenario": { bytes in
            guard let first = bytes.first else { return }
            let formats: [ScenarioFormat] = [.yaml, .csv, .geojson, .json]
            let format = formats[Int(first) % formats.count]
            _ = try? format.read(path: "fuzz.\(format.rawValue)", text: text(UnsafeBufferPointer(rebasing: bytes.dropFirst())))
        },
        // A table or GeoJSON file with its sidecar YAML (before and after the first NUL).
        "sidecar": { bytes in
            let (table, sidecarText) = halves(bytes)
            var reader = ScenarioReader(file: "fuzz.csv.yaml")
            let sidecar = try? reader.parse(sidecarText)
            _ = try? CSVScenarioReader(file: "fuzz.csv").parse(table, sidecar: sidecar)
            _ = try? GeoJSONScenarioReader(file: "fuzz.geojson").parse(table, sidecar: sidecar)
        },
        // Reading and resolving a scenario against the real gazetteer.
        "resolver": { bytes in
            var reader = ScenarioReader(file: "fuzz.yaml")
            guard let raw = try? reader.parse(text(bytes)) else { return }
            var resolver = ScenarioResolver(gazetteer: gazetteer)
            _ = try? resolver.resolve(raw)
        },
        // A report's bytes to a draft: its text checks, then drafting and the draft's YAML read back.
        "draft": { bytes in
            guard let report = try? DraftJob.text(of: Data(bytes), name: "fuzz.txt") else { return }
            let draft = Drafter(gazetteer: gazetteer).draft([DraftReport(text: report, sourceName: "fuzz.txt", date: CivilDay(iso: "2024-12-14"))])
            var reader = ScenarioReader(file: "draft.yaml")
            guard let raw = try? reader.parse(draft.yaml) else { fatalError("a draft that does not read back:\n\(draft.yaml)") }
            _ = raw
        },
        // A gazetteer file (places.bin), its checksums sealed again after the fuzzer's changes so
        // the structure behind them is reached; a file that loads must answer lookups.
        "gazetteer": { bytes in
            var data = Array(bytes)
            let size = GazetteerFile.headerSize
            if data.count >= size, data.starts(with: GazetteerFile.magic) {
                for section in 0..<GazetteerFile.Section.allCases.count {
                    let entry = 16 + 12 * section
                    func word(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 | Int(data[at + 2]) << 16 | Int(data[at + 3]) << 24 }
                    let offset = word(entry), length = word(entry + 4)
                    guard offset >= 0, length >= 0, offset + length <= data.count else { continue }
                    let crc = Zlib.crc32(Array(data[offset..<(offset + length)]))
                    for byte in 0..<4 { data[entry + 8 + byte] = UInt8(truncatingIfNeeded: crc >> (8 * byte)) }
                }
                let crc = Zlib.crc32(Array(data[0..<(size - 4)]))
                for byte in 0..<4 { data[size - 4 + byte] = UInt8(truncatingIfNeeded: crc >> (8 * byte)) }
            }
            guard let (table, index) = try? GazetteerFile.read(MappedBytes(copying: [UInt8](data)), path: "fuzz.bin") else { return }
            let small = Gazetteer(table: table, index: index, demonyms: [:])
            for query in ["Tartus", "OSLK", "Hmeimim air base", "tartous", "zz"] {
                _ = small.resolve(query, context: .none)
            }
            _ = small.place(id: "city:tartus-sy")
        },
        // The value parsers the CLI and scenarios share.
        "values": { bytes in
            let value = text(bytes)
            _ = ValueParsers.time(value)
            _ = ValueParsers.timeSpan(value)
            _ = ValueParsers.speedKnots(value)
            _ = ValueParsers.mode(value)
            _ = ValueParsers.status(value)
            _ = ValueParsers.boolean(value)
            _ = MapSetting.parseSize(value)
            _ = Coordinate(longitudeLatitude: Substring(value))
            _ = PlaceKind(rawValue: value.lowercased())
            _ = try? BatchPlan.parseShard(value)
            _ = try? RegionParser.region(value, gazetteer: gazetteer)
            _ = TerminalText.escaped(value)
        },
        // Projection definitions through PROJ, and a point through each that is accepted.
        "projection": { bytes in
            guard bytes.count < 512, let projection = try? Projection(text(bytes)) else { return }
            _ = projection.forward(Coordinate(latitude: 35, longitude: 36))
        },
        "routecache": { bytes in
            _ = RouteCache.decode(Array(bytes), key: "fuzz", secret: [UInt8](repeating: 1, count: 32))
        },
        "manifest": { bytes in
            _ = try? JSONDecoder().decode(BatchManifest.self, from: Data(bytes))
        },
        "basemap": { bytes in
            _ = ShapeTable.decode(bytes)
            _ = ShapeTable.decode(bytes, within: [BoundingBox(west: 0, south: 0, east: 20, north: 20)])
        },
        "water": { bytes in
            _ = try? WaterGrid(data: Data(bytes), path: "fuzz.bin")
        },
        // index.bin after its length (four bytes, little-endian), then countries.bin; every
        // country decoded.
        "countries": { bytes in
            guard bytes.count >= 4 else { return }
            let length = min(Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24, bytes.count - 4)
            _ = try? CountryShapes.decode(index: Data(bytes[4..<(4 + length)]), vertices: Data(bytes[(4 + length)...]),
                                          indexPath: "index.bin").all
        },
    ]
}
