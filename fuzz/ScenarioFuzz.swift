import Foundation

/// libFuzzer entry for the scenario decoders: the first byte picks the reader (YAML/JSON,
/// CSV or GeoJSON), the rest is the file's text. Any thrown error is a correct answer;
/// only a crash, trap or hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func scenarioFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let formats: [ScenarioFormat] = [.yaml, .csv, .geojson]
    let format = formats[Int(bytes[0]) % formats.count]
    _ = try? format.read(path: "fuzz.\(format.rawValue)", text: text)
    return 0
}
